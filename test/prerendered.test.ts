/**
 * The demo site rendered on the server (`qiaolian-widgets render`, see test/server/prerendered-site.mjs),
 * read as a crawler or a reader without JavaScript reads it, and then hydrated by the drop-in file:
 * the same text as the live page, nothing fetched twice, nothing moved, every control working.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { STORAGE_KEY as SCRIPT_KEY } from '../src/script/script-switch.js';
import { PATIENCE } from './helpers.js';
import { deepAll } from './reader-checks.js';

const SITE = '/node_modules/.cache/qiaolian-prerendered';
const RENDERED = '[data-ql-rendered]';

interface Opened {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** Uncaught errors and console errors of the page, from its first script on. */
  errors: string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * Opens a page of the rendered site in a frame. Without JavaScript the frame is sandboxed with
 * scripts off (same origin, so the test can read it). The frame's first window is the page's, so
 * listeners put on it at once hear the page's first script.
 */
async function open(path: string, { js, width = 1024, url = `${SITE}/${path}` }: { js: boolean; width?: number; url?: string }): Promise<Opened> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = String(width);
  frame.height = '900';
  if (!js) frame.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  const errors: string[] = [];
  const early = frame.contentWindow as Window & typeof globalThis;
  early.addEventListener('error', (event) => errors.push(event.message));
  early.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const consoleError = early.console.error.bind(early.console);
  early.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, doc: frame.contentDocument!, win, errors };
}

/** Waits until every rendered element is defined and has hydrated (the header has added the date). */
async function hydrated({ doc, win }: Opened): Promise<void> {
  await waitUntil(
    () =>
      [...doc.querySelectorAll(RENDERED)].every((el) => win.customElements.get(el.localName)) &&
      (!doc.querySelector('ql-site-header') || !!doc.querySelector('ql-site-header')!.shadowRoot!.querySelector('.greeting time')),
    'the rendered elements to hydrate',
    PATIENCE,
  );
}

/** The text a reader sees, shadow roots and slotted content in place. */
const textOf = (el: Element) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

interface DemoArticle {
  title: string;
  publishedAt: string;
  body: { type: string; text?: string; caption?: string }[];
}

describe('the demo site rendered on the server, without JavaScript', () => {
  before(async function () {
    const response = await fetch(`${SITE}/index.html`);
    if (!response.ok) throw new Error(`${SITE} is missing: run the browser tests through npm run test:browser, which builds the drop-in first`);
  });

  it('shows the article: title, meta line, every paragraph and caption, in <time datetime>', async () => {
    const { doc, win } = await open('index.html', { js: false });
    const article: DemoArticle = await (await fetch('/demo/data/article-songxi-three-chapters.json')).json();
    expect(win.customElements.get('ql-article'), 'no script ran').to.equal(undefined);
    const el = doc.querySelector('ql-article')!;
    const h1 = el.querySelector('h1')!;
    expect(h1.textContent).to.equal(article.title);
    expect(h1.getBoundingClientRect().height, 'the title is laid out, slotted into the declarative shadow root').to.be.greaterThan(20);
    const text = textOf(el);
    for (const block of article.body) {
      if (block.text) expect(text, block.text.slice(0, 20)).to.include(block.text.replace(/\s+/g, ' ').trim());
      if (block.caption) expect(text, block.caption).to.include(block.caption.trim());
    }
    const meta = el.shadowRoot!.querySelector('[part~="meta"]')!;
    expect(textOf(meta)).to.match(/发布时间：2024-01-04/);
    expect(meta.querySelector('time')!.getAttribute('datetime')).to.match(/^2024-01-04T/);
    // The pictures load from the copied images, relative to the page.
    const images = [...el.querySelectorAll('img')];
    expect(images.length).to.be.greaterThan(0);
    for (const img of images) expect(img.getAttribute('src')).to.match(/^images\//);
  });

  it('shows the header greeting without a stale date, the breadcrumb and the menu; the footer with both filing links', async () => {
    const { doc } = await open('index.html', { js: false });
    const header = doc.querySelector('ql-site-header')!;
    const greeting = header.shadowRoot!.querySelector('.greeting')!;
    expect(textOf(greeting)).to.equal('欢迎光临！');
    expect(greeting.querySelector('time')).to.equal(null);
    const crumbs = deepAll<HTMLAnchorElement>(header.shadowRoot!, '[part~="breadcrumb"] a');
    expect(crumbs.map((a) => a.textContent!.trim())).to.include('南平市侨联');
    const menu = deepAll<HTMLAnchorElement>(header.shadowRoot!, '[part~="menu"] a');
    expect(menu.find((a) => a.getAttribute('aria-current') === 'page')?.textContent).to.equal('侨界要闻');
    const footer = doc.querySelector('ql-site-footer')!;
    const hrefs = [...footer.querySelectorAll('a')].map((a) => a.href);
    expect(hrefs).to.include('https://beian.miit.gov.cn/');
    expect(hrefs.some((href) => href.startsWith('https://beian.mps.gov.cn/'))).to.equal(true);
    expect(textOf(footer)).to.include('闽ICP备11004646号');
  });

  it('gives the article page its title, description, canonical link and Open Graph tags, and embeds the data', async () => {
    const { doc } = await open('index.html', { js: false });
    const article: DemoArticle = await (await fetch('/demo/data/article-songxi-three-chapters.json')).json();
    expect(doc.title).to.equal(`${article.title} - 南平市侨联`);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).to.not.equal('');
    expect(doc.querySelectorAll('meta[name="description"]').length).to.equal(1);
    expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).to.equal('https://nanping.example.org/index.html');
    expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).to.equal(article.title);
    expect(doc.querySelector('meta[property="og:url"]')!.getAttribute('content')).to.equal('https://nanping.example.org/index.html');
    expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).to.match(/^https:\/\/nanping\.example\.org\/images\//);
    for (const el of doc.querySelectorAll(RENDERED)) {
      expect(el.hasAttribute('src'), `<${el.localName}> src`).to.equal(false);
    }
    expect(doc.querySelector('ql-article > script[type="application/json"]')).to.not.equal(null);
  });

  it('lists the county site’s rows as links, with page links a crawler follows', async () => {
    const { doc } = await open('songxi/index.html', { js: false });
    const list = doc.querySelector('ql-news-list')!;
    const rows = [...list.querySelectorAll('.ql-news__item a')] as HTMLAnchorElement[];
    expect(rows.length).to.equal(20);
    for (const a of rows) expect(a.getAttribute('href')).to.not.equal('');
    const pager = list.shadowRoot!.querySelector('[part~="pager"]')!;
    const next = pager.querySelector<HTMLAnchorElement>('a[rel="next"]')!;
    expect(next.getAttribute('href')).to.equal('index-2.html');
    expect(pager.querySelector('a[aria-current="page"]')!.textContent!.trim()).to.equal('1');

    const second = await open('songxi/index-2.html', { js: false });
    const list2 = second.doc.querySelector('ql-news-list')!;
    const rows2 = [...list2.querySelectorAll('.ql-news__item a')].map((a) => a.textContent);
    expect(rows2.length).to.be.greaterThan(0);
    expect(rows2).to.not.include(rows[0].textContent);
    const pager2 = list2.shadowRoot!.querySelector('[part~="pager"]')!;
    expect(pager2.querySelector('a[rel="prev"]')!.getAttribute('href')).to.equal('index.html');
    expect(pager2.querySelector('a[aria-current="page"]')!.textContent!.trim()).to.equal('2');
  });

  it('merges the portal’s county feeds with a source on every row, and pages them as files', async () => {
    const { doc } = await open('portal.html', { js: false });
    const rows = [...doc.querySelectorAll('ql-news-list .ql-news__item')];
    expect(rows.length).to.equal(15);
    for (const row of rows) expect(row.querySelector('.ql-news__source')?.textContent).to.match(/侨联：$/);
    const pager = doc.querySelector('ql-news-list')!.shadowRoot!.querySelector('[part~="pager"]')!;
    expect(pager.querySelector('a[rel="next"]')!.getAttribute('href')).to.equal('portal-2.html');
    const last = await fetch(`${SITE}/portal-2.html`);
    expect(last.ok).to.equal(true);
  });
});

describe('the demo site rendered on the server, hydrated by the drop-in file', () => {
  it('hydrates every element with no error, no request for embedded data and no layout shift', async () => {
    for (const path of ['index.html', 'songxi/index.html', 'portal.html']) {
      const opened = await open(path, { js: true });
      await hydrated(opened);
      const { doc, win, errors } = opened;
      expect(errors, path).to.deep.equal([]);
      const fetched = win.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(fetched.filter((url) => /\.json(\?|$)/.test(url)), `${path}: data fetched again`).to.deep.equal([]);
      // Shifts after the page was parsed: what the hydration did (a long page may paint while parsing).
      const parsed = (win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
      const shifts = await new Promise<number[]>((resolve) => {
        new win.PerformanceObserver((list) => resolve(list.getEntries().filter((e) => e.startTime >= parsed).map((e) => (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 500);
      });
      expect(shifts, `${path}: layout shifts during hydration`).to.deep.equal([]);
      for (const el of doc.querySelectorAll(RENDERED)) {
        const status = el.getAttribute('status');
        if (status) expect(status, `<${el.localName}>`).to.equal('ready');
      }
    }
  });

  it('hydrates an old CMS template and a CMS-printed article (slot="title") too', async () => {
    for (const path of ['legacy-template.html', 'themes/sample.html']) {
      const opened = await open(path, { js: true });
      await hydrated(opened);
      expect(opened.errors, path).to.deep.equal([]);
      const article = opened.doc.querySelector('ql-article')!;
      expect(article.shadowRoot!.querySelectorAll('[part~="toolbar"]').length, `${path}: one toolbar`).to.equal(1);
    }
  });

  it('loads the hydration chunk only on a page that holds rendered elements', async () => {
    const rendered = await open('index.html', { js: true });
    await hydrated(rendered);
    const chunks = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => /\/chunks\/hydrate-/.test(url));
    expect(chunks(rendered.win)).to.have.length(1);
    // The same drop-in file on a page written by hand, as a CMS template holds it.
    const plain = await open('plain.html', { js: true, url: `${SITE}/plain.html` });
    await waitUntil(() => plain.doc.querySelector('ql-site-footer')?.getAttribute('status') === 'ready', 'the footer from src', PATIENCE);
    expect(chunks(plain.win)).to.deep.equal([]);
    expect(plain.errors).to.deep.equal([]);
  });

  it('shows the same text as the live page: article, footer, breadcrumb, list rows', async () => {
    const rendered = await open('index.html', { js: false });
    const live = await open('index.html', { js: true, url: '/demo/index.html' });
    await waitUntil(() => live.doc.querySelector('ql-article')?.getAttribute('status') === 'ready' && live.doc.querySelector('ql-site-footer')?.getAttribute('status') === 'ready', 'the live page', PATIENCE);
    for (const tag of ['ql-article', 'ql-site-footer']) {
      expect(textOf(rendered.doc.querySelector(tag)!), tag).to.equal(textOf(live.doc.querySelector(tag)!));
    }
    const liveCrumbs = deepAll(live.doc.querySelector('ql-site-header')!.shadowRoot!, '[part~="breadcrumb"]').map(textOf);
    const renderedCrumbs = deepAll(rendered.doc.querySelector('ql-site-header')!.shadowRoot!, '[part~="breadcrumb"]').map(textOf);
    expect(renderedCrumbs).to.deep.equal(liveCrumbs);

    const renderedList = await open('songxi/index.html', { js: false });
    const liveList = await open('songxi/index.html', { js: true, url: '/demo/songxi/index.html' });
    await waitUntil(() => [...liveList.doc.querySelectorAll('ql-news-list')].every((el) => el.getAttribute('status') === 'ready'), 'the live lists', PATIENCE);
    const lists = (doc: Document) => [...doc.querySelectorAll('ql-news-list')].map(textOf);
    expect(lists(renderedList.doc)).to.deep.equal(lists(liveList.doc));
  });

  it('adds the reader’s date to the greeting once hydrated', async () => {
    const opened = await open('index.html', { js: true });
    await hydrated(opened);
    const time = opened.doc.querySelector('ql-site-header')!.shadowRoot!.querySelector('.greeting time')!;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(time.getAttribute('datetime')).to.equal(today);
  });

  it('keeps every control working: 字号, 打印, the script toggle, the elder mode, the share bar', async () => {
    const opened = await open('index.html', { js: true });
    await hydrated(opened);
    const { doc, win } = opened;
    const article = doc.querySelector('ql-article')!;
    const large = deepAll<HTMLButtonElement>(article.shadowRoot!, '[part~="toolbar"] button').find((b) => b.textContent!.trim() === '大')!;
    large.click();
    await waitUntil(() => article.getAttribute('font-size') === 'large', '字号 大', PATIENCE);
    expect(large.getAttribute('aria-pressed')).to.equal('true');

    let printed = 0;
    win.print = () => void printed++;
    deepAll<HTMLButtonElement>(article.shadowRoot!, 'button').find((b) => b.textContent!.includes('打印'))!.click();
    await waitUntil(() => printed === 1, '打印', PATIENCE);

    const elder = doc.querySelector('ql-elder-toggle')!.shadowRoot!.querySelector('button')!;
    elder.click();
    await waitUntil(() => doc.documentElement.hasAttribute('data-ql-elder'), 'the elder mode', PATIENCE);
    elder.click();
    await waitUntil(() => !doc.documentElement.hasAttribute('data-ql-elder'), 'the elder mode off', PATIENCE);

    let shared = '';
    win.open = ((url: string) => ((shared = url), null)) as typeof win.open;
    const weibo = deepAll<HTMLButtonElement>(doc.querySelector('ql-share-bar')!.shadowRoot!, 'button').find((b) => b.textContent!.includes('微博'))!;
    expect(weibo.disabled).to.equal(false);
    weibo.click();
    await waitUntil(() => shared !== '', 'the Weibo share', PATIENCE);
    // The page's canonical address, which the render wrote from --base-url.
    expect(shared).to.include(`url=${encodeURIComponent('https://nanping.example.org/index.html')}`);

    const title = article.querySelector('h1')!;
    const before = title.textContent;
    doc.querySelector('ql-script-toggle')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => title.textContent !== before, '繁體', PATIENCE);
    expect(title.textContent).to.include('僑');
    doc.querySelector('ql-script-toggle')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => title.textContent === before, '简体 again', PATIENCE);
    win.localStorage.clear();
  });

  it('takes a reader who chose 繁體 before to traditional once hydrated, the toggle pressed', async () => {
    localStorage.setItem(SCRIPT_KEY, 'zh-Hant');
    try {
      const opened = await open('index.html', { js: true });
      await hydrated(opened);
      const { doc, errors } = opened;
      await waitUntil(() => doc.documentElement.lang.startsWith('zh-Hant') && doc.querySelector('ql-article h1')!.textContent!.includes('僑'), 'the page in traditional', PATIENCE);
      const button = doc.querySelector('ql-script-toggle')!.shadowRoot!.querySelector('button')!;
      await waitUntil(() => button.getAttribute('aria-pressed') === 'true' && !button.hasAttribute('aria-busy'), 'the toggle pressed', PATIENCE);
      expect(button.textContent!.trim()).to.equal('简体');
      expect(errors).to.deep.equal([]);
    } finally {
      localStorage.removeItem(SCRIPT_KEY);
    }
  });

  it('pages the list in place from a click on a page link, and an ordinary link still opens the page file', async () => {
    const opened = await open('portal.html', { js: true });
    await hydrated(opened);
    const list = opened.doc.querySelector('ql-news-list')!;
    const first = list.querySelector('.ql-news__item a')!.textContent;
    const next = list.shadowRoot!.querySelector<HTMLAnchorElement>('a[rel="next"]')!;
    expect(next.getAttribute('href')).to.equal('portal-2.html');
    next.click();
    await waitUntil(() => list.querySelector('.ql-news__item a')!.textContent !== first, 'page 2 in place', PATIENCE);
    expect(opened.win.location.pathname.endsWith('/portal.html')).to.equal(true);
    expect(list.shadowRoot!.querySelector('a[aria-current="page"]')!.textContent!.trim()).to.equal('2');
    expect(opened.errors).to.deep.equal([]);
  });
});
