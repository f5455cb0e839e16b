import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/news-list/define.js';
import type { QlNewsList } from '../src/components/news-list/news-list.js';
import type { FeedDocument } from '../src/contract/index.js';
import { PATIENCE, loaded } from './helpers.js';

// The demo's aggregate of its county feeds (`npm run demo:province` writes it): 80 rows in files of 15.
const province = new URL('../demo/data/province/', import.meta.url);
const FIRST = new URL('feed-1.json', province).href;
const SIZE = 15;

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const rows = (el: QlNewsList) => [...el.querySelectorAll<HTMLLIElement>('.ql-content li')];
const shown = (el: QlNewsList) =>
  rows(el).map((li) => [li.querySelector('.ql-news__source')?.textContent, li.querySelector('.ql-news__title')!.textContent]);
const currentPage = (el: QlNewsList) => el.shadowRoot!.querySelector('[aria-current="page"]')?.textContent?.trim();
const pagerButton = (el: QlNewsList, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="pager"] a')].find((b) => b.textContent!.trim() === label)!;

/** The aggregate's file `n`, read with a query so the list's own requests can be told apart. */
async function file(n: number): Promise<FeedDocument> {
  return (await fetch(new URL(`feed-${n}.json?expected`, province))).json();
}

/** What a reader should see for a file: each row's county, then its title. */
const expectedRows = (doc: FeedDocument) => doc.items.map((item) => [`${item.site!.name}：`, item.title]);

/** The aggregate files the page has requested, in order (the test's own reads carry a query). */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith(province.pathname) && !url.search)
    .map((url) => url.pathname.slice(province.pathname.length));

async function goTo(el: QlNewsList, label: string, n: number) {
  pagerButton(el, label).click();
  await waitUntil(() => currentPage(el) === String(n) && !el.querySelector('[aria-busy="true"]'), `page ${n}`, PATIENCE);
  await el.updateComplete;
}

describe('ql-news-list showing an aggregate (qiaolian-widgets aggregate)', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('starts each row with its county and pages through the files, one request per page', async () => {
    const el = await fixture<QlNewsList>(html`<ql-news-list src=${FIRST} page-size=${SIZE}></ql-news-list>`);
    await loaded(el);
    const [one, two, six] = await Promise.all([file(1), file(2), file(6)]);
    const last = one.page!.totalPages!;
    expect(last, 'the demo aggregate has six files').to.equal(6);

    // One feed, yet every row names its county: the rows carry their own site.
    expect(shown(el)).to.deep.equal(expectedRows(one));
    expect(new Set(one.items.map((item) => item.site!.name)).size, 'rows from several counties').to.be.greaterThan(1);
    expect(text(rows(el)[0].querySelector('a')!), 'the prefix is part of the link').to.match(/^\S+侨联：/);
    // The totals come from the first file, so the pager knows every page before the others load.
    expect(text(el.shadowRoot!.querySelector('.pager__summary')!)).to.equal(`共${one.page!.totalItems}条 共${last}页`);
    expect(requested()).to.deep.equal(['feed-1.json']);

    await goTo(el, '下一页', 2);
    expect(shown(el)).to.deep.equal(expectedRows(two));
    expect(requested()).to.deep.equal(['feed-1.json', 'feed-2.json']);

    // Jumping to the last page reads the files between, each once: a page's rows are a file's rows.
    await goTo(el, '尾页', last);
    expect(shown(el)).to.deep.equal(expectedRows(six));
    expect(requested()).to.deep.equal([1, 2, 3, 4, 5, 6].map((n) => `feed-${n}.json`));

    await goTo(el, '首页', 1);
    expect(shown(el)).to.deep.equal(expectedRows(one));
    expect(requested(), 'pages already read are not asked for again').to.have.length(6);
  });

  it('shows a row once when a county and an aggregate both list it: same id from the same site', async () => {
    const county: FeedDocument = {
      version: 1,
      site: { name: '松溪县侨联' },
      channel: { id: 'qldt', name: '侨联动态' },
      items: [{ id: 'sx-1', title: '松溪县侨联召开工作会议', url: 'https://songxi.example/a/1.html', publishedAt: '2024-01-18T09:00:00+08:00' }],
    };
    // The aggregate links the same article under its mobile address; 政和's sx-1 is another article.
    const aggregate: FeedDocument = {
      version: 1,
      site: { name: '南平市侨联' },
      channel: { id: 'xjql', name: '县级侨联' },
      items: [
        { id: 'sx-1', title: '松溪县侨联召开工作会议', url: 'https://m.songxi.example/a/1.html', publishedAt: '2024-01-18T09:00:00+08:00', site: { name: '松溪县侨联' } },
        { id: 'sx-1', title: '政和县侨联走访侨户', url: 'https://zhenghe.example/a/1.html', publishedAt: '2024-01-17T09:00:00+08:00', site: { name: '政和县侨联' } },
      ],
    };
    const served = (doc: FeedDocument) => `/__test__/text?body=${encodeURIComponent(JSON.stringify(doc))}`;
    const el = await fixture<QlNewsList>(html`<ql-news-list src="${served(county)} ${served(aggregate)}"></ql-news-list>`);
    await loaded(el);
    expect(shown(el)).to.deep.equal([
      ['松溪县侨联：', '松溪县侨联召开工作会议'],
      ['政和县侨联：', '政和县侨联走访侨户'],
    ]);
    expect(rows(el)[0].querySelector('a')!.href, 'the county feed, listed first, gives the row').to.equal('https://songxi.example/a/1.html');
  });
});

describe('ql-news-list jump list on a province-sized feed', () => {
  it('offers a few dozen pages to jump to, the first, last and nearby among them, and jumps', async () => {
    // 3,000 rows one to a page: as many pages as a province's aggregate has.
    const el = await fixture<QlNewsList>(html`<ql-news-list src="/__test__/big-feed/3000" page-size="1"></ql-news-list>`);
    await loaded(el);
    const select = () => el.shadowRoot!.querySelector<HTMLSelectElement>('[part="pager"] select')!;
    const offered = () => [...select().options].map((option) => Number(option.value));
    expect(offered().length).to.be.within(30, 60);
    expect(offered()).to.include.members([1, 2, 3, 2998, 2999, 3000]);
    select().value = String(offered().find((n) => n > 1000)!);
    const target = Number(select().value);
    select().dispatchEvent(new Event('change'));
    await waitUntil(() => currentPage(el) === String(target), `page ${target}`, PATIENCE);
    await el.updateComplete;
    expect(offered()).to.include.members([target - 5, target, target + 5]);
    expect(select().value).to.equal(String(target));
  });
});
