/// <reference types="node" />
/**
 * `qiaolian-widgets/ssr` (Node only): server rendering of pages that hold qiaolian-widgets elements.
 *
 *   import { renderPage } from 'qiaolian-widgets/ssr';
 *   const { html, errors } = await renderPage(template, { baseDir: 'site/news', baseUrl: 'https://example.org/news/a.html' });
 */
export { renderPage, scriptSafeJson } from './render-page.js';
export type { RenderPageOptions, RenderProblem, RenderedPage } from './render-page.js';
