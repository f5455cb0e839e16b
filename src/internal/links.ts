import { html, type TemplateResult } from 'lit';
import { pageBase, pageOrigin } from './page.js';

/** Whether a URL leaves this site; such links open in a new tab. */
export function isExternal(href: string): boolean {
  return new URL(href, pageBase()).origin !== pageOrigin();
}

/**
 * A link to another site: new tab, no referrer, and a hidden note so screen-reader users know a
 * window will open. `note` is the localized "(opens in a new window)".
 */
export function externalLink(href: string, content: unknown, note: string, className = ''): TemplateResult {
  return html`<a class=${className} href=${href} target="_blank" rel="noreferrer"
    >${content}<span class="ql-visually-hidden">${note}</span></a
  >`;
}

/** A link that opens in a new tab only when it leaves the site. */
export function siteLink(href: string, content: unknown, note: string): TemplateResult {
  return isExternal(href) ? externalLink(href, content, note) : html`<a href=${href}>${content}</a>`;
}
