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
 * Light-DOM styles for the article's own text: the title, the body, attachments and links. Every
 * selector sits in `:where()` so the host site's rules win; that includes the text size the reader
 * picks, which a site rule fixing the size of every paragraph will override. The elder mode's body
 * size (20 px) is the exception, with real specificity; on a phone a wide table scrolls in its own box.
 *
 * Section headings on these sites are often whole sentences, so they stay only a step above the text.
 */
export const articleContentStyles = css`
  :where(ql-article) :where(.ql-article__title) {
    font-size: var(--ql-article-title-size, 1.6em);
    line-height: 1.4;
    margin: 0.5em 0 0.25em;
    color: var(--ql-article-title-color, #b71c1c);
  }
  :where(ql-article) :where(.ql-article__subtitle) {
    font-size: 1.1em;
    margin: 0.25em 0;
  }
  :where(ql-article[font-size='large']) > :where(:not([slot='title'], [slot='heading'], [slot='share'])) {
    font-size: var(--ql-article-font-large, 1.25em);
  }
  :where(ql-article[font-size='small']) > :where(:not([slot='title'], [slot='heading'], [slot='share'])) {
    font-size: var(--ql-article-font-small, 0.875em);
  }
  :where(ql-article) :where(.ql-article__body) {
    line-height: var(--ql-article-line-height, 1.8);
  }
  :root[data-ql-elder] :where(ql-article .ql-article__body) {
    font-size: max(1em, 20px);
  }
  :where(ql-article) :where(.ql-article__body p) {
    text-indent: 2em;
    margin: 0 0 0.8em;
  }
  :where(ql-article) :where(.ql-article__body :is(h2, h3, h4)) {
    font-size: var(--ql-article-heading-size, 1.15em);
    line-height: 1.6;
    margin: 1em 0 0.6em;
  }
  :where(ql-article) :where(.ql-article__body blockquote) {
    margin: 1em 2em;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--ql-article-rule-color, #ddd);
  }
  :where(ql-article) :where(.ql-article__body blockquote p, .ql-article__body li p, .ql-article__body td p) {
    text-indent: 0;
  }
  :where(ql-article) :where(.ql-article__body figure) {
    margin: 1em auto;
    text-align: center;
  }
  :where(ql-article) :where(.ql-article__body img) {
    max-width: 100%;
    height: auto;
  }
  :where(ql-article) :where(.ql-article__body figcaption) {
    margin-top: 0.4em;
    font-size: var(--ql-small-size, 0.9em);
    color: var(--ql-muted-color, #555);
  }
  :where(ql-article) :where(.ql-article__credit) {
    white-space: nowrap;
  }
  :where(ql-article) :where(.ql-article__body table) {
    border-collapse: collapse;
    margin: 1em auto;
  }
  @media (max-width: 40em) {
    :where(ql-article) :where(.ql-article__body table) {
      display: block;
      max-width: 100%;
      overflow-x: auto;
    }
  }
  :where(ql-article) :where(.ql-article__body th, .ql-article__body td) {
    border: 1px solid var(--ql-article-rule-color, #ccc);
    padding: 0.25em 0.5em;
  }
  :where(ql-article) :where(.ql-article__image-missing) {
    display: block;
    padding: 2em 1em;
    text-indent: 0;
    text-align: center;
    color: var(--ql-muted-color, #555);
    background: var(--ql-muted-background, #f5f5f5);
    border: 1px dashed var(--ql-article-rule-color, #bbb);
  }
  :where(ql-article) :where(.ql-article__image-note) {
    font-size: var(--ql-small-size, 0.875em);
  }
  :where(ql-article) :where(.ql-article__aside-title) {
    font-size: 1.05em;
    margin: 1.5em 0 0.5em;
  }
  :where(ql-article) :where(.ql-article__attachments ul, .ql-article__related ul) {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  :where(ql-article) :where(.ql-article__attachments a, .ql-article__related a, .ql-article__pager a) {
    display: inline-flex;
    align-items: center;
    min-height: var(--ql-target-size, 0);
    min-width: var(--ql-target-size, 0);
    padding-block: 0.35em;
  }
  :where(ql-article) :where(.ql-article__file-details, .ql-article__related-date) {
    color: var(--ql-muted-color, #555);
    font-size: var(--ql-small-size, 0.9em);
  }
  :where(ql-article) :where(.ql-article__pager) {
    margin-top: 1.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--ql-article-rule-color, #ddd);
  }
  :where(ql-article) :where(.ql-article__pager p) {
    margin: 0.25em 0;
  }
  @media print {
    :where(ql-article) :where(.ql-article__pager, .ql-article__related) {
      display: none;
    }
    :where(ql-article) :where(.ql-article__body img) {
      break-inside: avoid;
    }
  }
`;
