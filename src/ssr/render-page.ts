/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LitElementRenderer } from '@lit-labs/ssr';
import { RenderResultIterator, render } from '@lit-labs/ssr/lib/render.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { LitElement } from 'lit';
import type { DataElement, QlErrorDetail, QlLoadDetail } from '../internal/data-element.js';
import { SERVER_RENDERED } from '../internal/hydration.js';
import { loadLocale, localeOf } from '../internal/localize.js';
import { loadProblemWords } from '../internal/failures.js';
import { serverPage } from '../internal/page.js';
import { formatProblem } from '../contract/problem-text.js';
import { serverSanitize } from './sanitize.js';
import type { ServerRendering } from './server-elements.js';
import { headEdits } from './head.js';
import { TAGS, defineElements } from './elements.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderPageOptions {
  /** The folder the page's relative addresses (`src`, images) point into on disk: the template's folder. */
  baseDir: string;
  /**
   * The page's public address, e.g. `https://qiaolian.example.org/news/`: canonical and Open Graph
   * links are absolute with it. Without it they are left out, and every address stays relative.
   */
  baseUrl?: string;
  /**
   * For a list that spans several pages: the page to render (from 1) and the pattern of the pages'
   * file names, `{n}` standing for the number (`news-{n}.html`, page 1 being `news.html`).
   */
  listPage?: { page: number; href: string };
}

/** One problem met while rendering: in which element, which document, which path. */
export interface RenderProblem {
  element: string;
  url?: string;
  /** The file on disk `url` was read from, when it is one of the page's own. */
  file?: string;
  path: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface RenderedPage {
  html: string;
  /** Warnings: the parts each document left out or guessed, as `validate` lists them. */
  warnings: RenderProblem[];
  /** Documents that could not be shown (the element renders its error state): a build should fail. */
  errors: RenderProblem[];
  /** The number of pages of the page's first multi-page list (1 when it has none). */
  listPages: number;
  /** Local files the page refers to (images, stylesheets, scripts), as absolute paths. */
  assets: string[];
}

/**
 * Where a page without a public address is served from while it renders: a stand-in with the disk's
 * folders, so relative addresses that climb out of the page's folder still find their files.
 */
const standIn = (baseDir: string) => new URL(pathToFileURL(`${baseDir}/`).pathname, 'https://localhost/');

/**
 * Reads the files a page's elements ask for from disk: a `fetch` for the page's own site (its folder
 * and the folders around it), the real one for any other site.
 */
/** The file on disk an address of the page's own site stands for. */
const fileOf = (url: URL, pageUrl: URL, baseDir: string) =>
  resolve(baseDir, posix.relative(new URL('.', pageUrl).pathname, decodeURIComponent(url.pathname)));

function diskFetch(pageUrl: URL, baseDir: string): typeof fetch {
  const real = globalThis.fetch;
  const folder = new URL('.', pageUrl);
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== folder.origin) return real(input, init);
    const file = fileOf(url, pageUrl, baseDir);
    try {
      const bytes = await readFile(file);
      return new Response(bytes, { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('', { status: 404 });
    }
  };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** JSON that is safe inside `<script type="application/json">`: no `</script`, no `<!--`. */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Files a page's data refers to that a static site needs beside it (pictures, attachments). */
const ASSET = /\.(png|jpe?g|gif|svg|webp|avif|ico|pdf|docx?|xlsx?|pptx?|zip|rar|txt)$/i;

/**
 * Addresses under the page's own site made relative to the page again, for the embedded data; the
 * asset files among them are added to `assets`.
 */
function relativeUrls(value: unknown, page: URL, assets: Set<string> = new Set()): unknown {
  if (typeof value === 'string') {
    if (!value.startsWith(page.origin + '/')) return value;
    const url = new URL(value);
    if (ASSET.test(url.pathname)) assets.add(url.href);
    return relativeTo(page, value);
  }
  if (Array.isArray(value)) return value.map((v) => relativeUrls(v, page, assets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, relativeUrls(v, page, assets)]));
  }
  return value;
}

/** An address under the page's own site as a path relative to the page. */
function relativeTo(page: URL, href: string): string {
  const url = new URL(href);
  const path = posix.relative(posix.dirname(page.pathname + 'x'), url.pathname) || posix.basename(url.pathname) || './';
  return `${path}${url.search}${url.hash}`;
}

/**
 * The rendered markup's `href` and `src` under the page's own site made relative: the documents were
 * checked with absolute addresses, and a static site must work wherever it is copied.
 */
const relativeAttributes = (markup: string, page: URL): string =>
  markup.replace(/(\s(?:href|src)=")([^"]*)"/g, (all, start: string, value: string) => {
    const raw = value.replace(/&amp;/g, '&');
    if (!raw.startsWith(page.origin + '/')) return all;
    return `${start}${relativeTo(page, raw).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  });

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

let queue = Promise.resolve();

/**
 * Renders every qiaolian-widgets element in a page template on the server, as the browser would draw
 * it: each element's shadow DOM as a declarative shadow root, its light-DOM content (title, body,
 * rows, footer lines) in place, its data checked and embedded so the browser does not fetch it again,
 * and the page's `<head>` given what an article page needs. The page reads without JavaScript; the
 * drop-in (or `qiaolian-widgets/hydrate.js`) takes it over where JavaScript runs.
 */
export function renderPage(html: string, options: RenderPageOptions): Promise<RenderedPage> {
  // One page at a time: the elements read the page they are on from one place.
  const run = queue.then(() => renderOne(html, options));
  queue = run.then(() => undefined, () => undefined);
  return run;
}

/** What rendering one page gathers as it goes, element by element. */
interface PageRender {
  options: RenderPageOptions;
  baseDir: string;
  pageUrl: URL;
  warnings: RenderProblem[];
  errors: RenderProblem[];
  /** Addresses of pictures and attachments the embedded documents name. */
  dataAssets: Set<string>;
  /** The number of pages of the first list that has several, once it is met. */
  listPages?: number;
}

async function renderOne(html: string, options: RenderPageOptions): Promise<RenderedPage> {
  await defineElements();
  const baseDir = resolve(options.baseDir);
  const pageUrl = options.baseUrl ? new URL(options.baseUrl) : standIn(baseDir);
  const tree = parse(html, { sourceCodeLocationInfo: true });
  const lang = [...elements(tree)].find((el) => el.tagName === 'html')?.attrs.find((a) => a.name === 'lang')?.value ?? '';
  Object.assign(serverPage, { url: pageUrl.href, lang });
  await Promise.all([loadLocale(localeOf(lang || 'zh-Hans')), loadProblemWords()]);

  const page: PageRender = { options, baseDir, pageUrl, warnings: [], errors: [], dataAssets: new Set() };
  const edits: Edit[] = [];
  const rendered: LitElement[] = [];
  const fetchBefore = globalThis.fetch;
  globalThis.fetch = diskFetch(pageUrl, baseDir);
  try {
    for (const node of elements(tree)) {
      if (!TAGS.includes(node.tagName) || node.attrs.some((a) => a.name === SERVER_RENDERED)) continue;
      const { element, edits: own } = await renderElement(node, page);
      rendered.push(element);
      edits.push(...own);
    }
  } finally {
    globalThis.fetch = fetchBefore;
  }
  const head = [...elements(tree)].find((el) => el.tagName === 'head');
  edits.push(...(await headEdits(head, rendered, options.baseUrl ? pageUrl : undefined)));
  nameFiles(page);

  let out = html;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  const assets = [...page.dataAssets].map((url) => fileOf(new URL(url), pageUrl, baseDir)).concat(assetsOf(tree, baseDir));
  return { html: out, warnings: page.warnings, errors: page.errors, listPages: page.listPages ?? 1, assets };
}

/** The inline `<script type="application/json">` child of an element, and its text. */
function inlineJsonOf(node: Element): { script?: Element; text?: string } {
  const script = node.childNodes.find(
    (child): child is Element => 'tagName' in child && child.tagName === 'script' && child.attrs.some((a) => a.name === 'type' && a.value === 'application/json'),
  );
  return { script, text: script?.childNodes.map((c) => ('value' in c ? c.value : '')).join('') };
}

type ServerDataElement = DataElement<'site'> & ServerRendering & { serverHtml?: unknown; cmsTitle?: boolean };

/**
 * Reads a data element's document as the browser would (its `src` from disk, its inline JSON), and
 * reports what it left out (warnings) and what it could not show (errors).
 */
async function prepareData(node: Element, element: ServerDataElement, inlineText: string | undefined, page: PageRender) {
  element.serverInlineJson = inlineText;
  if (node.tagName === 'ql-article') {
    element.cmsTitle = node.childNodes.some((c) => 'tagName' in c && c.attrs.some((a) => a.name === 'slot' && a.value === 'title'));
  }
  element.addEventListener('ql-load', (event) => {
    const { url, problems } = (event as CustomEvent<QlLoadDetail>).detail;
    for (const p of problems) {
      page.warnings.push({ element: node.tagName, url: p.url ?? url, path: p.path, code: p.code, severity: 'warning', message: formatProblem(p) });
    }
  });
  const failures: RenderProblem[] = [];
  element.addEventListener('ql-error', (event) => {
    const { url, path, message } = (event as CustomEvent<QlErrorDetail>).detail;
    failures.push({ element: node.tagName, url, path: path ?? '', code: 'error', severity: 'error', message });
  });
  await element.prerender();
  // A feed of a merged list that failed while others loaded leaves the list usable: a warning.
  if (element.status === 'error') page.errors.push(...failures);
  else page.warnings.push(...failures.map((f) => ({ ...f, severity: 'warning' as const })));
  const article = element.value as { bodyHtml?: string; body?: unknown } | undefined;
  if (node.tagName === 'ql-article' && article?.bodyHtml && !article.body) element.serverHtml = await serverSanitize(article.bodyHtml, page.pageUrl.href);
}

/** The light-DOM containers of a data element, rendered, and its document embedded after them. */
async function lightOf(node: Element, element: ServerDataElement, page: PageRender): Promise<{ light: string; embedded: boolean }> {
  let light = '';
  for (const part of element.lightParts()) {
    const markup = relativeAttributes(await collectResult(render(part.content)), page.pageUrl);
    light += `<div slot="${part.slot}" class="${part.className}">${markup}</div>`;
  }
  const embedded = element.embeddedDocument();
  if (embedded !== undefined) light += `<script type="application/json">${scriptSafeJson(relativeUrls(embedded, page.pageUrl, page.dataAssets))}</script>`;
  if (node.tagName === 'ql-news-list' && page.listPages === undefined) {
    const { pages } = element as unknown as { pages: number };
    if (pages > 1) page.listPages = pages;
  }
  return { light, embedded: embedded !== undefined };
}

/** The script toggle's phrases, from the Site document of its `src`: only the part it reads, embedded. */
async function togglePhrases(src: string, page: PageRender): Promise<string | undefined> {
  try {
    const response = await fetch(new URL(src, page.pageUrl));
    const site = (await response.json()) as { script?: unknown };
    return `<script type="application/json">${scriptSafeJson(site.script === undefined ? {} : { script: site.script })}</script>`;
  } catch {
    page.warnings.push({ element: 'ql-script-toggle', url: src, path: '', code: 'load', severity: 'warning', message: 'the site document could not be read; the toggle converts with the dictionary alone' });
    return undefined;
  }
}

/** Renders one element: its start tag again with its shadow root after it, and its light DOM before its end tag. */
async function renderElement(node: Element, page: PageRender): Promise<{ element: LitElement; edits: Edit[] }> {
  const location = node.sourceCodeLocation!;
  const renderer = new LitElementRenderer(node.tagName);
  const element = renderer.element;
  const attributes = new Map(node.attrs.map((a) => [a.name, a.value]));
  const { listPage } = page.options;
  if (node.tagName === 'ql-news-list' && listPage && page.listPages === undefined) {
    attributes.set('start-page', String(listPage.page));
    attributes.set('page-href', listPage.href);
  }
  for (const [name, value] of attributes) renderer.setAttribute(name, value);
  const inline = inlineJsonOf(node);
  const data = 'prerender' in element ? (element as unknown as ServerDataElement) : undefined;
  if (data) await prepareData(node, data, inline.text, page);

  renderer.connectedCallback();
  const info = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  const shadow = relativeAttributes(await collectResult(new RenderResultIterator(renderer.renderShadow(info) ?? [])), page.pageUrl);
  let { light, embedded } = data ? await lightOf(node, data, page) : { light: '', embedded: false };
  const src = attributes.get('src');
  if (node.tagName === 'ql-script-toggle' && src) {
    const phrases = await togglePhrases(src, page);
    if (phrases) [light, embedded] = [light + phrases, true];
  }

  // The start tag again, with the attributes the element has now (reflected ones, the mark), and
  // without `src` where the data is embedded.
  const finalAttributes = new Map(attributes);
  for (const { name, value } of element.attributes) finalAttributes.set(name, value);
  if (embedded) finalAttributes.delete('src');
  finalAttributes.set(SERVER_RENDERED, '');
  const attributeText = [...finalAttributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const mode = renderer.shadowRootOptions.mode ?? 'open';
  const start = location.startTag!;
  const end = location.endTag?.startOffset ?? location.endOffset;
  const edits: Edit[] = [
    {
      start: start.startOffset,
      end: start.endOffset,
      text: `<${node.tagName}${attributeText}><template shadowroot="${mode}" shadowrootmode="${mode}">${shadow}</template>`,
    },
    { start: end, end, text: light },
  ];
  const script = inline.script?.sourceCodeLocation;
  if (script && embedded) edits.push({ start: script.startOffset, end: script.endOffset, text: '' });
  return { element, edits };
}

/** Problems about the page's own documents name their files on disk, not their stand-in addresses. */
function nameFiles(page: PageRender) {
  for (const problem of [...page.warnings, ...page.errors]) {
    if (!problem.url) continue;
    try {
      const url = new URL(problem.url, page.pageUrl);
      if (url.origin !== page.pageUrl.origin) continue;
      problem.file = fileOf(url, page.pageUrl, page.baseDir);
      problem.message = problem.message.split(url.href).join(problem.file);
    } catch {
      // not an address: left as written
    }
  }
}

/** Local files a page's markup refers to: `src` and `href` that are neither absolute nor fragments. */
function assetsOf(tree: Node, baseDir: string): string[] {
  const files: string[] = [];
  for (const el of elements(tree)) {
    for (const { name, value } of el.attrs) {
      if ((name !== 'src' && name !== 'href') || !value || /^([a-z][a-z\d+.-]*:|\/\/|#)/i.test(value)) continue;
      if (el.tagName === 'a' || TAGS.includes(el.tagName)) continue; // links to pages, and data (embedded)
      const path = decodeURIComponent(value.split(/[?#]/)[0]);
      if (path.startsWith('/')) continue; // site-absolute: the site's own server has it
      files.push(resolve(baseDir, path));
    }
  }
  return files;
}
