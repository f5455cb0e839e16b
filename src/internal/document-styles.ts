import { css, type CSSResult } from 'lit';
import { hiddenButReadable } from './host-styles.js';

/** What every element's light-DOM content needs, whatever the element. */
const baseContentStyles = css`
  :where(.ql-content) :where(.ql-visually-hidden) {
    ${hiddenButReadable}
  }
`;

const adopted = new WeakSet<CSSResult>();

/**
 * Adds the styles of an element's light-DOM content (the site's text, which must stay in the page for
 * crawlers, reader modes and printing) to the document, once. Every selector is wrapped in `:where()`
 * by its author so any rule of the host site wins.
 */
export function adoptDocumentStyles(styles: CSSResult): void {
  for (const sheet of [baseContentStyles, styles]) {
    if (adopted.has(sheet) || !sheet.styleSheet) continue;
    adopted.add(sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet.styleSheet];
  }
}
