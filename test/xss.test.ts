// The XSS corpus (test/fixtures/xss/vectors.json) through bodyHtml, every text field and every URL
// field of the three documents, rendered by the elements: nothing runs, nothing unsafe is left.
import { expect, waitUntil } from '@open-wc/testing';
import '../src/components/article/define.js';
import '../src/components/news-list/define.js';
import '../src/components/site-footer/define.js';
import '../src/components/site-header/define.js';
import { checkDocument, type DocumentKind } from '../src/contract/index.js';
import type { QlErrorDetail, QlLoadDetail } from '../src/internal/data-element.js';
import { PATIENCE, loaded } from './helpers.js';

interface Vector {
  id: string;
  payload: string;
  reject?: boolean;
}
const corpus = (await (await fetch(new URL('./fixtures/xss/vectors.json', import.meta.url))).json()) as { html: Vector[]; url: Vector[] };

declare global {
  interface Window {
    __xss: (id?: unknown) => void;
    __xss_clobber?: unknown;
  }
}
/** Every payload calls this if it ever runs; alert and friends count too. */
const ran: string[] = [];
window.__xss = (id) => ran.push(String(id));
for (const name of ['alert', 'confirm', 'prompt'] as const) (window as unknown as Record<string, unknown>)[name] = (id: unknown) => ran.push(`${name}(${String(id)})`);

const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster', 'cite', 'longdesc', 'srcset',
  'ping', 'dynsrc', 'lowsrc', 'codebase', 'manifest', 'icon', 'profile', 'usemap', 'values', 'to', 'from', 'by',
]);
/** Elements that have no business in rendered content; our own footer badge is the only SVG. */
const FORBIDDEN = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'input', 'math', 'template',
  'noscript', 'style', 'xmp', 'noembed', 'textarea', 'title', 'use', 'foreignobject', 'animate', 'set', 'isindex', 'keygen',
  'video', 'audio', 'source', 'marquee', 'details', 'body',
]);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Every element under `root`, through every open shadow root, with where it was found. */
function* everyElement(root: ParentNode, where = ''): Generator<[Element, string]> {
  for (const el of root.querySelectorAll('*')) {
    yield [el, where];
    if (el.shadowRoot) yield* everyElement(el.shadowRoot, `${where}${el.localName}::shadow `);
  }
}

/** What is unsafe in the rendered DOM: forbidden elements, event handlers, unsafe URLs, srcdoc, CSS tricks. */
function unsafeIn(root: ParentNode): string[] {
  const found: string[] = [];
  for (const [el, where] of everyElement(root)) {
    const tag = el.localName;
    const at = `${where}<${tag}>`;
    if (FORBIDDEN.has(tag)) found.push(`${at} element`);
    if (tag === 'svg' && !el.classList.contains('ql-police-badge')) found.push(`${at} foreign svg`);
    for (const { name, value } of el.attributes) {
      const lower = name.toLowerCase();
      // Browsers drop control characters and spaces inside a scheme (`java\0script:`): so does this check.
      // eslint-disable-next-line no-control-regex
      const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
      if (lower.startsWith('on')) found.push(`${at} ${name}="${value}"`);
      if (lower === 'srcdoc' || lower === 'http-equiv') found.push(`${at} ${name}`);
      if (lower === 'style' && /javascript:|expression\(|url\(|behavior|binding/.test(squeezed)) found.push(`${at} style="${value}"`);
      // A scheme at the start of any URL-bearing attribute (srcset, ping, SVG animation values…).
      if (/^(?:javascript|vbscript|data):/.test(squeezed) && (URL_ATTRIBUTES.has(lower) || lower.endsWith(':href'))) found.push(`${at} ${name}="${value}"`);
      if (lower === 'href' || lower === 'src') {
        let scheme: string;
        try {
          scheme = new URL(value, document.baseURI).protocol;
        } catch {
          scheme = 'unparsable';
        }
        if (!SAFE_SCHEMES.has(scheme)) found.push(`${at} ${name}="${value}" (${scheme})`);
      }
    }
  }
  return found;
}

/** Fires the events an inline handler could wait for, on every element, as a reader's pointer and keyboard would. */
function provoke(root: ParentNode) {
  for (const [el] of everyElement(root)) {
    for (const type of ['mouseover', 'pointerover', 'focus', 'toggle', 'load', 'error', 'animationstart', 'begin']) {
      el.dispatchEvent(new Event(type));
    }
  }
}

// Proves a negative: a payload that would run waits for an image error, a frame or a refresh, so give
// those a while to come. A slow machine makes this weaker, never red.
const nothingRan = () => new Promise((resolve) => setTimeout(resolve, 400));

/* ---------------------------------------------------------------- documents */

type Json = Record<string, unknown>;

function site(text: string): Json {
  return {
    version: 1,
    name: text,
    organization: text,
    url: '/index.html',
    logo: { src: '/logo.png', alt: text },
    channels: [{ id: 'qjyw', name: text, url: '/qjyw/' }],
    // The email is checked as an address (a vector there is refused before it is shown): see contract.test.ts.
    contact: { address: text, postcode: text, phone: text, email: 'ql@nanping.example.org' },
    filing: { icp: text, police: text, siteCode: text, conacId: text, conacKind: 'party', jiucuo: false },
    links: [{ label: text, url: 'https://example.org/' }],
    slogan: text,
    breadcrumb: { label: text, separator: text },
    techSupport: text,
  };
}

function feed(text: string): Json {
  return {
    version: 1,
    site: { name: text, url: '/' },
    channel: { id: text, name: text, url: '/qjyw/' },
    items: [
      {
        id: text, title: text, url: 'a.html', publishedAt: '2024-01-04T10:40:01+08:00', source: text, summary: text,
        thumbnail: { src: 'p.png', alt: text }, pinned: true,
      },
      // A plain row, so a list whose first row is left out still has one to show.
      { title: '侨联动态', url: 'b.html', publishedAt: '2024-01-03T10:40:01+08:00' },
    ],
    page: { number: 1, size: 20, totalItems: 2, totalPages: 1, next: 'feed-2.json', prev: 'feed-0.json' },
  };
}

function article(text: string): Json {
  return {
    version: 1,
    id: text,
    title: text,
    subtitle: text,
    publishedAt: '2024-01-04T10:40:01+08:00',
    author: text,
    source: text,
    editor: text,
    views: 3,
    viewsUrl: '/__test__/status/404',
    channel: { id: text, name: text, url: '/qjyw/' },
    site: { name: text, url: '/' },
    summary: text,
    body: [
      { type: 'paragraph', text },
      { type: 'image', src: 'p.png', alt: text, caption: text, credit: text },
      { type: 'heading', text, level: 3 },
      { type: 'list', items: [text, text], ordered: true },
      { type: 'quote', text },
    ],
    attachments: [{ name: text, url: 'f.pdf', size: 1024 }],
    prev: { title: text, url: 'p.html' },
    next: { title: text, url: 'https://example.org/n.html' },
    related: [{ title: text, url: 'r.html', publishedAt: '2024-01-03T10:40:01+08:00' }],
  };
}

const TAGS: Record<DocumentKind, string[]> = {
  site: ['ql-site-header', 'ql-site-footer'],
  feed: ['ql-news-list'],
  article: ['ql-article'],
};

let container: HTMLElement;
beforeEach(() => {
  ran.length = 0;
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** Renders one element per document, all at once, and waits until each has settled. */
async function renderAll(tag: string, docs: Json[], setup: (el: HTMLElement) => void = () => {}) {
  const announced = new Set<Element>();
  const elements = docs.map((doc) => {
    const el = document.createElement(tag);
    setup(el);
    el.addEventListener('ql-error', () => announced.add(el));
    (el as HTMLElement & { data: unknown }).data = doc;
    return el;
  });
  container.append(...elements);
  for (const el of elements) await loaded(el); // a bodyHtml until its sanitized body is in
  // ql-error waits for the words of the problem (a lazy chunk): every error state has announced itself.
  const silent = () => elements.filter((el) => (el as HTMLElement & { status: string }).status === 'error' && !announced.has(el));
  await waitUntil(() => !silent().length, 'a ql-error from each element in the error state', PATIENCE);
  return elements;
}

describe('XSS corpus', () => {
  it('has at least 80 markup vectors and 25 URL vectors, each with its own id', () => {
    expect(corpus.html.length).to.be.at.least(80);
    expect(corpus.url.length).to.be.at.least(25);
    const ids = [...corpus.html, ...corpus.url].map((v) => v.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('the hook trips when a payload does run (the corpus can fail)', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = corpus.html.find((v) => v.id === 'img-onerror')!.payload;
    container.append(probe);
    await waitUntil(() => ran.length > 0, 'the payload to run', PATIENCE);
    expect(ran).to.deep.equal(['img-onerror']);
    expect(unsafeIn(container)).to.have.length.above(0);
  });

  it('bodyHtml: every vector sanitized; nothing runs, no handler, no unsafe URL, no clobbering', async function () {
    this.timeout(180_000);
    const getById = document.getElementById;
    const docs = corpus.html.map(({ payload }) => {
      const { body: _body, ...rest } = article('侨联');
      return { ...rest, bodyHtml: `<p>正文</p>${payload}<p>结束</p>` };
    });
    const elements = await renderAll('ql-article', docs);
    elements.forEach((el, i) => {
      expect((el as HTMLElement & { status: string }).status, corpus.html[i].id).to.equal('ready');
      // The sanitized body really is shown (the test would pass vacuously on an empty page). What
      // follows an unclosed <audio> or <svg> may go with it, so only the text before the payload counts.
      expect(el.querySelector('.ql-article__html')?.textContent ?? '(no body)', corpus.html[i].id).to.include('正文');
    });
    provoke(container);
    await nothingRan();
    expect(ran, 'payloads that ran').to.deep.equal([]);
    expect(unsafeIn(container), 'unsafe DOM').to.deep.equal([]);
    expect(document.getElementById).to.equal(getById);
    expect(window.__xss_clobber).to.equal(undefined);
    expect(typeof window.__xss).to.equal('function');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  for (const kind of ['site', 'feed', 'article'] as const) {
    for (const tag of TAGS[kind]) {
      it(`${tag}: every vector in every text field is shown as text; nothing runs`, async function () {
        this.timeout(180_000);
        const make = { site, feed, article }[kind];
        const vectors = corpus.html.filter(({ payload }) => checkDocument(kind, make(payload), document.baseURI).ok);
        // Site names are capped at 200 characters; no vector is that long, so all of them go through.
        expect(vectors.length).to.equal(corpus.html.length);
        const elements = await renderAll(
          tag,
          vectors.map(({ payload }) => make(payload)),
          (el) => {
            el.setAttribute('channel', 'qjyw');
            el.setAttribute('page-title', vectors[0].payload);
            el.setAttribute('variant', 'photo');
          },
        );
        elements.forEach((el, i) => {
          expect((el as HTMLElement & { status: string }).status, vectors[i].id).to.equal('ready');
          // The payload is there, as text a reader can see.
          const shown = `${el.textContent}${el.shadowRoot!.textContent}`;
          expect(shown.includes(vectors[i].payload.replace(/\s+/g, ' ').trim().slice(0, 10)) || shown.includes(vectors[i].payload.slice(0, 10)), vectors[i].id).to.equal(true);
        });
        provoke(container);
        await nothingRan();
        expect(ran, 'payloads that ran').to.deep.equal([]);
        expect(unsafeIn(container), 'unsafe DOM').to.deep.equal([]);
        expect(window.__xss_clobber).to.equal(undefined);
      });
    }
  }
});

/* ---------------------------------------------------------------- URL fields */

type Path = (string | number)[];
const URL_FIELDS: Record<DocumentKind, Path[]> = {
  site: [['url'], ['logo', 'src'], ['channels', 0, 'url'], ['links', 0, 'url']],
  feed: [['site', 'url'], ['channel', 'url'], ['items', 0, 'url'], ['items', 0, 'thumbnail', 'src'], ['page', 'next'], ['page', 'prev']],
  article: [['viewsUrl'], ['channel', 'url'], ['site', 'url'], ['body', 1, 'src'], ['attachments', 0, 'url'], ['prev', 'url'], ['next', 'url'], ['related', 0, 'url']],
};
const pathText = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

function withValue(doc: Json, path: Path, value: string): Json {
  const copy = structuredClone(doc);
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

describe('URL fields', () => {
  it('the corpus marks which URLs the contract must refuse, independently of the check', () => {
    expect(corpus.url.filter((v) => v.reject).length).to.be.at.least(15);
    expect(corpus.url.filter((v) => !v.reject).length).to.be.at.least(5);
  });

  for (const kind of ['site', 'feed', 'article'] as const) {
    for (const tag of TAGS[kind]) {
      // No URL field is part of a document's core: an unsafe one leaves out its link or part, never the document.
      it(`${tag}: an unsafe URL in any URL field is left out (never an href or src), the rest shown and the path said; any other is shown as http(s)`, async function () {
        this.timeout(180_000);
        const make = { site, feed, article }[kind];
        const cases = URL_FIELDS[kind].flatMap((path) => corpus.url.map((vector) => ({ path, vector })));
        const errors = new Map<Element, QlErrorDetail>();
        const loads = new Map<Element, QlLoadDetail>();
        const elements = await renderAll(
          tag,
          cases.map(({ path, vector }) => withValue(make('侨联'), path, vector.payload)),
          (el) => {
            el.setAttribute('variant', 'photo');
            el.addEventListener('ql-error', (event) => errors.set(el, (event as CustomEvent<QlErrorDetail>).detail));
            el.addEventListener('ql-load', (event) => loads.set(el, (event as CustomEvent<QlLoadDetail>).detail));
          },
        );
        const wrong: string[] = [];
        elements.forEach((el, i) => {
          const { path, vector } = cases[i];
          const status = (el as HTMLElement & { status: string }).status;
          const where = `${vector.id} in ${pathText(path)}`;
          if (status !== 'ready' || errors.has(el) || el.shadowRoot!.querySelector('[part="error"]')) {
            wrong.push(`${where}: ${status} (${errors.get(el)?.message})`);
            return;
          }
          if (!vector.reject) return;
          // Blank in an optional place is no value, so nothing to say; anything else left out is said.
          const said = loads.get(el)?.problems.some((problem) => problem.path === pathText(path) && problem.severity === 'warning');
          if (vector.id !== 'blank' && !said) wrong.push(`${where}: not in ql-load's problems`);
          const payload = vector.payload.trim();
          const resolved = URL.canParse(payload, document.baseURI) ? new URL(payload, document.baseURI).href : payload;
          for (const [node] of [...everyElement(el), ...everyElement(el.shadowRoot!)]) {
            for (const name of ['href', 'src']) {
              const value = node.getAttribute(name);
              if (value !== null && value.trim() && (value.trim() === payload || value === resolved)) wrong.push(`${where}: shown as <${node.localName} ${name}="${value}">`);
            }
          }
        });
        expect(wrong).to.deep.equal([]);
        provoke(container);
        await nothingRan();
        expect(ran, 'payloads that ran').to.deep.equal([]);
        expect(unsafeIn(container), 'unsafe DOM').to.deep.equal([]);
      });
    }
  }
});
