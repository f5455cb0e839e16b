// Inputs far larger or odder than any real site's, through the drop-in's elements: the longest
// main-thread task each causes (longtask entries, wall clock), once asserted inside
// test/hostile-data.test.ts. Each run is a fresh tab; each figure is the median of the runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './pages.mjs';

const PARAGRAPH = '凝侨心、护侨益、聚侨力，松溪县侨联做好“三篇文章”，推动新时代侨务工作创新发展。'.repeat(40);

/** @param {number} count */
export function bigFeed(count) {
  const start = Date.UTC(2024, 0, 4, 2);
  return {
    version: 1,
    site: { name: '松溪县侨联' },
    channel: { id: 'qjyw', name: '侨界要闻' },
    items: Array.from({ length: count }, (_, i) => ({
      title: `松溪县侨联第${i}条消息：凝侨心 护侨益 聚侨力`,
      url: `/news/${i}.html`,
      publishedAt: new Date(start - i * 3_600_000).toISOString(),
      pinned: i % 997 === 0,
      source: '本站原创',
    })),
  };
}

/** A 5 MB article (as UTF-8 JSON), its body as blocks or as a CMS's HTML with handlers to strip. @param {'body' | 'bodyHtml'} form */
function bigArticle(form) {
  const paragraphs = Array.from({ length: Math.ceil((5 * 1024 * 1024) / (PARAGRAPH.length * 3)) }, (_, i) => `${i}：${PARAGRAPH}`);
  /** @type {Record<string, unknown>} */
  const doc = { version: 1, title: '凝侨心 护侨益 聚侨力', publishedAt: '2024-01-04T10:40:01+08:00' };
  if (form === 'body') doc.body = paragraphs.map((p) => ({ type: 'paragraph', text: p }));
  else doc.bodyHtml = paragraphs.map((p) => `<p>${p}<a href="a.html" onclick="__xss()">链接</a></p>`).join('');
  return { doc, paragraphs: paragraphs.length };
}

const ODD_VALUES = [null, 0, -1, 1e308, true, '', '   ', '\u202E\u200B\uD800', 'x'.repeat(100_000), [], [null, 42], {}, { version: 1 }, 'javascript:alert(1)'];

/** Every path in `value` (objects and arrays, depth first), up to `limit`. @param {unknown} value @returns {(string | number)[][]} */
function pathsOf(value, limit = 60, prefix = /** @type {(string | number)[]} */ ([])) {
  if (!value || typeof value !== 'object') return [];
  const out = [];
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path, ...pathsOf(child, limit, path));
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

/**
 * Odd documents for each data element: its demo document with one field at a time replaced by an odd
 * value (wrong type, blank, bidi and lone surrogates, 100,000 characters, empty and odd containers).
 */
function hostileDocuments() {
  const read = (/** @type {string} */ file) => JSON.parse(readFileSync(file, 'utf8'));
  const bases = {
    'ql-article': read('demo/data/article-songxi-three-chapters.json'),
    'ql-news-list': read('test/fixtures/feeds/a.json'),
    'ql-site-header': read('demo/data/site.json'),
    'ql-site-footer': read('demo/data/site.json'),
  };
  /** @type {[string, unknown][]} */
  const documents = [];
  let n = 0;
  for (const [tag, base] of Object.entries(bases)) {
    for (const path of pathsOf(base)) {
      const doc = structuredClone(base);
      let parent = doc;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path[path.length - 1]] = ODD_VALUES[n++ % ODD_VALUES.length];
      documents.push([tag, doc]);
    }
  }
  return documents;
}

/** Every `text` and `title` string in the demo's article documents: varied federation prose. */
function demoProse() {
  /** @type {string[]} */
  const out = [];
  /** @param {unknown} value */
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'text' || key === 'title' || key === 'summary') && typeof child === 'string' && /\p{Script=Han}/u.test(child)) out.push(child);
        else collect(child);
      }
    }
  };
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/^article.*\.json$/.test(name)) collect(JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk('demo/data');
  return out;
}

/**
 * The long page's body: 100,000 characters of the demo's prose as a CMS writes it (headings,
 * paragraphs, a link and bold words now and then), as HTML for the stage.
 */
export function longPageHtml(characters = 100_000) {
  const prose = demoProse();
  const escape = (/** @type {string} */ s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const blocks = [];
  let length = 0;
  for (let i = 0; length < characters; i++) {
    let text = `${i + 1}．${prose[i % prose.length]}`;
    if (i % 10 === 0) text = text.slice(0, 60);
    length += text.length;
    const cut = Math.min(12, Math.floor(text.length / 3));
    if (i % 10 === 0) blocks.push(`<h2>${escape(text)}</h2>`);
    else if (i % 4 === 0) blocks.push(`<p><strong>${escape(text.slice(0, cut))}</strong>${escape(text.slice(cut))}<a href="#p${i}" title="${escape(text.slice(0, cut))}">详情</a></p>`);
    else blocks.push(`<p>${escape(text)}</p>`);
  }
  return { html: `<article>${blocks.join('')}</article>`, characters: length, blocks: blocks.length };
}

/** Runs in the page: collects longtask durations from now until `stop()`. */
const WATCH = `
  window.__watch = () => {
    const durations = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) durations.push(e.duration); });
    observer.observe({ type: 'longtask', buffered: false });
    return {
      async stop() {
        // Long-task entries arrive after their task: a frame and a task to be delivered.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => setTimeout(resolve, 50));
        observer.takeRecords().forEach((e) => durations.push(e.duration));
        observer.disconnect();
        return durations;
      },
    };
  };
  window.__settled = async (el) => {
    await customElements.whenDefined(el.localName);
    while (el.status === undefined || el.status === 'idle' || el.status === 'loading') await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  };
  window.__afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
`;

/** Routes for the served origin. @type {Record<string, import('./serve.mjs').Route>} */
export const largeInputRoutes = {
  '/bench/big-feed-20000.json': () => ['application/json', JSON.stringify(bigFeed(20_000))],
};

/**
 * @param {import('./figures.mjs').Figures} figures
 * @param {{ browser: import('puppeteer-core').Browser, origin: string, runs: number }} context
 */
export async function measureLargeInputs(figures, { browser, origin, runs }) {
  /**
   * One scenario `runs` times, each in a fresh tab; returns the median of what `body` returns.
   * @template A
   * @param {(arg: A) => Promise<number>} body runs in the page
   * @param {A} arg
   */
  const measure = async (body, arg) => median(await measureAll(body, arg));
  /**
   * @template A, R
   * @param {(arg: A) => Promise<R>} body @param {A} arg @returns {Promise<R[]>}
   */
  const measureAll = async (body, arg) => {
    /** @type {R[]} */
    const values = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      try {
        await page.goto(`${origin}/scripts/bench/page.html`);
        await page.evaluate(WATCH);
        await page.waitForFunction(() => customElements.get('ql-article') && customElements.get('ql-news-list'));
        // puppeteer's evaluate types cannot follow a generic body; every body here returns R.
        values.push(/** @type {R} */ (await page.evaluate(/** @type {any} */ (body), arg)));
      } finally {
        await page.close();
      }
    }
    return values;
  };

  console.log(`large and hostile inputs with the drop-in file, a fresh tab per run, median of ${runs}`);
  const feed = bigFeed(20_000);
  figures.add(
    'feed-20000.data.longest-task',
    await measure(async (doc) => {
      const w = /** @type {any} */ (window);
      await w.__afterFrame();
      const tasks = w.__watch();
      const el = /** @type {any} */ (document.createElement('ql-news-list'));
      el.data = doc;
      document.getElementById('stage')?.append(el);
      await w.__settled(el);
      await w.__afterFrame();
      const longTasks = await tasks.stop();
      if (el.status !== 'ready' || el.querySelectorAll('.ql-content li').length !== 20) throw new Error(`20,000-item feed: ${el.status}`);
      return Math.max(0, ...longTasks);
    }, feed),
  );
  figures.add(
    'feed-20000.src.longest-task',
    await measure(async (src) => {
      const w = /** @type {any} */ (window);
      const tasks = w.__watch();
      const el = /** @type {any} */ (document.createElement('ql-news-list'));
      el.src = src;
      document.getElementById('stage')?.append(el);
      await w.__settled(el);
      await w.__afterFrame();
      const longTasks = await tasks.stop();
      if (el.status !== 'ready' || el.querySelectorAll('.ql-content li').length !== 20) throw new Error(`20,000-item feed from src: ${el.status}`);
      return Math.max(0, ...longTasks);
    }, '/bench/big-feed-20000.json'),
  );
  figures.add(
    'long-title.longest-task',
    await measure(async (feedItem) => {
      const w = /** @type {any} */ (window);
      const title = '侨'.repeat(100_000);
      await w.__afterFrame();
      const tasks = w.__watch();
      const article = /** @type {any} */ (document.createElement('ql-article'));
      article.data = { version: 1, title, publishedAt: '2024-01-04T10:40:01+08:00', body: [{ type: 'paragraph', text: '正文' }] };
      const list = /** @type {any} */ (document.createElement('ql-news-list'));
      list.data = { version: 1, site: { name: '松溪县侨联' }, channel: { id: 'qjyw', name: '侨界要闻' }, items: [{ ...feedItem, title }] };
      const header = /** @type {any} */ (document.createElement('ql-site-header'));
      header.data = { version: 1, name: title, organization: '南平市归国华侨联合会' };
      document.getElementById('stage')?.append(article, list, header);
      for (const el of [article, list, header]) await w.__settled(el);
      const longTasks = await tasks.stop();
      // A title is the core of an article and a site: the error state. In a feed it is one row's: that row
      // is left out and the list shows what is left (here nothing, so the empty state).
      if (article.status !== 'error' || header.status !== 'error' || list.status !== 'empty') {
        throw new Error(`a 100,000-character title: article ${article.status}, header ${header.status}, list ${list.status}`);
      }
      return Math.max(0, ...longTasks);
    }, feed.items[0]),
  );
  for (const form of /** @type {const} */ (['body', 'bodyHtml'])) {
    const { doc, paragraphs } = bigArticle(form);
    const results = await measureAll(
      async ({ doc, paragraphs }) => {
        const w = /** @type {any} */ (window);
        await w.__afterFrame(); // receiving the 5 MB argument is not the element's task
        const tasks = w.__watch();
        const started = performance.now();
        const el = /** @type {any} */ (document.createElement('ql-article'));
        el.data = doc;
        document.getElementById('stage')?.append(el);
        await w.__settled(el);
        while (el.status === 'ready' && el.querySelectorAll('.ql-content p').length < paragraphs) await new Promise((resolve) => setTimeout(resolve, 20));
        await w.__afterFrame(); // laid out and painted
        const shown = performance.now() - started;
        const longTasks = await tasks.stop();
        if (el.status !== 'ready' || el.querySelector('[onclick]')) throw new Error(`5 MB article: ${el.status}`);
        return { longest: Math.max(0, ...longTasks), shown };
      },
      { doc, paragraphs },
    );
    figures.add(`article-5mb.${form}.longest-task`, median(results.map((r) => r.longest)));
    figures.add(`article-5mb.${form}.shown`, median(results.map((r) => r.shown)), { unit: 'ms', note: 'inserted → painted' });
  }

  const documents = hostileDocuments();
  const hostile = [];
  const delays = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/scripts/bench/page.html`);
      await page.evaluate(WATCH);
      await page.waitForFunction(() => customElements.get('ql-article') && customElements.get('ql-news-list'));
      const result = await page.evaluate(async (documents) => {
        const w = /** @type {any} */ (window);
        const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
        let slowest = 0;
        for (const [tag, doc] of documents) {
          const el = /** @type {any} */ (document.createElement(tag));
          el.data = doc;
          const started = performance.now();
          stage.append(el);
          await w.__settled(el);
          slowest = Math.max(slowest, performance.now() - started);
          el.remove();
        }
        // The page still answers: a task queued now runs at once.
        const queued = performance.now();
        await new Promise((resolve) => setTimeout(resolve));
        return { slowest, delay: performance.now() - queued };
      }, documents);
      hostile.push(result.slowest);
      delays.push(result.delay);
    } finally {
      await page.close();
    }
  }
  figures.add('hostile.render', median(hostile), { note: `slowest of ${documents.length} odd documents` });
  figures.add('hostile.task-delay', median(delays));
}
