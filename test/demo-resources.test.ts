/**
 * Our own demo never shows a broken image or a failed request: every demo page is opened and every
 * resource it asked for answered; every address in the demo data (images, feeds, articles) exists.
 * The portal's county whose feed is missing on purpose (顺昌县侨联, to show the notice) is the one
 * exception, by name.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { assertCjkFont, linesOf } from './cjk-font.js';
import { PATIENCE } from './helpers.js';
import { deepAll } from './reader-checks.js';

const MISSING_ON_PURPOSE = /\/demo\/data\/feeds\/shunchang\.json$/;
const PAGES = [
  '/demo/index.html',
  '/demo/portal.html',
  '/demo/province.html',
  '/demo/legacy-template.html',
  '/demo/songxi/index.html',
  '/demo/songxi/article.html?id=sx-2024-0118',
  '/demo/themes/index.html',
  '/demo/themes/sample.html',
  '/demo/themes/gov-blue.html',
  '/demo/csp/index.html',
];
const DATA_ELEMENTS = 'ql-site-header, ql-article, ql-news-list, ql-site-footer';

async function open(path: string, width = 1024) {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = String(width);
  // Tall enough that lazy images below the fold load too.
  frame.height = '6000';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // Settled: every data element has shown its data or its error, and every image has answered.
  // A frame out of the test page's view never loads its lazy images: ask for them now.
  const pending = () => [
    ...deepAll<HTMLImageElement>(doc, 'img[loading="lazy"]').map((img) => ((img.loading = 'eager'), '')).filter(Boolean),
    ...[...doc.querySelectorAll(DATA_ELEMENTS)].filter((el) => el.getAttribute('status') === 'loading' || (el.hasAttribute('src') && el.getAttribute('status') === 'idle')).map((el) => `<${el.localName} status=${el.getAttribute('status')}>`),
    ...deepAll<HTMLImageElement>(doc, 'img').filter((img) => !img.complete).map((img) => img.src),
  ];
  try {
    await waitUntil(() => pending().length === 0, `${path} to settle`, PATIENCE);
  } catch {
    throw new Error(`${path} did not settle: ${pending().join(', ')}`);
  }
  return frame;
}

/** Same-origin addresses a JSON value names: fields that are addresses, and src/href inside HTML strings. */
function addresses(value: unknown, base: string, out: Set<string>) {
  if (typeof value === 'string') {
    const found = [...value.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    if (/^(\.{0,2}\/|[\w-]+\/)[^\s<>"]*\.(json|svg|png|jpe?g|gif|webp|html)(\?[^\s#]*)?(#\S*)?$/.test(value)) found.push(value);
    for (const address of found) {
      const url = new URL(address, base);
      if (url.origin === location.origin) out.add(url.href.replace(/#.*$/, ''));
    }
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) addresses(v, base, out);
  }
}

describe('the demo pages and data', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  after(() => setViewport({ width: 800, height: 600 }));

  const jsonSeen = new Set<string>();

  for (const path of PAGES) {
    it(`${path} requests nothing that is missing and shows no broken image`, async () => {
      const frame = await open(path);
      const win = frame.contentWindow!;
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      expect(entries.length, 'the page loaded resources').to.be.greaterThan(0);
      const failed = entries
        .filter((e) => e.responseStatus >= 400 && !MISSING_ON_PURPOSE.test(e.name))
        .map((e) => `${e.responseStatus} ${e.name}`);
      expect(failed).to.deep.equal([]);
      const broken = deepAll<HTMLImageElement>(frame.contentDocument!, 'img')
        .filter((img) => img.naturalWidth === 0)
        .map((img) => img.src);
      expect(broken, 'images that did not load').to.deep.equal([]);
      expect(frame.contentDocument!.body.textContent).not.to.contain('图片暂时无法显示');
      for (const e of entries) if (new URL(e.name).pathname.endsWith('.json')) jsonSeen.add(e.name.replace(/#.*$/, ''));
    });
  }

  it('names in its data only addresses that exist (images, feeds, articles)', async () => {
    expect(jsonSeen.size, 'the pages above loaded data').to.be.greaterThan(3);
    const queue = [...jsonSeen].filter((url) => !MISSING_ON_PURPOSE.test(url));
    const checked = new Map<string, number>();
    while (queue.length) {
      const url = queue.shift()!;
      if (checked.has(url)) continue;
      const response = await fetch(url);
      checked.set(url, response.status);
      if (!response.ok) continue;
      const path = new URL(url).pathname;
      const named = new Set<string>();
      if (path.endsWith('.json')) addresses(await response.json(), url, named);
      for (const address of named) {
        const target = new URL(address);
        if (MISSING_ON_PURPOSE.test(target.pathname)) continue;
        // The Songxi article page reads `?id=` as data/songxi/articles/<id>.json (demo/songxi/article-page.js).
        const id = target.pathname.endsWith('/demo/songxi/article.html') && target.searchParams.get('id');
        if (id) queue.push(new URL(`/demo/data/songxi/articles/${id}.json`, location.href).href);
        queue.push(target.pathname.endsWith('.html') ? `${target.origin}${target.pathname}` : target.href);
      }
    }
    const missing = [...checked].filter(([, status]) => status !== 200).map(([url, status]) => `${status} ${url}`);
    expect(missing).to.deep.equal([]);
    expect(checked.size, 'the crawl reached the articles and their images').to.be.greaterThan(40);
  });

  it('leads each channel of the demo sites\' menus to a page or section of its own, which exists', async () => {
    for (const file of ['/demo/data/site.json', '/demo/data/songxi/site.json']) {
      const site = (await (await fetch(file)).json()) as { channels: { name: string; url: string }[] };
      const targets = site.channels.map((c) => new URL(c.url, new URL(file, location.href)));
      expect(new Set(targets.map((t) => t.href)).size, `${file}: one target per channel`).to.equal(site.channels.length);
      for (const [i, target] of targets.entries()) {
        const response = await fetch(target.pathname);
        expect(response.status, `${site.channels[i].name} → ${target.pathname}`).to.equal(200);
        const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
        if (target.hash) expect(doc.getElementById(decodeURIComponent(target.hash.slice(1))), `${site.channels[i].name} → ${target.pathname}${target.hash}`).to.exist;
      }
    }
  });

  it('shows the themes page\'s frames whole on a phone', async () => {
    await setViewport({ width: 390, height: 844 });
    const frame = await open('/demo/themes/index.html', 390);
    const inner = [...frame.contentDocument!.querySelectorAll<HTMLIFrameElement>('.themes iframe')];
    expect(inner).to.have.length(2);
    for (const f of inner) {
      await waitUntil(
        () => [...(f.contentDocument?.querySelectorAll(DATA_ELEMENTS) ?? [])].every((el) => !el.hasAttribute('src') || el.getAttribute('status') === 'ready'),
        `${f.title} to settle`,
        PATIENCE,
      );
      const doc = f.contentDocument!.documentElement;
      await waitUntil(() => f.clientHeight >= doc.scrollHeight, `${f.title}: frame ${f.clientHeight}px tall for a page of ${doc.scrollHeight}px`, PATIENCE);
      // The CMS's own title, narrowed by the frame, wraps: balanced, no character alone on a line.
      assertCjkFont(f.contentDocument!);
      const lines = linesOf(f.contentDocument!.querySelector('ql-article > [slot="title"]')!);
      expect(lines.length, `${f.title}: the title wraps at this width`).to.be.greaterThan(1);
      expect(lines.filter((line) => line.length < 2), `${f.title}: lines of the title ${JSON.stringify(lines)}`).to.deep.equal([]);
    }
  });
});
