import { css } from 'lit';
import { standaloneLink } from '../../internal/host-styles.js';

/** Shadow styles: the footer band itself. */
export const footerStyles = css`
  :host {
    color: var(--ql-footer-color, #333);
    background: var(--ql-footer-background, #f2f2f2);
    border-top: 0.2em solid var(--ql-accent-color, #b71c1c);
    padding: 1em;
    text-align: center;
    line-height: 1.8;
  }
`;

/**
 * Light-DOM styles for the footer's lines (the site's text stays in the page). Every rule weighs one class
 * and one element name, like the guard against a site's global resets (document-styles.ts).
 */
export const footerContentStyles = css`
  :where(ql-site-footer) {
    line-height: 1.8;
  }
  ql-site-footer:defined :where(.ql-footer__line) {
    margin: 0.25em 0;
  }
  ql-site-footer:defined :where(.ql-footer__line > * + *) {
    margin-inline-start: 1em;
  }
  ql-site-footer:defined :where(.ql-footer__links) {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0 1em;
    margin: 0.25em 0;
    padding: 0;
  }
  ql-site-footer:defined :where(a) {
    color: inherit;
    ${standaloneLink}
  }
  ql-site-footer:defined :where(.ql-police-badge) {
    width: 1.1em;
    height: 1.1em;
    vertical-align: -0.2em;
    margin-inline-end: 0.2em;
  }
  ql-site-footer:defined :where(.ql-conac) {
    padding: 0.35em 0.6em;
    border: 1px solid currentColor;
    border-radius: 0.2em;
    text-decoration: none;
    color: var(--ql-conac-color, #b71c1c);
  }
  ql-site-footer:defined :where(.ql-conac--institution) {
    color: #1b4f9c;
  }
`;
