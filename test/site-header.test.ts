import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/site-header/define.js';
import type { QlSiteHeader } from '../src/components/site-header/site-header.js';
import { axeViolations, loaded, setLang } from './helpers.js';

const site = {
  version: 1,
  name: '南平市侨联',
  organization: '南平市归国华侨联合会',
  url: 'https://www.npql.example/',
  channels: [
    { id: 'qjyw', name: '侨界要闻', url: 'https://www.npql.example/qjyw/' },
    { id: 'qldt', name: '侨联动态' },
  ],
};

const greeting = (el: QlSiteHeader) => el.shadowRoot!.querySelector('[part="greeting"]')!.textContent!.replace(/\s+/g, ' ').trim();
const crumbs = (el: QlSiteHeader) =>
  [...el.shadowRoot!.querySelectorAll('[part="breadcrumb"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('ql-site-header', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
  });

  it('runs its tests in a time zone far from China', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
  });

  it('greets with the date in China, not the reader\'s zone', async () => {
    // 16:30 UTC: still Thursday 4 January in Los Angeles, already Friday 5 January in China.
    clock = sinon.useFakeTimers({ now: Date.parse('2024-01-04T16:30:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await fixture<QlSiteHeader>(html`<ql-site-header></ql-site-header>`);
    expect(new Date().getDate(), 'the reader\'s own calendar').to.equal(4);
    expect(greeting(el)).to.equal('欢迎光临！今天是 2024年1月5日 星期五');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-01-05');
  });

  it('rolls the date over at China midnight', async () => {
    clock = sinon.useFakeTimers({ now: Date.parse('2024-01-04T15:59:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const el = await fixture<QlSiteHeader>(html`<ql-site-header></ql-site-header>`);
    expect(greeting(el)).to.equal('欢迎光临！今天是 2024年1月4日 星期四');
    clock.tick(61_000);
    await el.updateComplete;
    expect(greeting(el)).to.equal('欢迎光临！今天是 2024年1月5日 星期五');
    clock.tick(86_400_000);
    await el.updateComplete;
    expect(greeting(el)).to.equal('欢迎光临！今天是 2024年1月6日 星期六');
  });

  it('greets in traditional Chinese and English with <html lang>', async () => {
    clock = sinon.useFakeTimers({ now: Date.parse('2024-01-04T02:40:01Z'), toFake: ['Date'] });
    const el = await fixture<QlSiteHeader>(html`<ql-site-header></ql-site-header>`);
    try {
      await setLang('zh-Hant-TW');
      
      await el.updateComplete;
      expect(greeting(el)).to.equal('歡迎光臨！今天是 2024年1月4日 星期四');
      await setLang('en');
      
      await el.updateComplete;
      expect(greeting(el)).to.equal('Welcome! Today is Thursday, 4 January 2024');
    } finally {
      document.documentElement.lang = 'zh-Hans';
    }
  });

  it('shows the breadcrumb site → channel → page with the site\'s label and separator', async () => {
    const el = await fixture<QlSiteHeader>(html`<ql-site-header
      channel="qjyw"
      page-title="正文"
      .data=${{ ...site, breadcrumb: { label: '您当前的位置：', separator: '->' } }}
    ></ql-site-header>`);
    await loaded(el);
    const nav = el.shadowRoot!.querySelector('[part="breadcrumb"]')!;
    expect(nav.getAttribute('aria-label')).to.equal('面包屑导航');
    expect(nav.textContent!.replace(/\s+/g, '')).to.equal('您当前的位置：南平市侨联->侨界要闻->正文');
    expect(crumbs(el)).to.deep.equal(['南平市侨联', '-> 侨界要闻', '-> 正文']);
    const links = [...nav.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://www.npql.example/', 'https://www.npql.example/qjyw/']);
    expect(nav.querySelector('[aria-current="page"]')!.textContent).to.equal('正文');
    expect(nav.querySelector('.separator')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('reads like the seed page by default: 南平市侨联>> 侨界要闻', async () => {
    const el = await fixture<QlSiteHeader>(html`<ql-site-header channel="qjyw" .data=${site}></ql-site-header>`);
    await loaded(el);
    expect(crumbs(el)).to.deep.equal(['南平市侨联', '>> 侨界要闻']);
    expect(el.shadowRoot!.querySelector('[part="breadcrumb"] [aria-current="page"]')!.textContent).to.equal('侨界要闻');
  });

  it('follows the channel and page-title attributes, and warns about an unknown channel', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<QlSiteHeader>(html`<ql-site-header .data=${site}></ql-site-header>`);
    await loaded(el);
    expect(crumbs(el)).to.deep.equal(['南平市侨联']);
    el.setAttribute('channel', 'qldt');
    el.setAttribute('page-title', '正文');
    await el.updateComplete;
    expect(crumbs(el)).to.deep.equal(['南平市侨联', '>> 侨联动态', '>> 正文']);
    el.setAttribute('channel', 'nope');
    await el.updateComplete;
    expect(warn.calledWithMatch(/channel "nope"/)).to.be.true;
  });

  it('puts the script toggle and search box in the tools slot', async () => {
    const el = await fixture<QlSiteHeader>(html`<ql-site-header .data=${site}><button slot="tools">繁體</button></ql-site-header>`);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="tools"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['繁體']);
  });

  it('loads the site from src', async () => {
    const el = await fixture<QlSiteHeader>(html`<ql-site-header channel="qjyw" src="/demo/data/site.json"></ql-site-header>`);
    await oneEvent(el, 'ql-load');
    await el.updateComplete;
    expect(crumbs(el)).to.deep.equal(['南平市侨联', '>> 侨界要闻']);
    expect(el.shadowRoot!.querySelector('[part="breadcrumb"] a')!.getAttribute('href')).to.equal(new URL('/demo/index.html', location.href).href);
  });

  it('keeps the greeting and shows the error when the site fails to load', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<QlSiteHeader>(html`<ql-site-header src="/__test__/status/500"></ql-site-header>`);
    const { detail } = await oneEvent(el, 'ql-error');
    await el.updateComplete;
    expect(detail.url).to.equal(new URL('/__test__/status/500', location.href).href);
    expect(greeting(el)).to.contain('欢迎光临！今天是');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('500');
  });

  it('retries after a failure when the reader asks', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<QlSiteHeader>(html`<ql-site-header timeout="300" src="/__test__/stall"></ql-site-header>`);
    await oneEvent(el, 'ql-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('请求超时');
    el.src = '/demo/data/site.json';
    await oneEvent(el, 'ql-load');
    expect(el.status).to.equal('ready');
    // The retry button reloads the same source.
    el.src = '/__test__/status/503';
    await oneEvent(el, 'ql-error');
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.focus();
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    const again = oneEvent(el, 'ql-error');
    retry.click();
    expect(el.status).to.equal('loading');
    await again;
  });

  it('passes axe-core with a full breadcrumb', async () => {
    const el = await fixture<QlSiteHeader>(html`<ql-site-header channel="qjyw" page-title="正文" .data=${site}
      ><a slot="tools" href="#">繁體</a></ql-site-header
    >`);
    await loaded(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('passes axe-core in its error state', async () => {
    sinon.stub(console, 'warn');
    const broken = await fixture<QlSiteHeader>(html`<ql-site-header .data=${{ version: 1, name: '' }}></ql-site-header>`);
    await broken.updateComplete;
    expect(broken.status).to.equal('error');
    expect(await axeViolations(broken)).to.deep.equal([]);
  });

  it('offers 跳到正文 first in the tab order, shown when focused, and moves focus to the page\'s main', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <ql-site-header channel="qjyw" .data=${site}><a slot="tools" href="#t">繁體</a></ql-site-header>
      <main><h1>正文</h1><a href="#x">正文里的链接</a></main>
    </div>`);
    const el = page.querySelector('ql-site-header')!;
    await loaded(el);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const skip = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="skip-link"]')!;
    expect(el.shadowRoot!.activeElement, 'the first stop').to.equal(skip);
    expect(skip.textContent).to.equal('跳到正文');
    expect(skip.getBoundingClientRect().width, 'visible when focused').to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(page.querySelector('main'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent, 'the next stop is inside main').to.equal('正文里的链接');
  });

  it('shows the banner and the channel menu with the current channel marked', async () => {
    const el = await fixture<QlSiteHeader>(html`<ql-site-header channel="qldt" .data=${{ ...site, tagline: '凝侨心 聚侨力' }}></ql-site-header>`);
    await loaded(el);
    const $ = (s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
    expect($('[part="name"]').textContent).to.equal('南平市侨联');
    expect($('[part="tagline"]').textContent).to.equal('凝侨心 聚侨力');
    expect($('[part="nav"]').getAttribute('aria-label')).to.equal('栏目导航');
    expect([...$('[part="menu"]').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['侨界要闻', '侨联动态']);
    expect($('[part="menu"] [aria-current="page"]').textContent).to.equal('侨联动态');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
