import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/news-list/define.js';
import type { QlNewsList } from '../src/components/news-list/news-list.js';
import type { FeedDocument } from '../src/contract/index.js';
import { PATIENCE, axeViolations, loaded, setLang } from './helpers.js';

const fixtures = new URL('./fixtures/feeds/', import.meta.url);
const A = new URL('a.json', fixtures).href;
const B = new URL('b.json', fixtures).href;
const EMPTY = new URL('empty.json', fixtures).href;
const PHOTOS = new URL('photos.json', fixtures).href;
const MISSING = new URL('missing.json', fixtures).href;
const feeds = new URL('../demo/data/feeds/', import.meta.url);
const SONGXI = new URL('songxi-1.json', feeds).href;
const JIANYANG = new URL('jianyang.json', feeds).href;
/** The test server holds this request open for ever (see test/server/endpoints.mjs). */
const STALL = new URL('/__test__/stall?key=news-list-timeout', location.href).href;
const slow = (file: string, ms = 400) => new URL(`/__test__/delay/${ms}?file=${file}`, location.href).href;

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const rows = (el: QlNewsList) => [...el.querySelectorAll<HTMLLIElement>('.ql-content li')];
const titles = (el: QlNewsList) => rows(el).map((li) => li.querySelector('.ql-news__title')!.textContent);
const shadow = (el: QlNewsList, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const pagerButton = (el: QlNewsList, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="pager"] a')].find((b) => b.textContent!.trim() === label)!;
const currentPage = (el: QlNewsList) => shadow(el, '[aria-current="page"]')?.textContent?.trim();
const fetchedUrls = (spy: sinon.SinonSpy) => spy.getCalls().map((call) => String(call.args[0]));

async function list(template: ReturnType<typeof html>) {
  const el = await fixture<QlNewsList>(template);
  await loaded(el);
  return el;
}

/** Clicks a pager link and waits until the page has changed (or was refused). */
async function clickPage(el: QlNewsList, label: string) {
  // The list marks itself busy in the click itself, and stays so until the page's files are in.
  pagerButton(el, label).click();
  await el.updateComplete;
  await waitUntil(() => !el.querySelector('[aria-busy="true"]'), `the page after ${label}`, PATIENCE);
  await el.updateComplete;
}

/** Waits until the list shows page `page`. */
const onPage = (el: QlNewsList, page: string) => waitUntil(() => currentPage(el) === page, `page ${page}`, PATIENCE);

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const feed = (items: FeedDocument['items'], name = '松溪县侨联'): FeedDocument => ({
  version: 1,
  site: { name },
  channel: { id: 'qldt', name: '侨联动态' },
  items,
});

describe('ql-news-list', () => {
  afterEach(() => sinon.restore());

  describe('rows', () => {
    it('shows each item as a list row with a real link and its date in China time, newest first', async () => {
      const el = await list(html`<ql-news-list src=${A}></ql-news-list>`);
      const items = rows(el);
      expect(items).to.have.length(4);
      expect(el.querySelector('.ql-content > ul > li'), 'a <ul> of <li> in light DOM').to.exist;
      const link = items[0].querySelector('a')!;
      expect(link.href).to.equal(new URL('a-1.html', fixtures).href);
      expect(link.textContent!.trim()).to.equal('延平区侨联召开侨界迎新座谈会');
      // 00:30 on 4 January in China is still 3 January in the browser's own zone (Los Angeles).
      const dates = items.map((li) => li.querySelector('time')!.textContent);
      expect(dates).to.deep.equal(['2024-01-10', '2024-01-08', '2024-01-04', '2023-12-20']);
      expect(items[0].querySelector('time')!.getAttribute('datetime')).to.equal('2024-01-10T10:00:00+08:00');
      expect(text(el), 'one feed: no source prefix').to.not.contain('延平区侨联：');
    });

    it('merges several feeds: pinned first, newest first, each URL once, every row prefixed with its site', async () => {
      const el = await list(html`<ql-news-list src=${`${A}\n   ${B}`}></ql-news-list>`);
      expect(titles(el)).to.deep.equal([
        '关于报送2024年侨情信息的通知',
        '建阳区侨联组织归侨侨眷参观建盏文化园',
        '延平区侨联召开侨界迎新座谈会',
        '全市侨联工作会议召开',
        '延平区侨联开展侨法宣传进社区活动',
        '延平区侨联走访慰问老归侨',
        '建阳区侨联召开“侨胞之家”建设推进会',
      ]);
      const first = rows(el)[0].querySelector('a')!;
      expect(text(first)).to.equal('建阳区侨联：【置顶】关于报送2024年侨情信息的通知');
      expect(rows(el)[0].classList.contains('ql-news__item--pinned')).to.be.true;
      expect(rows(el).map((li) => li.querySelector('.ql-news__source')!.textContent)).to.deep.equal([
        '建阳区侨联：', '建阳区侨联：', '延平区侨联：', '延平区侨联：', '延平区侨联：', '延平区侨联：', '建阳区侨联：',
      ]);
      expect(el.querySelectorAll('a[href$="/shared/joint.html"]'), 'the shared article once').to.have.length(1);
    });

    it('prefixes the site name for one feed with show-source', async () => {
      const el = await list(html`<ql-news-list show-source src=${A}></ql-news-list>`);
      expect(text(rows(el)[0].querySelector('a')!)).to.equal('延平区侨联：延平区侨联召开侨界迎新座谈会');
    });

    it('marks items newer than new-days (3 by default) with 新', async () => {
      const data = feed([
        { title: '昨天的消息', url: 'https://example.org/1.html', publishedAt: hoursAgo(20) },
        { title: '五天前的消息', url: 'https://example.org/2.html', publishedAt: hoursAgo(5 * 24) },
      ]);
      const marks = (el: QlNewsList) => rows(el).map((li) => li.querySelector('.ql-news__new')?.textContent ?? '');
      expect(marks(await list(html`<ql-news-list .data=${data}></ql-news-list>`))).to.deep.equal(['新', '']);
      expect(marks(await list(html`<ql-news-list new-days="7" .data=${data}></ql-news-list>`))).to.deep.equal(['新', '新']);
      expect(marks(await list(html`<ql-news-list new-days="0" .data=${data}></ql-news-list>`))).to.deep.equal(['', '']);
    });

    it('truncates a long title with an ellipsis and keeps it whole for hover and screen readers', async () => {
      const long = '松溪县侨联联合县司法局、县检察院在松源街道、郑墩镇、渭田镇等地开展侨法宣传进社区进乡村进校园系列活动，现场解答归侨侨眷关于出入境、房产和继承的法律咨询并发放宣传资料';
      const data = feed([{ title: long, url: new URL('/long.html', location.href).href, publishedAt: '2024-01-04T10:40:01+08:00' }]);
      const news = await list(html`<ql-news-list .data=${data}></ql-news-list>`);
      news.style.width = '20rem';
      const link = news.querySelector<HTMLAnchorElement>('.ql-news__link')!;
      expect(getComputedStyle(link).textOverflow).to.equal('ellipsis');
      expect(link.scrollWidth, 'the title overflows and is cut').to.be.greaterThan(link.clientWidth);
      expect(link.title).to.equal(long);
      expect(link.textContent!.trim(), 'the whole title is in the text').to.equal(long);
      expect(news.querySelector('time')!.getBoundingClientRect().width, 'the date stays visible').to.be.greaterThan(0);
    });

    it('opens rows that leave the site in a new tab, with a note for screen readers', async () => {
      const el = await list(html`<ql-news-list .data=${feed([{ title: '外站消息', url: 'https://example.org/x.html', publishedAt: '2024-01-04T10:40:01+08:00' }])}></ql-news-list>`);
      const link = el.querySelector('a')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noreferrer');
      expect(link.textContent).to.contain('（在新窗口打开）');
    });

    it('shows the photo variant with thumbnails carrying their alt text', async () => {
      const el = await list(html`<ql-news-list variant="photo" src=${PHOTOS}></ql-news-list>`);
      const images = [...el.querySelectorAll('img')];
      expect(images.map((img) => img.alt)).to.deep.equal(['受助学生在仪式现场领取助学金', '成箱的抗洪物资在仓库前排列']);
      expect(images[0].getAttribute('loading')).to.equal('lazy');
      expect(images[0].closest('a')!.href).to.equal(new URL('p-2.html', fixtures).href);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('failures', () => {
    it('shows the feeds that loaded beside one that 404s and one that times out, naming the two', async () => {
      sinon.stub(console, 'warn');
      const errors: Record<string, string> = {};
      const started = performance.now();
      const el = await fixture<QlNewsList>(html`<ql-news-list timeout="300" src=${`${A} ${MISSING} ${STALL} ${B}`}
        @ql-error=${(e: CustomEvent) => (errors[e.detail.url] = e.detail.message)}></ql-news-list>`);
      await loaded(el);
      // A lower bound: the list waited for the stalled feed's timeout before showing the others.
      expect(performance.now() - started, 'waited for the stalled feed').to.be.at.least(290);
      await waitUntil(() => Object.keys(errors).length === 2, 'a ql-error for each failed feed', PATIENCE);
      expect(el.status).to.equal('ready');
      expect(titles(el)).to.have.length(7);
      const notice = shadow(el, '[part="notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(text(notice)).to.contain('以下站点的信息暂时无法加载：').and.contain('/test/fixtures/feeds/missing.json').and.contain('/__test__/stall');
      expect(notice.querySelector('button[part="retry"]')).to.exist;
      expect(Object.keys(errors)).to.have.members([MISSING, STALL]);
      expect(errors[MISSING]).to.contain('404');
      expect(errors[STALL]).to.contain('请求超时');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('names a failed feed by the name an inline JSON list gives it', async () => {
      sinon.stub(console, 'warn');
      const el = await list(html`<ql-news-list>
        <script type="application/json">
          [{ "src": "${A}", "name": "延平区侨联" }, { "src": "${MISSING}", "name": "顺昌县侨联" }]
        </script>
      </ql-news-list>`);
      expect(titles(el)).to.have.length(4);
      expect(text(rows(el)[0]), 'several feeds: prefixed').to.contain('延平区侨联：');
      expect(text(shadow(el, '[part="notice"]')!)).to.contain('顺昌县侨联').and.not.contain('missing.json');
    });

    it('retries only the failed feed and adds its rows when it recovers', async () => {
      sinon.stub(console, 'warn');
      const realFetch = window.fetch.bind(window);
      let down = true;
      sinon.stub(window, 'fetch').callsFake((input, init) =>
        String(input).includes('flaky') && down ? Promise.resolve(new Response('unavailable', { status: 503 })) : realFetch(String(input).replace('flaky', 'b'), init),
      );
      const el = await list(html`<ql-news-list src=${`${A} ${new URL('flaky.json', fixtures).href}`}></ql-news-list>`);
      expect(titles(el)).to.have.length(4);
      down = false;
      // The notice goes as the retry starts; ql-load says the retried feed is in.
      const retried = oneEvent(el, 'ql-load');
      shadow(el, '[part="notice"] button')!.click();
      await retried;
      await el.updateComplete;
      expect(shadow(el, '[part="notice"]'), 'the notice is gone').to.not.exist;
      expect(titles(el)).to.have.length(7);
    });

    it('shows the error state only when every feed fails, keeps the server list, and recovers on retry', async () => {
      sinon.stub(console, 'warn');
      const realFetch = window.fetch.bind(window);
      let down = true;
      sinon.stub(window, 'fetch').callsFake((input, init) =>
        down ? Promise.resolve(new Response('unavailable', { status: 503 })) : realFetch(input, init),
      );
      const el = await list(html`<ql-news-list src=${`${A} ${B}`}>
        <ul id="server"><li><a href="/old.html">服务器输出的旧列表</a></li></ul>
      </ql-news-list>`);
      expect(el.status).to.equal('error');
      const alert = shadow(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('/test/fixtures/feeds/a.json').and.contain('/test/fixtures/feeds/b.json');
      expect(el.querySelector('#server')!.assignedSlot, 'the server list stays').to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
      down = false;
      alert.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
      await loaded(el);
      expect(el.status).to.equal('ready');
      expect(titles(el)).to.have.length(7);
      expect(el.querySelector('#server')!.assignedSlot).to.be.null;
    });

    it('names what went wrong for a single feed', async () => {
      sinon.stub(console, 'warn');
      const el = await list(html`<ql-news-list src=${MISSING}></ql-news-list>`);
      expect(text(shadow(el, '[role="alert"]')!)).to.contain('数据加载失败').and.contain('404');
    });

    it('leaves out only the rows a CMS wrote without a usable link or date, and says which in ql-load', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<QlNewsList>(html`<ql-news-list></ql-news-list>`);
      const fired = oneEvent(el, 'ql-load');
      el.data = feed([
        { title: '第一条', url: 'a-1.html', publishedAt: '2024-01-10T10:00:00+08:00' },
        { title: '脚本链接', url: 'javascript:alert(1)', publishedAt: '2024-01-09T10:00:00+08:00' },
        { title: '空链接', url: '#', publishedAt: '2024-01-08T10:00:00+08:00' },
        { title: '二月三十日', url: 'a-2.html', publishedAt: '2024-02-30T10:00:00+08:00' },
        { title: '第二条', url: 'a-3.html', publishedAt: '2024-01-04T10:40:01+08:00' },
      ]);
      const { detail } = await fired;
      await loaded(el);
      expect(el.status).to.equal('ready');
      expect(titles(el)).to.deep.equal(['第一条', '第二条']);
      expect(shadow(el, '[role="alert"]')).to.not.exist;
      expect(el.querySelector('a[href^="javascript"]')).to.not.exist;
      expect(detail.problems.map(({ path, severity }: { path: string; severity: string }) => [path, severity])).to.deep.equal([
        ['items[1].url', 'warning'],
        ['items[2].url', 'warning'],
        ['items[3].publishedAt', 'warning'],
      ]);
    });

    it('reports a feed whose channel has no name as an error with the path of the field', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<QlNewsList>(html`<ql-news-list></ql-news-list>`);
      const fired = oneEvent(el, 'ql-error');
      el.data = { ...feed([{ title: '一条', url: 'a-1.html', publishedAt: '2024-01-04T10:40:01+08:00' }]), channel: { id: 'qldt', name: '' } };
      expect((await fired).detail.path).to.equal('channel.name');
      await el.updateComplete;
      expect(el.status).to.equal('error');
      expect(text(shadow(el, '[role="alert"]')!)).to.contain('channel.name');
      expect(rows(el)).to.have.length(0);
    });
  });

  describe('states', () => {
    it('shows a skeleton as tall as the rows while loading, then the rows', async () => {
      const el = await fixture<QlNewsList>(html`<ql-news-list page-size="10" src=${slow('demo/data/feeds/songxi-1.json')}></ql-news-list>`);
      await el.updateComplete;
      const skeleton = shadow(el, '[part="loading"]')!;
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(text(skeleton)).to.equal('正在加载…');
      expect(skeleton.querySelectorAll('.skeleton__row')).to.have.length(10);
      expect(await axeViolations(el)).to.deep.equal([]);
      const reserved = skeleton.getBoundingClientRect().height;
      await loaded(el);
      const list = el.querySelector('.ql-news')!.getBoundingClientRect().height;
      expect(Math.abs(list - reserved), `list ${list}px, skeleton ${reserved}px`).to.be.lessThan(1.5);
    });

    it('keeps a server-rendered list, without a skeleton, until the data arrives', async () => {
      const el = await fixture<QlNewsList>(html`<ql-news-list src=${slow('test/fixtures/feeds/a.json', 300)}>
        <ul id="server"><li><a href="/old.html">服务器输出的旧列表</a></li></ul>
      </ql-news-list>`);
      await el.updateComplete;
      const server = el.querySelector('#server')!;
      expect(server.assignedSlot, 'shown while loading').to.exist;
      expect(shadow(el, '[part="loading"]')).to.not.exist;
      await loaded(el);
      expect(server.assignedSlot, 'replaced once ready').to.be.null;
      expect(titles(el)).to.have.length(4);
    });

    it('shows 暂无信息 for a feed with no items', async () => {
      const el = await list(html`<ql-news-list src=${EMPTY}></ql-news-list>`);
      expect(el.status).to.equal('empty');
      expect(text(shadow(el, '[part="empty"]')!)).to.equal('暂无信息');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('paging', () => {
    it('pages through a feed, fetching each further file only when the reader reaches it', async () => {
      const spy = sinon.spy(window, 'fetch');
      const el = await list(html`<ql-news-list page-size="10" src=${SONGXI}></ql-news-list>`);
      const files = () => fetchedUrls(spy).filter((url) => url.includes('/songxi-')).map((url) => url.split('/').pop());
      expect(files()).to.deep.equal(['songxi-1.json']);
      expect(rows(el)).to.have.length(10);
      expect(text(shadow(el, '[part="pager"]')!)).to.contain('共49条 共5页');
      expect(currentPage(el)).to.equal('1');
      expect(rows(el)[0].querySelector('.ql-news__pinned'), 'the pinned notice on top').to.exist;

      await clickPage(el, '下一页');
      expect(currentPage(el)).to.equal('2');
      expect(files(), 'page 2 is still in the first file').to.deep.equal(['songxi-1.json']);

      await clickPage(el, '3');
      expect(currentPage(el)).to.equal('3');
      expect(files()).to.deep.equal(['songxi-1.json', 'songxi-2.json']);
      expect(titles(el)[0]).to.equal('县侨联组织侨界志愿者参与文明城市创建');

      await clickPage(el, '尾页');
      expect(currentPage(el)).to.equal('5');
      expect(rows(el)).to.have.length(9);
      expect(files()).to.deep.equal(['songxi-1.json', 'songxi-2.json', 'songxi-3.json']);
      expect(rows(el).at(-1)!.querySelector('time')!.textContent).to.equal('2022-11-14');

      await clickPage(el, '首页');
      expect(currentPage(el)).to.equal('1');
      expect(files(), 'nothing fetched twice').to.have.length(3);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('pages a merged list in the same order as merging every file at once', async () => {
      const all = await Promise.all(
        ['songxi-1.json', 'songxi-2.json', 'songxi-3.json', 'jianyang.json'].map((file) => fetch(new URL(file, feeds)).then((r) => r.json())),
      );
      const expected = all
        .flatMap((f: FeedDocument) => f.items)
        .sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned) || Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
        .map((item) => item.title)
        .filter((title, i, list) => list.indexOf(title) === i);
      const el = await list(html`<ql-news-list page-size="7" src=${`${SONGXI} ${JIANYANG}`}></ql-news-list>`);
      const seen = [...titles(el)];
      for (let page = 2; page <= 8; page++) {
        await clickPage(el, '下一页');
        expect(currentPage(el)).to.equal(String(page));
        seen.push(...titles(el));
      }
      expect(seen).to.deep.equal(expected);
      expect(pagerButton(el, '下一页').getAttribute('aria-disabled')).to.equal('true');
    });

    it('is operable from the keyboard, and marks the current page', async () => {
      const el = await list(html`<ql-news-list page-size="10" src=${SONGXI}></ql-news-list>`);
      const next = pagerButton(el, '下一页');
      next.focus();
      await sendKeys({ press: 'Enter' });
      await onPage(el, '2');
      expect(shadow(el, '[aria-current="page"]')!.getAttribute('aria-label')).to.equal('第2页');
      await sendKeys({ press: 'Enter' });
      await onPage(el, '3');
      expect(el.shadowRoot!.activeElement, 'focus stays on 下一页').to.equal(next);
    });

    it('fires a cancelable ql-page-change before the page changes', async () => {
      const spy = sinon.spy(window, 'fetch');
      const el = await list(html`<ql-news-list src=${SONGXI}></ql-news-list>`);
      const seen: number[] = [];
      const refuse = (event: CustomEvent) => {
        seen.push(event.detail.page);
        event.preventDefault();
      };
      el.addEventListener('ql-page-change', refuse as EventListener);
      await clickPage(el, '下一页');
      expect(seen).to.deep.equal([2]);
      expect(currentPage(el)).to.equal('1');
      expect(fetchedUrls(spy).filter((url) => url.includes('songxi-2')), 'nothing fetched for a refused page').to.be.empty;
      el.removeEventListener('ql-page-change', refuse as EventListener);
      const fired = oneEvent(el, 'ql-page-change');
      await clickPage(el, '下一页');
      const event = await fired;
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      expect(currentPage(el)).to.equal('2');
    });

    describe('sync-url', () => {
      let original: string;
      beforeEach(() => (original = location.href));
      afterEach(() => history.replaceState(null, '', original));

      it('keeps ?page=N in the address, and follows the back button', async () => {
        const el = await list(html`<ql-news-list sync-url src=${SONGXI}></ql-news-list>`);
        await clickPage(el, '下一页');
        expect(new URL(location.href).searchParams.get('page')).to.equal('2');
        await clickPage(el, '3');
        expect(new URL(location.href).searchParams.get('page')).to.equal('3');
        expect(rows(el)).to.have.length(9);
        history.back();
        await onPage(el, '2');
        expect(new URL(location.href).searchParams.get('page')).to.equal('2');
        history.back();
        await onPage(el, '1');
        expect(new URL(location.href).searchParams.has('page')).to.be.false;
      });

      it('opens on the page a bookmarked address names', async () => {
        const url = new URL(location.href);
        url.searchParams.set('page', '3');
        history.replaceState(null, '', url);
        const el = await list(html`<ql-news-list sync-url src=${SONGXI}></ql-news-list>`);
        expect(currentPage(el)).to.equal('3');
        expect(titles(el)[0]).to.equal('县侨联召开2023年工作会议');
        expect(rows(el)).to.have.length(9);
      });

      it('links every page by its address, rel prev and next, which a new tab opens on that page', async () => {
        const el = await list(html`<ql-news-list src=${SONGXI}></ql-news-list>`);
        await clickPage(el, '下一页');
        const target = (label: string) => new URL(pagerButton(el, label).getAttribute('href')!, location.href);
        expect(target('下一页').pathname).to.equal(location.pathname);
        expect(target('下一页').searchParams.get('page')).to.equal('3');
        expect(target('上一页').searchParams.has('page'), 'page 1 is the bare address').to.equal(false);
        expect(pagerButton(el, '下一页').rel).to.equal('next');
        expect(pagerButton(el, '上一页').rel).to.equal('prev');
        // What a new tab opened on ?page=3 shows, with or without sync-url.
        const url = new URL(location.href);
        url.searchParams.set('page', '3');
        history.replaceState(null, '', url);
        const opened = await list(html`<ql-news-list src=${SONGXI}></ql-news-list>`);
        expect(currentPage(opened)).to.equal('3');
      });

      it('leaves the address alone without sync-url', async () => {
        const el = await list(html`<ql-news-list src=${SONGXI}></ql-news-list>`);
        await clickPage(el, '下一页');
        expect(location.href).to.equal(original);
      });
    });
  });

  it('merges the portal demo: nine counties listed, the missing one named by its name', async () => {
    sinon.stub(console, 'warn');
    const page = new URL('../demo/portal.html', import.meta.url);
    const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
    const sources = JSON.parse(doc.querySelector('ql-news-list > script[type="application/json"]')!.textContent!) as { src: string; name: string }[];
    expect(sources.map((s) => s.name)).to.have.length(10);
    const absolute = sources.map(({ src, name }) => ({ src: new URL(src, page).href, name }));
    const el = await fixture<QlNewsList>(html`<ql-news-list page-size="15"></ql-news-list>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(absolute);
    el.append(script);
    el.load();
    await loaded(el);
    expect(text(shadow(el, '[part="notice"]')!)).to.equal('以下站点的信息暂时无法加载：顺昌县侨联 重试');
    const sites = new Set(rows(el).map((li) => li.querySelector('.ql-news__source')!.textContent));
    expect(sites.size, 'several counties on the first page').to.be.greaterThan(4);
    expect(el.querySelectorAll('a[href="https://nanping-ql.example/qjyw/2024/0116-01.html"]'), 'the joint item once').to.have.length(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('speaks the page language', async () => {
    const el = await list(html`<ql-news-list page-size="10" src=${SONGXI}></ql-news-list>`);
    await setLang('zh-Hant');
    try {
      await el.updateComplete;
      expect(text(shadow(el, '[part="pager"]')!)).to.contain('首頁').and.contain('共49條 共5頁');
      expect(text(rows(el)[0])).to.contain('【置頂】');
    } finally {
      document.documentElement.lang = 'zh-Hans';
    }
  });
});
