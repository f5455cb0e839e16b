import { css, type CSSResult } from 'lit';
import { hiddenButReadable } from './host-styles.js';

/**
 * What every element's light-DOM content needs, whatever the element; and the tokens of the elder
 * mode (`<html data-ql-elder>`, set by ql-elder-toggle) and of a reader asking for more contrast,
 * which every element reads. Those rules have real specificity on purpose: the reader's choice beats
 * a theme set on :root. Text and accents reach 7:1 on white.
 */
/** Colours that reach 7:1 on white: the elder mode's, and a reader's who asks for more contrast. */
const moreContrast = css`
  --ql-accent-color: #8a1010;
  --ql-article-title-color: #8a1010;
  --ql-muted-color: #333;
  --ql-header-color: #111;
  --ql-footer-color: #111;
  --ql-conac-color: #8a1010;
  --ql-pager-border: #767676;
`;

/**
 * The first rules guard an element's light-DOM content against a site's global resets
 * (`* { font-size: 12px; margin: 0; padding: 0 }`, `ul, li { list-style: none }`, `img { display: block }`):
 * every box of it, from the element's direct children down, takes these properties back from the
 * browser's own stylesheet, as on a clean page. The text size then comes from the element, so 字号
 * and the elder mode reach every paragraph. Their weight is one class and one element name: a rule of
 * element names and `*` alone never beats it; a site rule with an id or two classes does, as does a
 * `style` attribute. Each element's content rules weigh as much and come later, so they win in turn.
 * Colour is left alone: the site's link colour may show in the text.
 */
export const baseContentStyles = css`
  :is(ql-article, ql-news-list, ql-site-footer) > :not([slot='share']),
  :is(ql-article, ql-news-list, ql-site-footer) > :not([slot='share']) * {
    font: revert;
    margin: revert;
    padding: revert;
    list-style: revert;
    text-decoration: revert;
    text-indent: revert;
  }
  :is(ql-article, ql-news-list, ql-site-footer):defined :where(img) {
    display: revert;
    vertical-align: revert;
  }
  /* Bidi controls in a value (an unclosed U+202E in an address) stay inside it, not reordering the line. */
  :where(.ql-footer__line, .ql-news__text) > * {
    unicode-bidi: isolate;
  }
  :where(.ql-content) :where(.ql-visually-hidden) {
    ${hiddenButReadable}
  }
  :root[data-ql-elder] {
    ${moreContrast}
    --ql-small-size: 1em;
    --ql-target-size: max(60px, 3.75rem);
    --ql-news-row-height: max(2.75em, 60px);
    --ql-motion: none;
    --ql-decoration: none;
  }
  @media (prefers-contrast: more) {
    :root {
      ${moreContrast}
    }
  }
  :root[data-ql-elder] :is(ql-site-header, ql-site-footer, ql-article, ql-news-list, ql-share-bar, ql-script-toggle, ql-elder-toggle) {
    font-size: max(1em, 18px);
  }
`;

const adopted = new WeakSet<CSSResult>();

/**
 * Adds the styles of an element's light-DOM content (the site's text, which must stay in the page for
 * crawlers, reader modes and printing) to the document, once, with the elder-mode tokens every element
 * reads. Every content selector is wrapped in `:where()` by its author so any rule of the host site wins.
 */
export function adoptDocumentStyles(styles?: CSSResult): void {
  for (const sheet of [baseContentStyles, styles]) {
    if (!sheet || adopted.has(sheet) || !sheet.styleSheet) continue;
    adopted.add(sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet.styleSheet];
  }
}
