import { css } from 'lit';

/** Shadow styles: the chrome around the article (meta line, toolbar, editor line, print URL). */
export const articleStyles = css`
  :host {
    color: var(--ql-article-color, inherit);
    line-height: 1.8;
  }
  .header {
    text-align: var(--ql-article-header-align, center);
    border-bottom: 1px solid var(--ql-article-rule-color, #ddd);
    padding-bottom: 0.5em;
    margin-bottom: 1em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: var(--ql-article-header-align, center);
    gap: 0 1.5em;
    margin: 0.5em 0;
    font-size: var(--ql-small-size, 0.875em);
    color: var(--ql-muted-color, #555);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: var(--ql-article-header-align, center);
    gap: 0.5em 1em;
    font-size: var(--ql-small-size, 0.875em);
  }
  .font-size {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .tools button {
    white-space: nowrap;
    padding: 0.25em 0.75em;
    color: var(--ql-accent-color, #b71c1c);
    background: var(--ql-article-button-background, #fff);
    border-color: currentColor;
  }
  .tools button[aria-pressed='true'] {
    color: var(--ql-button-color, #fff);
    background: var(--ql-accent-color, #b71c1c);
    border-color: var(--ql-accent-color, #b71c1c);
  }
  .editor {
    text-align: end;
    color: var(--ql-muted-color, #555);
    margin: 1em 0;
  }
  .print-url {
    display: none;
  }
  @media print {
    .tools {
      display: none;
    }
    .header {
      border-bottom-color: #000;
    }
    .print-url {
      display: block;
      margin-top: 1.5em;
      font-size: 0.875em;
      word-break: break-all;
    }
  }
`;

/**
 * Light-DOM styles for the article's own text: the title, the body, attachments and links. The
 * article reads at 16 px (or the browser's larger default) wherever it stands, even in a 12 px
 * template; a site sizes it with a rule on `ql-article` itself. Every content rule weighs one class
 * and one element name (`ql-article:defined`), as the guard against global resets in
 * document-styles.ts does, and comes after it. 字号 and the elder mode's 20 px floor size the
 * article's direct children (the body, whether the element rendered it or the CMS printed it).
 *
 * Section headings on these sites are often whole sentences, so they stay only a step above the text.
 */
export const articleContentStyles = css`
  :where(ql-article) {
    font-size: max(1rem, 16px);
    line-height: 1.8;
  }
  ql-article:defined > :not([slot='title'], [slot='heading'], [slot='share']) {
    font-size: max(var(--ql-reading-size, 1em), var(--ql-reading-floor, 0px));
  }
  ql-article[font-size='large'] {
    --ql-reading-size: var(--ql-article-font-large, 1.25em);
  }
  ql-article[font-size='small'] {
    --ql-reading-size: var(--ql-article-font-small, 0.875em);
  }
  :root[data-ql-elder] {
    --ql-reading-floor: 20px;
  }
  ql-article:defined :where(.ql-article__title) {
    font-size: var(--ql-article-title-size, 1.6em);
    line-height: 1.4;
    margin: 0.5em 0 0.25em;
    color: var(--ql-article-title-color, #b71c1c);
    /* No line holds a lone character; where balance is unknown, pretty avoids the worst of it. */
    text-wrap: pretty;
    text-wrap: balance;
  }
  /* A CMS's own title keeps its site's look, and is balanced like ours. */
  ql-article:defined > :where([slot='title']) {
    text-wrap: pretty;
    text-wrap: balance;
  }
  ql-article:defined :where(.ql-article__subtitle) {
    font-size: 1.1em;
    margin: 0.25em 0;
  }
  ql-article:defined :where(.ql-article__body) {
    line-height: var(--ql-article-line-height, 1.8);
  }
  ql-article:defined :where(.ql-article__long > *) {
    content-visibility: auto;
    contain-intrinsic-size: auto 5em;
  }
  ql-article:defined :where(.ql-article__body p) {
    text-indent: 2em;
    margin: 0 0 0.8em;
  }
  ql-article:defined :where(.ql-article__body :is(h2, h3, h4)) {
    font-size: var(--ql-article-heading-size, 1.15em);
    line-height: 1.6;
    margin: 1em 0 0.6em;
  }
  ql-article:defined :where(.ql-article__body blockquote) {
    margin: 1em 2em;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--ql-article-rule-color, #ddd);
  }
  ql-article:defined :where(.ql-article__body :is(blockquote, li, td) p) {
    text-indent: 0;
  }
  ql-article:defined :where(.ql-article__body figure) {
    margin: 1em auto;
    text-align: center;
  }
  ql-article:defined :where(.ql-article__body img) {
    max-width: 100%;
    height: auto;
  }
  ql-article:defined :where(.ql-article__body figcaption) {
    margin-top: 0.4em;
    font-size: var(--ql-small-size, 0.9em);
    color: var(--ql-muted-color, #555);
  }
  ql-article:defined :where(.ql-article__credit) {
    white-space: nowrap;
  }
  ql-article:defined :where(.ql-article__body table) {
    border-collapse: collapse;
    margin: 1em auto;
  }
  @media (max-width: 40em) {
    ql-article:defined :where(.ql-article__body table) {
      display: block;
      max-width: 100%;
      overflow-x: auto;
    }
  }
  ql-article:defined :where(.ql-article__body :is(th, td)) {
    border: 1px solid var(--ql-article-rule-color, #ccc);
    padding: 0.25em 0.5em;
  }
  ql-article:defined :where(.ql-article__image-missing) {
    display: block;
    padding: 2em 1em;
    text-indent: 0;
    text-align: center;
    color: var(--ql-muted-color, #555);
    background: var(--ql-muted-background, #f5f5f5);
    border: 1px dashed var(--ql-article-rule-color, #bbb);
  }
  ql-article:defined :where(.ql-article__image-note) {
    font-size: var(--ql-small-size, 0.875em);
  }
  ql-article:defined :where(.ql-article__aside-title) {
    font-size: 1.05em;
    margin: 1.5em 0 0.5em;
  }
  ql-article:defined :where(.ql-article__attachments ul, .ql-article__related ul) {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  ql-article:defined :where(.ql-article__attachments a, .ql-article__related a, .ql-article__pager a) {
    display: inline-flex;
    align-items: center;
    min-height: var(--ql-target-size, 0);
    min-width: var(--ql-target-size, 0);
    padding-block: 0.35em;
  }
  ql-article:defined :where(.ql-article__file-details, .ql-article__related-date) {
    color: var(--ql-muted-color, #555);
    font-size: var(--ql-small-size, 0.9em);
  }
  ql-article:defined :where(.ql-article__pager) {
    margin-top: 1.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--ql-article-rule-color, #ddd);
  }
  ql-article:defined :where(.ql-article__pager p) {
    margin: 0.25em 0;
  }
  @media print {
    ql-article:defined :where(.ql-article__pager, .ql-article__related) {
      display: none;
    }
    ql-article:defined :where(.ql-article__body img) {
      break-inside: avoid;
    }
    ql-article:defined :where(.ql-article__long > *) {
      content-visibility: visible;
    }
  }
`;
