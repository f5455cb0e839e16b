// The elements on data shaped like what county CMSes really export: blank fields, placeholder links
// (`javascript:void(0)`, `#`), GBK and Big5 bytes, APIs that page for ever, addresses with typos,
// attributes out of range and bidi controls pasted into an address. Each test asserts what a reader or
// a webmaster sees: rows, notices, console warnings, `ql-load` details, requests the server counted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/article/define.js';
import '../src/components/news-list/define.js';
import '../src/components/share-bar/define.js';
import '../src/components/site-footer/define.js';
import '../src/components/site-header/define.js';
import type { QlArticle } from '../src/components/article/article.js';
import type { QlNewsList } from '../src/components/news-list/news-list.js';
import type { QlSiteFooter } from '../src/components/site-footer/site-footer.js';
import type { QlSiteHeader } from '../src/components/site-header/site-header.js';
import type { QlLoadDetail } from '../src/internal/data-element.js';
import { formatChinaDate } from '../src/internal/china-time.js';
import { localeOf } from '../src/internal/localize.js';
import { PATIENCE, axeViolations, loaded, setLang } from './helpers.js';

const here = (path: string) => new URL(path, location.href).href;
/** A document served as JSON by the test server, exactly as written. */
const served = (json: unknown) => here(`/__test__/text?body=${encodeURIComponent(JSON.stringify(json))}`);
/** A document served in a legacy encoding, with `; charset=…` only when given. */
const encoded = (encoding: string, json: unknown, charset?: string) =>
  here(`/__test__/encoded/${encoding}?body=${encodeURIComponent(JSON.stringify(json))}${charset ? `&charset=${charset}` : ''}`);
const stats = async (key: string) => (await (await fetch(`/__test__/stats?key=${key}`)).json()) as { requests: number };
const unique = () => Math.random().toString(36).slice(2);

const text = (el: Element | ShadowRoot | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const titles = (el: QlNewsList) => [...el.querySelectorAll('.ql-content .ql-news__title')].map((t) => t.textContent);
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const warnings = (spy: sinon.SinonStub) => spy.getCalls().map((call) => String(call.args[0]));

/** Waits for the element's `ql-load` while it loads, and returns its detail. */
async function loadDetail<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<{ el: T; detail: QlLoadDetail }> {
  let detail: QlLoadDetail | undefined;
  const listen = (event: Event) => (detail = (event as CustomEvent<QlLoadDetail>).detail);
  document.addEventListener('ql-load', listen);
  try {
    const el = await fixture<T>(template);
    await loaded(el);
    await waitUntil(() => detail, 'ql-load', PATIENCE);
    return { el, detail: detail! };
  } finally {
    document.removeEventListener('ql-load', listen);
  }
}

const hour = 3_600_000;
const start = Date.UTC(2024, 0, 4, 2);
const row = (i: number, site = 'songxi') => ({
  id: String(i),
  title: `松溪县侨联召开第${i}次侨界座谈会`,
  url: `/${site}/news/${i}.html`,
  publishedAt: new Date(start - i * hour).toISOString(),
  source: '',
  summary: '',
});
const feed = (items: unknown[], name = '松溪县侨联') => ({ version: 1, site: { name, url: '' }, channel: { id: 'qjyw', name: '侨界要闻', url: '' }, items });

/** Whether the characters of `wanted` are laid out left to right where `root` shows them (shadow roots included). */
function readsLeftToRight(root: Node, wanted: string): boolean {
  const nodes: Text[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text && node.data.includes(wanted)) nodes.push(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root);
  expect(nodes, `"${wanted}" is shown`).to.have.length.greaterThan(0);
  const node = nodes[0];
  const from = node.data.indexOf(wanted);
  const lefts = [...wanted].map((_, i) => {
    const range = document.createRange();
    range.setStart(node, from + i);
    range.setEnd(node, from + i + 1);
    return range.getBoundingClientRect().left;
  });
  return lefts.every((left, i) => i === 0 || left > lefts[i - 1]);
}

describe('real county sites', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  describe('nothing is silent', () => {
    it('a 500-row feed with one placeholder link and one blank title shows the other 498 and lists both, once', async () => {
      const items = Array.from({ length: 500 }, (_, i) => row(i));
      items[250].url = 'javascript:void(0)';
      items[300].title = '';
      const { el, detail } = await loadDetail<QlNewsList>(html`<ql-news-list page-size="100" .data=${feed(items)}></ql-news-list>`);
      expect(el.status).to.equal('ready');
      expect(part(el, 'error')).to.equal(null);
      expect(text(part(el, 'pager'))).to.include('共498条');
      expect(detail.problems).to.deep.equal([
        { path: 'items[250].url', code: 'notUrl', severity: 'warning' },
        { path: 'items[300].title', code: 'empty', severity: 'warning' },
      ]);
      const listed = warnings(warn).filter((w) => w.includes('left out'));
      expect(listed).to.deep.equal(['<ql-news-list>: 2 parts left out or guessed: items[250].url (notUrl), items[300].title (empty)']);
    });

    it('an article exported with blank fields and a # attachment is shown, and ql-load names what was left out', async () => {
      const article = {
        version: 1,
        title: '松溪县侨联召开侨界座谈会',
        publishedAt: '2024-01-04 10:40:01',
        author: '',
        source: ' ',
        editor: '',
        body: [{ type: 'paragraph', text: '座谈会在县侨联会议室召开。' }],
        attachments: [
          { name: '会议通知.doc', url: '#' },
          { name: '报名表.xls', url: '/files/form.xls' },
        ],
      };
      const { el, detail } = await loadDetail<QlArticle>(html`<ql-article .data=${article}></ql-article>`);
      expect(el.status).to.equal('ready');
      expect(text(el)).to.include('座谈会在县侨联会议室召开。');
      expect(text(el)).to.include('报名表.xls');
      expect(text(el)).not.to.include('会议通知.doc');
      expect(text(el.shadowRoot)).not.to.include('作者');
      expect(detail.problems).to.deep.include({ path: 'attachments[0].url', code: 'notUrl', severity: 'warning' });
      expect(detail.problems).to.deep.include({ path: 'publishedAt', code: 'noOffset', severity: 'warning' });
      expect(warnings(warn).filter((w) => w.startsWith('<ql-article>') && w.includes('left out'))).to.have.length(1);
    });

    it('a clean document fires ql-load with no problems and warns nothing', async () => {
      const site = { version: 1, name: '松溪县侨联', organization: '松溪县归国华侨联合会' };
      const { detail } = await loadDetail<QlSiteFooter>(html`<ql-site-footer .data=${site}></ql-site-footer>`);
      expect(detail.problems).to.deep.equal([]);
      expect(warnings(warn)).to.deep.equal([]);
    });

    it('a merged list warns once per feed file, naming it, and ql-load carries every feed’s problems with their file', async () => {
      const messy = [row(1, 'jianyang'), { ...row(2, 'jianyang'), url: 'javascript:void(0)' }];
      const A = served(feed([row(0)]));
      const B = served(feed(messy, '建阳区侨联'));
      const { el, detail } = await loadDetail<QlNewsList>(html`<ql-news-list src="${A} ${B}"></ql-news-list>`);
      expect(titles(el)).to.have.length(2);
      expect(detail.problems).to.deep.equal([{ path: 'items[1].url', code: 'notUrl', severity: 'warning', url: B }]);
      expect(warnings(warn).filter((w) => w.includes('left out'))).to.deep.equal([
        `<ql-news-list>: 1 part left out or guessed in ${B}: items[1].url (notUrl)`,
      ]);
    });
  });

  describe('encodings', () => {
    const gbkFeed = feed([{ ...row(0), title: '松溪县侨联召开归侨侨眷座谈会' }]);

    for (const charset of ['gbk', 'GB2312', 'gb18030']) {
      it(`GBK bytes served with charset=${charset} read as the county wrote them, with no warning`, async () => {
        const { el, detail } = await loadDetail<QlNewsList>(html`<ql-news-list src=${encoded('gbk', gbkFeed, charset)}></ql-news-list>`);
        expect(titles(el)).to.deep.equal(['松溪县侨联召开归侨侨眷座谈会']);
        expect(detail.problems).to.deep.equal([]);
      });
    }

    it('GBK bytes with no charset are read as GB18030, with an encoding warning in ql-load and the console', async () => {
      const src = encoded('gbk', gbkFeed);
      const { el, detail } = await loadDetail<QlNewsList>(html`<ql-news-list src=${src}></ql-news-list>`);
      expect(titles(el)).to.deep.equal(['松溪县侨联召开归侨侨眷座谈会']);
      // A list names the file of each problem: it may merge several.
      expect(detail.problems).to.deep.equal([{ path: '', code: 'encoding', severity: 'warning', url: src }]);
      expect(warnings(warn).some((w) => w.startsWith('<ql-news-list>: 1 part left out or guessed') && w.includes('(document) (encoding)'))).to.equal(true);
    });

    it('a Big5 site document served with charset=big5 shows its traditional text', async () => {
      const site = { version: 1, name: '松溪縣僑聯', organization: '松溪縣歸國華僑聯合會', contact: { address: '福建省松溪縣松源街道' } };
      const { el } = await loadDetail<QlSiteFooter>(html`<ql-site-footer src=${encoded('big5', site, 'big5')}></ql-site-footer>`);
      expect(text(el)).to.include('松溪縣歸國華僑聯合會');
      expect(text(el)).to.include('福建省松溪縣松源街道');
    });

    it('a UTF-8 file with a byte-order mark is accepted', async () => {
      const { el, detail } = await loadDetail<QlNewsList>(html`<ql-news-list src=${encoded('utf-8-bom', gbkFeed)}></ql-news-list>`);
      expect(titles(el)).to.deep.equal(['松溪县侨联召开归侨侨眷座谈会']);
      expect(detail.problems).to.deep.equal([]);
    });
  });

  describe('the news list against real CMS paging', () => {
    it('an API whose empty pages always link a fresh page.next costs a handful of requests and shows its rows', async () => {
      const key = `endless-${unique()}`;
      const el = await fixture<QlNewsList>(html`<ql-news-list src=${here(`/__test__/endless/1?key=${key}`)}></ql-news-list>`);
      await loaded(el);
      expect(el.status).to.equal('ready');
      expect(titles(el)).to.have.length(3);
      expect(part(el, 'error')).to.equal(null);
      expect(text(part(el, 'pager'))).not.to.include('NaN');
      expect((await stats(key)).requests).to.be.within(1, 4);
    });

    it('an API that ignores the page number (the same rows under every page.next) stops at the first repeat', async () => {
      const key = `repeat-${unique()}`;
      const el = await fixture<QlNewsList>(html`<ql-news-list src=${here(`/__test__/endless/1?key=${key}&mode=repeat`)}></ql-news-list>`);
      await loaded(el);
      expect(titles(el)).to.have.length(3);
      expect((await stats(key)).requests).to.be.within(1, 4);
      expect(text(el.shadowRoot)).not.to.include('NaN');
    });

    it('an unparsable address in src is named in the notice like a county that did not answer; the good feed shows', async () => {
      const good = served(feed([row(0), row(1)]));
      const el = await fixture<QlNewsList>(html`<ql-news-list src="${good} http://host:8O80/feed.json"></ql-news-list>`);
      await loaded(el);
      expect(el.status).to.equal('ready');
      expect(titles(el)).to.have.length(2);
      expect(text(part(el, 'notice'))).to.include('http://host:8O80/feed.json');
      expect(part(el, 'error')).to.equal(null);
    });

    it('an unparsable address in the inline feed list is named by its county', async () => {
      const good = served(feed([row(0)]));
      const sources = JSON.stringify([{ src: good }, { src: 'http://host:8O80/feed.json', name: '建阳区侨联' }]);
      const el = document.createElement('ql-news-list') as QlNewsList;
      const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: sources });
      el.append(script);
      await fixture<HTMLDivElement>(html`<div></div>`).then((div) => div.append(el));
      await loaded(el);
      expect(titles(el)).to.have.length(1);
      expect(text(part(el, 'notice'))).to.include('建阳区侨联');
    });

    for (const value of ['abc', '0', '0.5', '-3']) {
      it(`page-size="${value}" falls back to 20 rows a page, with a console warning`, async () => {
        const el = await fixture<QlNewsList>(html`<ql-news-list page-size=${value} src=${here('/__test__/big-feed/45')}></ql-news-list>`);
        await loaded(el);
        expect(el.querySelectorAll('.ql-content li')).to.have.length(20);
        const pager = text(part(el, 'pager'));
        expect(pager).to.include('共3页');
        expect(pager).not.to.include('NaN');
        expect(warnings(warn)).to.include(`<ql-news-list>: page-size="${value}" is out of range; using 20`);
      });
    }

    for (const value of ['3000000000', '0', '-1', 'abc']) {
      it(`timeout="${value}" waits the default instead, on the list and on the footer, with a warning`, async () => {
        const slowFeed = here('/__test__/delay/200?file=test/fixtures/feeds/a.json');
        const slowSite = here('/__test__/delay/200?file=demo/data/site.json');
        const list = await fixture<QlNewsList>(html`<ql-news-list timeout=${value} src=${slowFeed}></ql-news-list>`);
        const footer = await fixture<QlSiteFooter>(html`<ql-site-footer timeout=${value} src=${slowSite}></ql-site-footer>`);
        await loaded(list);
        await loaded(footer);
        expect(list.status).to.equal('ready');
        expect(footer.status).to.equal('ready');
        expect(warnings(warn)).to.include(`<ql-news-list>: timeout="${value}" is out of range; using 10000`);
        expect(warnings(warn)).to.include(`<ql-site-footer>: timeout="${value}" is out of range; using 10000`);
      });
    }
  });

  describe('hostile input', () => {
    it('an unclosed U+202E in the address does not reverse the rest of the footer line', async () => {
      const site = {
        version: 1,
        name: '松溪县侨联',
        organization: '松溪县归国华侨联合会',
        contact: { address: '福建省松溪县\u202E松源街道', postcode: '353500', phone: '0599-2322000' },
      };
      const el = await fixture<QlSiteFooter>(html`<ql-site-footer .data=${site}></ql-site-footer>`);
      await loaded(el);
      expect(readsLeftToRight(el, '353500'), 'the postcode').to.equal(true);
      expect(readsLeftToRight(el, '0599-2322000'), 'the phone number').to.equal(true);
    });

    it('a site name ending in U+202E does not reverse the titles of a merged list', async () => {
      const A = served(feed([row(0)], '松溪县侨联\u202E'));
      const B = served(feed([row(1, 'jianyang')], '建阳区侨联'));
      const el = await fixture<QlNewsList>(html`<ql-news-list src="${A} ${B}"></ql-news-list>`);
      await loaded(el);
      expect(readsLeftToRight(el, '召开第0次侨界座谈会')).to.equal(true);
    });

    it('a channel name ending in U+202E does not reverse the next crumb of the header', async () => {
      // A channel without its own page is a crumb of plain text, in one line with the next.
      const site = {
        version: 1,
        name: '松溪县侨联',
        organization: '松溪县归国华侨联合会',
        channels: [{ id: 'qjyw', name: '侨界要闻\u202E', url: '' }],
      };
      const el = await fixture<QlSiteHeader>(html`<ql-site-header channel="qjyw" page-title="归侨侨眷座谈会" .data=${site}></ql-site-header>`);
      await loaded(el);
      expect(readsLeftToRight(el, '归侨侨眷座谈会')).to.equal(true);
    });

    it('sites naming Object.prototype members are unknown sites, warned, with no button', async () => {
      const el = await fixture(html`<ql-share-bar url="https://www.songxi.gov.cn/a.html" sites="constructor valueOf __proto__ toString hasOwnProperty weibo"></ql-share-bar>`);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      expect(buttons.map((b) => text(b))).to.deep.equal(['分享到微博']);
      for (const name of ['constructor', 'valueOf', '__proto__', 'toString', 'hasOwnProperty']) {
        expect(warnings(warn)).to.include(`ql-share-bar: unknown site "${name}" left out`);
      }
    });
  });

  describe('the footer’s filing numbers', () => {
    it('a malformed ICP number is shown as plain text and warned once, by the contract’s list', async () => {
      const site = { version: 1, name: '松溪县侨联', organization: '松溪县归国华侨联合会', filing: { icp: '闽ICP备1100464号' } };
      const { el, detail } = await loadDetail<QlSiteFooter>(html`<ql-site-footer .data=${site}></ql-site-footer>`);
      const icp = el.querySelector('.ql-footer__icp')!;
      expect(text(icp)).to.include('闽ICP备1100464号');
      expect(icp.querySelector('a')).to.equal(null);
      expect(detail.problems).to.deep.equal([{ path: 'filing.icp', code: 'filingFormat', severity: 'warning' }]);
      const about = warnings(warn).filter((w) => w.includes('filing.icp'));
      expect(about).to.deep.equal(['<ql-site-footer>: 1 part left out or guessed: filing.icp (filingFormat)']);
    });
  });

  describe('images without alt text', () => {
    it('a body image with blank or missing alt is decorative and its caption is what is read', async () => {
      const article = {
        version: 1,
        title: '侨界座谈会',
        publishedAt: '2024-01-04T10:40:01+08:00',
        body: [
          { type: 'image', src: '/demo/images/photo-1.svg', alt: '', caption: '座谈会现场' },
          { type: 'image', src: '/demo/images/photo-1.svg', caption: '与会侨眷合影' },
        ],
      };
      const { el, detail } = await loadDetail<QlArticle>(html`<ql-article .data=${article}></ql-article>`);
      const images = [...el.querySelectorAll('img')];
      expect(images).to.have.length(2);
      for (const img of images) expect(img.getAttribute('alt')).to.equal('');
      expect([...el.querySelectorAll('figcaption')].map(text)).to.deep.equal(['座谈会现场', '与会侨眷合影']);
      expect(el.innerHTML).not.to.include('undefined');
      expect(detail.problems.map((p) => p.code)).to.deep.equal(['noAlt', 'noAlt']);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('a logo with blank alt still names the home link, by the site’s name', async () => {
      const site = { version: 1, name: '松溪县侨联', organization: '松溪县归国华侨联合会', logo: { src: '/demo/images/photo-2.svg', alt: '' } };
      const el = await fixture<QlSiteHeader>(html`<ql-site-header .data=${site}></ql-site-header>`);
      await loaded(el);
      expect(el.shadowRoot!.querySelector('.brand img')!.getAttribute('alt')).to.equal('松溪县侨联');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('dates and languages', () => {
    it('years are printed with four digits', async () => {
      expect(formatChinaDate('0999-06-01T12:00:00+08:00')).to.equal('0999-06-01');
      const el = await fixture<QlNewsList>(html`<ql-news-list .data=${feed([{ ...row(0), publishedAt: '0999-06-01T12:00:00+08:00' }])}></ql-news-list>`);
      await loaded(el);
      expect(text(el.querySelector('.ql-news__date'))).to.equal('0999-06-01');
    });

    it('lang values old templates write pick the right UI table', async () => {
      const expected = {
        zh_TW: 'zh-Hant', 'zh-tw': 'zh-Hant', 'zh-Hant-TW': 'zh-Hant', 'zh-Hant-SG': 'zh-Hant',
        zh_HK: 'zh-Hant-HK', 'zh-MO': 'zh-Hant-HK', zh_mo: 'zh-Hant-HK', 'zh-Hant-HK': 'zh-Hant-HK',
        zh_CN: 'zh-Hans', cn: 'zh-Hans', 'zh-cmn-Hans': 'zh-Hans', en: 'en', en_GB: 'en', 'en-US': 'en',
      };
      expect(Object.fromEntries(Object.keys(expected).map((lang) => [lang, localeOf(lang)]))).to.deep.equal(expected);
    });

    it('<html lang="zh_TW"> shows the traditional words', async () => {
      const before = document.documentElement.lang;
      try {
        await setLang('zh_TW');
        const el = await fixture<QlNewsList>(html`<ql-news-list .data=${feed([])}></ql-news-list>`);
        await loaded(el);
        // The traditional table is a lazy chunk: the simplified words show until it arrives.
        await waitUntil(() => text(part(el, 'empty')) === '暫無資訊', 'the traditional words', PATIENCE);
      } finally {
        await setLang(before);
      }
    });
  });
});

