/// <reference types="node" />
import { JSDOM } from 'jsdom';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { resolveSafeUrl } from '../contract/schema.js';

let dom: JSDOM | undefined;

/**
 * `bodyHtml` through the browser's own sanitizing path (the same DOMPurify allowlist and URL rule),
 * run in a DOM made for it, then serialized into the container the browser puts it in. Returns a value
 * for the article to render.
 */
export async function serverSanitize(bodyHtml: string, base: string): Promise<unknown> {
  dom ??= new JSDOM('<!doctype html><html><body></body></html>');
  const { window } = dom;
  const globals = globalThis as unknown as Record<string, unknown>;
  const before = { window: globals.window, document: globals.document };
  Object.assign(globals, { window, document: window.document });
  try {
    const { sanitizeHtml } = await import('../internal/sanitize.js');
    const container = window.document.createElement('div');
    container.className = bodyHtml.length > 1e5 ? 'ql-article__html ql-article__long' : 'ql-article__html';
    container.append(sanitizeHtml(bodyHtml, base, resolveSafeUrl));
    // A picture whose address the URL rule dropped cannot load: its text stands in, as in the browser.
    for (const img of container.querySelectorAll('img:not([src])')) {
      const alt = img.getAttribute('alt');
      if (!alt) {
        img.remove();
        continue;
      }
      const stand = window.document.createElement('span');
      stand.className = 'ql-article__image-missing';
      const text = window.document.createElement('span');
      text.className = 'ql-article__image-alt';
      text.textContent = alt;
      stand.append(text);
      img.replaceWith(stand);
    }
    return unsafeHTML(container.outerHTML);
  } finally {
    Object.assign(globals, before);
  }
}
