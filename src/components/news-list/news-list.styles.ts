import { css } from 'lit';

/** Shadow styles: the skeleton, the notice and the pager. */
export const newsListStyles = css`
  :host {
    line-height: 1.6;
  }
  .skeleton__row {
    box-sizing: content-box;
    display: flex;
    align-items: center;
    height: var(--ql-news-row-height, 2.75em);
    border-bottom: 1px dashed transparent;
  }
  .skeleton__row span {
    display: block;
    width: 70%;
    height: 0.9em;
    border-radius: 0.2em;
    background: var(--ql-muted-background, #eee);
  }
  .skeleton__row:nth-child(3n + 2) span {
    width: 55%;
  }
  .skeleton__row:nth-child(3n) span {
    width: 82%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton__row span {
      animation: var(--ql-motion, pulse) 1.5s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
  :host([variant='photo']) .skeleton__rows {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--ql-news-photo-width, 12em), 1fr));
    gap: 1em;
  }
  :host([variant='photo']) .skeleton__row {
    height: auto;
    aspect-ratio: 4 / 3;
  }
  :host([variant='photo']) .skeleton__row span {
    width: 100%;
    height: 100%;
  }
  .ql-state--notice {
    color: var(--ql-notice-color, #5c4400);
    background: var(--ql-notice-background, #fff8e1);
    border: 1px solid var(--ql-notice-border, #e8cf80);
  }
  :is(button, a)[aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  .pager {
    /* The pager, not the host, is the container: a host sized by its content would collapse to nothing. */
    container-type: inline-size;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5em 1em;
    margin-block-start: 1em;
  }
  .pager ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The pager's steps are links (crawlers and "open in new tab" reach every page), drawn as buttons. */
  .pager a {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: var(--ql-target-size, 2.75rem);
    min-width: var(--ql-target-size, 2.75rem);
    padding: 0.25em 0.6em;
    color: var(--ql-pager-color, #333);
    text-decoration: none;
    background: var(--ql-pager-background, #fff);
    border: 1px solid var(--ql-pager-border, #ccc);
    border-radius: var(--ql-radius, 0.25em);
  }
  .pager a[aria-current='page'] {
    color: var(--ql-button-color, #fff);
    background: var(--ql-accent-color, #b71c1c);
    border-color: var(--ql-accent-color, #b71c1c);
  }
  .pager__summary {
    margin: 0;
    color: var(--ql-muted-color, #555);
  }
  .pager a,
  .pager select {
    white-space: nowrap;
  }
  .pager select {
    font: inherit;
    min-height: var(--ql-target-size, 2.75rem);
    padding-inline: 0.4em;
    color: var(--ql-pager-color, #333);
    background: var(--ql-pager-background, #fff);
    border: 1px solid var(--ql-pager-border, #ccc);
    border-radius: var(--ql-radius, 0.25em);
  }
  .jump {
    display: none;
  }
  @container (max-width: 30em) {
    .pager ul {
      flex-wrap: nowrap;
      align-items: center;
    }
    .pager :is(.end, .n),
    .pager__summary {
      display: none;
    }
    .jump {
      display: flex;
      align-items: center;
      gap: 0.35em;
    }
    .jump::before,
    .jump::after {
      content: '·' / '';
    }
  }
`;

/**
 * Light-DOM styles for the rows (the site's text stays in the page). Every rule weighs one class
 * and one element name, like the guard against a site's global resets (document-styles.ts). On a phone and in the elder mode a title wraps instead
 * of being cut, and the row stays the link's target.
 *
 * A row link's line box is the whole row, so the row's full height is the link's target.
 */
export const newsContentStyles = css`
  :where(ql-news-list) {
    line-height: 1.6;
  }
  ql-news-list:defined :where(.ql-news) {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ql-news-list:defined :where(.ql-news__item) {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: var(--ql-news-row-height, 2.75em);
    border-bottom: 1px dashed var(--ql-news-rule-color, #ddd);
  }
  ql-news-list:defined :where(.ql-news__link) {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    line-height: var(--ql-news-row-height, 2.75em);
    color: var(--ql-link-color, inherit);
    text-decoration: none;
    /* A wrapped title leaves no character alone on its last line; pretty where balance is unknown.
       The longhand: the text-wrap shorthand would also undo the one-line nowrap above. */
    text-wrap-style: pretty;
    text-wrap-style: balance;
  }
  @media (max-width: 40em) {
    ql-news-list:defined :where(.ql-news--list .ql-news__link) {
      display: flex;
      align-items: center;
      min-height: var(--ql-news-row-height, 2.75em);
      white-space: normal;
      line-height: 1.5;
    }
  }
  :root[data-ql-elder] :where(ql-news-list .ql-news--list .ql-news__link) {
    display: flex;
    align-items: center;
    min-height: var(--ql-news-row-height);
    white-space: normal;
    line-height: 1.5;
  }
  ql-news-list:defined :where(.ql-news__link:hover .ql-news__title) {
    text-decoration: underline;
  }
  ql-news-list:defined :where(.ql-news__link:focus-visible) {
    outline: 0.15em solid var(--ql-focus-color, #1a5fb4);
    outline-offset: -0.15em;
  }
  ql-news-list:defined :where(.ql-news__source) {
    color: var(--ql-news-source-color, #8a1010);
  }
  ql-news-list:defined :where(.ql-news__pinned) {
    color: var(--ql-accent-color, #b71c1c);
    font-weight: bold;
  }
  ql-news-list:defined :where(.ql-news__new) {
    flex: none;
    padding: 0 0.35em;
    font-size: var(--ql-small-size, 0.75em);
    line-height: 1.5;
    color: var(--ql-button-color, #fff);
    background: var(--ql-accent-color, #b71c1c);
    border-radius: 0.2em;
  }
  ql-news-list:defined :where(.ql-news__date) {
    flex: none;
    color: var(--ql-muted-color, #555);
    font-variant-numeric: tabular-nums;
  }
  ql-news-list:defined :where(.ql-news--photo) {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--ql-news-photo-width, 12em), 1fr));
    gap: 1em;
  }
  ql-news-list:defined :where(.ql-news--photo .ql-news__item) {
    flex-wrap: wrap;
    align-content: flex-start;
    gap: 0.25em 0.75em;
    border-bottom: 0;
  }
  ql-news-list:defined :where(.ql-news--photo .ql-news__link) {
    flex-basis: 100%;
    white-space: normal;
    line-height: 1.5;
  }
  ql-news-list:defined :where(.ql-news--photo .ql-news__thumb) {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    margin-block-end: 0.4em;
    background: var(--ql-muted-background, #eee);
  }
  ql-news-list:defined :where(.ql-news--photo .ql-news__text) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
`;
