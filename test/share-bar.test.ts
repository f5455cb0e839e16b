import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import 'jsqr'; // a UMD file: in the browser it sets `self.jsQR`
import type jsQRFunction from 'jsqr';
import sinon from 'sinon';
import '../src/components/article/define.js';
import '../src/components/share-bar/define.js';
import type { QlShareBar, QlShareDetail } from '../src/components/share-bar/share-bar.js';
import type { ArticleDocument } from '../src/contract/index.js';
import { PATIENCE, axeViolations, loaded, setLang } from './helpers.js';

declare global {
  interface Window {
    jsQR: typeof jsQRFunction;
  }
}

/** A page address with a Chinese path, a query string and a fragment. */
const PAGE = 'https://www.nanping-ql.example/qjyw/侨界要闻.html?id=12&from=首页&x=a+b#第二段';
const PAGE_HREF = new URL(PAGE).href; // what `URL` makes of it: percent-encoded, fragment kept
const TITLE = '凝侨心 护侨益 聚侨力--松溪县做好“三篇文章”&推动新时代侨务工作 #创新发展 50%+';
const SUMMARY = '松溪县侨联以联谊促情深，以服务聚侨心。';
const IMAGE = 'https://www.nanping-ql.example/images/侨心博物馆.jpg';
const IMAGE_HREF = new URL(IMAGE).href;

const root = (bar: QlShareBar) => bar.shadowRoot!;
const button = (bar: QlShareBar, site: string) => root(bar).querySelector<HTMLButtonElement>(`button[part~="${site}"]`);
const buttonNames = (bar: QlShareBar) => [...root(bar).querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
const popover = (bar: QlShareBar) => root(bar).querySelector<HTMLElement>('[role="dialog"]');
const status = (bar: QlShareBar) => root(bar).querySelector('[role="status"]')!.textContent!.trim();

/** Replaces `window.open` for one test and records its calls. */
function captureOpen() {
  return sinon.stub(window, 'open').returns(null);
}

/** The address `window.open` was given, split into the page and its decoded parameters. */
function opened(stub: sinon.SinonStub, call = 0) {
  const [href, target, features] = stub.getCall(call).args as [string, string, string?];
  const url = new URL(href);
  return { href, page: `${url.protocol}//${url.host}${url.pathname}`, params: Object.fromEntries(url.searchParams), hash: url.hash, target, features };
}

function addToHead(html: string): HTMLElement[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes = [...template.content.children] as HTMLElement[];
  document.head.append(...nodes);
  return nodes;
}

const startUrl = location.href;
const startTitle = document.title;

describe('ql-share-bar', () => {
  let headNodes: HTMLElement[] = [];

  afterEach(async () => {
    sinon.restore();
    headNodes.forEach((node) => node.remove());
    headNodes = [];
    history.replaceState(null, '', startUrl);
    document.title = startTitle;
    delete (navigator as { clipboard?: unknown }).clipboard;
    delete (navigator as { share?: unknown }).share;
    delete (navigator as { userAgent?: unknown }).userAgent;
    if (document.documentElement.lang !== 'zh-Hans') await setLang('zh-Hans');
  });

  it('offers 微信, 微博, QQ空间 and 复制链接 by default, each a named button at least 44×44 px with our own icon', async () => {
    const bar = await fixture<QlShareBar>(html`<ql-share-bar></ql-share-bar>`);
    expect(buttonNames(bar)).to.deep.equal(['分享到微信', '分享到微博', '分享到QQ空间', '复制链接']);
    expect(root(bar).querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('分享');
    for (const b of root(bar).querySelectorAll('button')) {
      const box = b.getBoundingClientRect();
      expect(box.width, b.textContent!).to.be.at.least(44);
      expect(box.height, b.textContent!).to.be.at.least(44);
      expect(b.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(b.querySelector('svg path')!.getAttribute('d')).to.match(/^M/);
    }
    expect(button(bar, 'wechat')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the system share button only where navigator.share exists, and shares title, summary and url through it', async () => {
    const without = await fixture<QlShareBar>(html`<ql-share-bar></ql-share-bar>`);
    expect(button(without, 'native'), 'no navigator.share here').to.equal(null);

    const share = sinon.stub().resolves();
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE} title=${TITLE} summary=${SUMMARY}></ql-share-bar>`);
    expect(buttonNames(bar)).to.include('分享');
    button(bar, 'native')!.click();
    expect(share).to.have.been.calledOnceWith({ title: TITLE, text: SUMMARY, url: PAGE_HREF });
  });

  describe('the address each service opens', () => {
    const sites = 'weibo qzone qq douban facebook x line whatsapp telegram email';
    const expected: Record<string, { page: string; params: Record<string, string> }> = {
      weibo: { page: 'https://service.weibo.com/share/share.php', params: { url: PAGE_HREF, title: TITLE, pic: IMAGE_HREF } },
      qzone: {
        page: 'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey',
        params: { url: PAGE_HREF, title: TITLE, summary: SUMMARY, pics: IMAGE_HREF },
      },
      qq: { page: 'https://connect.qq.com/widget/shareqq/index.html', params: { url: PAGE_HREF, title: TITLE, summary: SUMMARY, pics: IMAGE_HREF } },
      douban: { page: 'https://www.douban.com/recommend/', params: { url: PAGE_HREF, title: TITLE } },
      facebook: { page: 'https://www.facebook.com/sharer/sharer.php', params: { u: PAGE_HREF } },
      x: { page: 'https://twitter.com/intent/tweet', params: { text: TITLE, url: PAGE_HREF } },
      line: { page: 'https://social-plugins.line.me/lineit/share', params: { url: PAGE_HREF } },
      whatsapp: { page: 'https://api.whatsapp.com/send', params: { text: `${TITLE} ${PAGE_HREF}` } },
      telegram: { page: 'https://t.me/share/url', params: { url: PAGE_HREF, text: TITLE } },
    };

    it('carries a Chinese title and an address with a query string and a fragment, every value decoding back equal', async () => {
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(
        html`<ql-share-bar sites=${sites} url=${PAGE} title=${TITLE} summary=${SUMMARY} image=${IMAGE}></ql-share-bar>`,
      );
      await waitUntil(() => button(bar, 'telegram'), 'the opt-in services to load', PATIENCE);
      expect(buttonNames(bar)).to.deep.equal([
        '分享到微博', '分享到QQ空间', '分享到QQ好友', '分享到豆瓣', '分享到Facebook', '分享到X', '分享到LINE', '分享到WhatsApp', '分享到Telegram', '用邮件分享',
      ]);
      for (const [site, want] of Object.entries(expected)) {
        open.resetHistory();
        button(bar, site)!.click();
        expect(open, site).to.have.been.calledOnce;
        const got = opened(open);
        expect(got.page, site).to.equal(want.page);
        expect(got.params, site).to.deep.equal(want.params);
        expect(got.hash, `${site}: the page's fragment stays inside the url parameter`).to.equal('');
        expect(got.target, site).to.equal('_blank');
        expect(got.features, site).to.match(/^noopener,noreferrer/);
      }
    });

    it('writes mail with %20 for spaces, as mail programs expect, in the same window', async () => {
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(html`<ql-share-bar sites="email" url=${PAGE} title=${TITLE}></ql-share-bar>`);
      await waitUntil(() => button(bar, 'email'), 'the opt-in services to load', PATIENCE);
      button(bar, 'email')!.click();
      const [href, target] = open.firstCall.args as [string, string];
      expect(target).to.equal('_self');
      expect(href.startsWith('mailto:?subject=')).to.equal(true);
      expect(href).not.to.contain('+');
      const params = Object.fromEntries(href.slice('mailto:?'.length).split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
      expect(params).to.deep.equal({ subject: TITLE, body: `${TITLE} ${PAGE_HREF}` });
    });

    it('opens a sized popup on a desktop and a plain new tab on a phone', async () => {
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
      await setViewport({ width: 1024, height: 768 });
      button(bar, 'weibo')!.click();
      expect(opened(open, 0).features).to.match(/^noopener,noreferrer,width=\d+,height=\d+$/);
      await setViewport({ width: 375, height: 667 });
      try {
        button(bar, 'weibo')!.click();
        expect(opened(open, 1).features).to.equal('noopener,noreferrer');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('leaves out a picture that is not http(s)', async () => {
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE} title=${TITLE} image="javascript:alert(1)"></ql-share-bar>`);
      button(bar, 'weibo')!.click();
      expect(opened(open).params).to.deep.equal({ url: PAGE_HREF, title: TITLE });
    });
  });

  describe('what is shared when the page does not say', () => {
    it("reads the canonical link, og:title, the description and og:image from the page's head", async () => {
      headNodes = addToHead(`<link rel="canonical" href="/qjyw/2024/0104.html?id=7">
        <meta property="og:title" content="${TITLE.replace(/"/g, '&quot;')}">
        <meta name="description" content="${SUMMARY}">
        <meta property="og:image" content="/images/photo-1.jpg">`);
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(html`<ql-share-bar></ql-share-bar>`);
      button(bar, 'qzone')!.click();
      expect(opened(open).params).to.deep.equal({
        url: `${location.origin}/qjyw/2024/0104.html?id=7`,
        title: TITLE,
        summary: SUMMARY,
        pics: `${location.origin}/images/photo-1.jpg`,
      });
    });

    it('without a canonical link shares the address without its fragment and the document title', async () => {
      history.replaceState(null, '', `${location.pathname}?channel=qjyw#top`);
      document.title = '侨界要闻';
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(html`<ql-share-bar></ql-share-bar>`);
      button(bar, 'weibo')!.click();
      expect(opened(open).params).to.deep.equal({ url: `${location.origin}${location.pathname}?channel=qjyw`, title: '侨界要闻' });
    });

    it('follows history.pushState and a new title', async () => {
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(html`<ql-share-bar></ql-share-bar>`);
      document.title = '第一篇';
      button(bar, 'weibo')!.click();
      expect(opened(open, 0).params.title).to.equal('第一篇');

      history.pushState(null, '', `${location.pathname}?page=2#comments`);
      document.title = '第二篇：侨心';
      button(bar, 'weibo')!.click();
      expect(opened(open, 1).params).to.deep.equal({ url: `${location.origin}${location.pathname}?page=2`, title: '第二篇：侨心' });

      history.back();
      await waitUntil(() => !location.search.includes('page=2'), 'history.back', PATIENCE);
      button(bar, 'weibo')!.click();
      expect(opened(open, 2).params.url).not.to.contain('page=2');
    });

    it('follows changes of its own attributes', async () => {
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE} title="旧标题"></ql-share-bar>`);
      bar.setAttribute('url', 'https://www.nanping-ql.example/other.html');
      bar.setAttribute('title', '新标题');
      await bar.updateComplete;
      button(bar, 'weibo')!.click();
      expect(opened(open).params).to.deep.equal({ url: 'https://www.nanping-ql.example/other.html', title: '新标题' });
    });

    it("inside ql-article shares the article's title, summary and first image", async () => {
      const doc: ArticleDocument = {
        version: 1,
        title: '松溪县做好“三篇文章”',
        summary: SUMMARY,
        publishedAt: '2024-01-04T10:40:01+08:00',
        body: [
          { type: 'paragraph', text: '正文第一段。' },
          { type: 'image', src: '/demo/images/photo-1.svg', alt: '侨心博物馆', width: 800, height: 533 },
          { type: 'image', src: '/demo/images/photo-2.svg', alt: '抗洪物资', width: 800, height: 533 },
        ],
      };
      headNodes = addToHead('<meta property="og:title" content="页面标题">');
      const open = captureOpen();
      const article = await fixture<HTMLElement>(html`<ql-article .data=${doc}><ql-share-bar slot="share"></ql-share-bar></ql-article>`);
      await loaded(article);
      const bar = article.querySelector('ql-share-bar')!;
      expect(bar.assignedSlot, 'the bar sits in the toolbar').to.not.equal(null);
      button(bar, 'qzone')!.click();
      expect(opened(open).params).to.deep.equal({
        url: location.href.split('#')[0],
        title: doc.title,
        summary: SUMMARY,
        pics: `${location.origin}/demo/images/photo-1.svg`,
      });
    });
    it('inside ql-article loaded from src, shares the summary of the loaded document', async () => {
      const open = captureOpen();
      const article = await fixture<HTMLElement>(
        html`<ql-article src="/demo/data/article-songxi-three-chapters.json"><ql-share-bar slot="share"></ql-share-bar></ql-article>`,
      );
      await loaded(article);
      const expected = (await (await fetch('/demo/data/article-songxi-three-chapters.json')).json()) as ArticleDocument;
      button(article.querySelector('ql-share-bar')!, 'qzone')!.click();
      expect(opened(open).params.summary).to.equal(expected.summary);
      expect(opened(open).params.title).to.equal(expected.title);
    });
  });

  describe('addresses it refuses', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      it(`disables every button and says why for ${url.slice(0, 11)}`, async () => {
        const open = captureOpen();
        const shares = sinon.spy();
        document.addEventListener('ql-share', shares);
        try {
          const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${url}></ql-share-bar>`);
          const reason = root(bar).querySelector('[part="reason"]')!;
          expect(reason.textContent).to.contain('无法分享');
          expect(reason.getBoundingClientRect().height, 'the reason is visible').to.be.above(0);
          const buttons = [...root(bar).querySelectorAll('button')];
          expect(buttons.length).to.be.above(0);
          expect(buttons.every((b) => b.disabled)).to.equal(true);
          buttons.forEach((b) => b.click());
          expect(open).not.to.have.been.called;
          expect(shares).not.to.have.been.called;
          expect(await axeViolations(bar)).to.deep.equal([]);
        } finally {
          document.removeEventListener('ql-share', shares);
        }
      });
    }

    it('enables itself again when given an http(s) address', async () => {
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url="javascript:void 0"></ql-share-bar>`);
      bar.url = PAGE;
      await bar.updateComplete;
      expect(root(bar).querySelector('[part="reason"]')).to.equal(null);
      expect(button(bar, 'weibo')!.disabled).to.equal(false);
    });
  });

  describe('ql-share', () => {
    it('bubbles out of the shadow root before the share, with the site and the address', async () => {
      const open = captureOpen();
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE} title=${TITLE}></ql-share-bar>`);
      const seen: { detail: QlShareDetail; opened: boolean }[] = [];
      const listener = (event: Event) => seen.push({ detail: (event as CustomEvent<QlShareDetail>).detail, opened: open.called });
      document.addEventListener('ql-share', listener);
      try {
        button(bar, 'weibo')!.click();
      } finally {
        document.removeEventListener('ql-share', listener);
      }
      expect(seen).to.have.length(1);
      expect(seen[0].opened, 'fired before the window opened').to.equal(false);
      expect(seen[0].detail).to.include({ site: 'weibo', url: PAGE_HREF, title: TITLE });
      expect(open).to.have.been.calledOnce;
    });

    it('when cancelled, lets the site replace the action: nothing opens, nothing is copied, no popover', async () => {
      const open = captureOpen();
      const writeText = sinon.stub().resolves();
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
      const sites: string[] = [];
      bar.addEventListener('ql-share', (event) => {
        sites.push(event.detail.site);
        event.preventDefault();
      });
      for (const site of ['weibo', 'qzone', 'copy', 'wechat']) button(bar, site)!.click();
      // Each action would have started in its click (the popup, the copy, the popover's aria-expanded).
      await bar.updateComplete;
      expect(sites).to.deep.equal(['weibo', 'qzone', 'copy', 'wechat']);
      expect(open).not.to.have.been.called;
      expect(writeText).not.to.have.been.called;
      expect(popover(bar)).to.equal(null);
      expect(button(bar, 'wechat')!.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('the WeChat popover', () => {
    it('opens and closes by keyboard alone: Enter opens, focus moves in, Escape closes, focus returns', async () => {
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
      const wechat = button(bar, 'wechat')!;
      wechat.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => popover(bar), 'the popover', PATIENCE);
      const dialog = popover(bar)!;
      expect(wechat.getAttribute('aria-expanded')).to.equal('true');
      expect(root(bar).activeElement, 'focus moved into the popover').to.equal(dialog);
      expect(dialog.textContent).to.contain('微信扫一扫：分享');
      expect(dialog.querySelector('svg path')!.getAttribute('d')!.length).to.be.above(100);

      await sendKeys({ press: 'Escape' });
      expect(popover(bar)).to.equal(null);
      expect(root(bar).activeElement, 'focus returned to the button').to.equal(wechat);
      expect(wechat.getAttribute('aria-expanded')).to.equal('false');

      await sendKeys({ press: 'Space' });
      await waitUntil(() => popover(bar), 'the popover, opened with Space', PATIENCE);
      await sendKeys({ press: 'Tab' });
      expect(root(bar).activeElement!.textContent).to.equal('关闭');
      await sendKeys({ press: 'Enter' });
      expect(popover(bar)).to.equal(null);
      expect(root(bar).activeElement).to.equal(wechat);
    });

    it('closes on a click outside it, and not on a click inside it', async () => {
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar><p id="outside">别处</p>`);
      button(bar, 'wechat')!.click();
      await waitUntil(() => popover(bar), 'the popover', PATIENCE);
      popover(bar)!.querySelector('p')!.click();
      expect(popover(bar), 'a click inside keeps it open').to.not.equal(null);
      document.getElementById('outside')!.click();
      expect(popover(bar)).to.equal(null);
      await bar.updateComplete;
      expect(button(bar, 'wechat')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('draws a QR code that decodes back to a 600-character percent-encoded Chinese address', async () => {
      const base = 'https://www.nanping-ql.example/qjyw/';
      let url = base + encodeURIComponent('凝侨心护侨益聚侨力松溪县做好三篇文章推动新时代侨务工作创新发展'.repeat(2));
      url = `${url}?id=${'7'.repeat(600 - url.length - 4)}`; // 558 characters of path, then the query
      expect(url).to.have.length(600);
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${url}></ql-share-bar>`);
      button(bar, 'wechat')!.click();
      await waitUntil(() => popover(bar)?.querySelector('svg'), 'the QR code', PATIENCE);
      const svg = popover(bar)!.querySelector('svg')!;
      expect(svg.getBoundingClientRect().width, 'the code is shown').to.be.above(150);
      expect(await decodeSvg(svg)).to.equal(url);
    });

    it('encodes a short address too, and follows a new address the next time it opens', async () => {
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url="https://qiaolian.example/a?id=1"></ql-share-bar>`);
      button(bar, 'wechat')!.click();
      await waitUntil(() => popover(bar)?.querySelector('svg'), 'the QR code', PATIENCE);
      expect(await decodeSvg(popover(bar)!.querySelector('svg')!)).to.equal('https://qiaolian.example/a?id=1');
      button(bar, 'wechat')!.click();
      expect(popover(bar)).to.equal(null);
      bar.url = 'https://qiaolian.example/b?id=2';
      await bar.updateComplete;
      button(bar, 'wechat')!.click();
      await waitUntil(() => popover(bar)?.querySelector('svg'), 'the QR code', PATIENCE);
      expect(await decodeSvg(popover(bar)!.querySelector('svg')!)).to.equal('https://qiaolian.example/b?id=2');
    });

    it("inside WeChat's browser tells the reader to use the menu at the top right instead", async () => {
      Object.defineProperty(navigator, 'userAgent', { value: `${navigator.userAgent} MicroMessenger/8.0.47`, configurable: true });
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
      button(bar, 'wechat')!.click();
      await waitUntil(() => status(bar), 'the hint', PATIENCE);
      expect(status(bar)).to.contain('右上角');
      expect(popover(bar)).to.equal(null);
    });

    it('has no axe violations, open or closed', async () => {
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
      expect(await axeViolations(bar)).to.deep.equal([]);
      button(bar, 'wechat')!.click();
      await waitUntil(() => popover(bar)?.querySelector('svg'), 'the QR code', PATIENCE);
      expect(await axeViolations(bar)).to.deep.equal([]);
    });
  });

  describe('复制链接', () => {
    it('uses the Clipboard API where there is one, and says 链接已复制 in a status region', async () => {
      const writeText = sinon.stub().resolves();
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
      button(bar, 'copy')!.click();
      await waitUntil(() => status(bar), 'the confirmation', PATIENCE);
      expect(writeText).to.have.been.calledOnceWith(PAGE_HREF);
      expect(status(bar)).to.equal('链接已复制');
      expect(root(bar).querySelector('[role="status"]')!.getBoundingClientRect().width, 'visible').to.be.above(0);
    });

    it('without the Clipboard API (plain http) copies a selected copy of the address', async () => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      const copied: string[] = [];
      const onCopy = (event: Event) => {
        const area = event.composedPath()[0] as HTMLTextAreaElement;
        copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
      };
      document.addEventListener('copy', onCopy);
      try {
        const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
        const copy = button(bar, 'copy')!;
        copy.focus();
        await sendKeys({ press: 'Enter' }); // a real key press: copying needs a user action
        await waitUntil(() => status(bar), 'the confirmation', PATIENCE);
        expect(copied).to.deep.equal([PAGE_HREF]);
        expect(status(bar)).to.equal('链接已复制');
        expect(root(bar).querySelector('textarea'), 'the helper is gone').to.equal(null);
        expect(root(bar).activeElement, 'focus stays on the button').to.equal(copy);
      } finally {
        document.removeEventListener('copy', onCopy);
      }
    });

    it('says so when neither way can copy', async () => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: sinon.stub().rejects(new DOMException('denied', 'NotAllowedError')) }, configurable: true });
      sinon.stub(document, 'execCommand').returns(false);
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
      button(bar, 'copy')!.click();
      await waitUntil(() => status(bar), 'the message', PATIENCE);
      expect(status(bar)).to.contain('手动复制');
    });
  });

  describe('sites', () => {
    it('keeps the given order, warns about unknown names and never offers dead services', async () => {
      const warn = sinon.stub(console, 'warn');
      const bar = await fixture<QlShareBar>(html`<ql-share-bar sites="  copy tqq weibo renren jiathis  wechat facebok "></ql-share-bar>`);
      expect(buttonNames(bar)).to.deep.equal(['复制链接', '分享到微博', '分享到微信']);
      const warnings = warn.getCalls().map((call) => String(call.args[0]));
      for (const name of ['tqq', 'renren', 'jiathis', 'facebok']) expect(warnings.some((w) => w.includes(`"${name}"`)), name).to.equal(true);
      expect(warnings).to.have.length(4);
      bar.requestUpdate();
      await bar.updateComplete;
      expect(warn.callCount, 'warned once, not on every render').to.equal(4);
    });
  });

  describe('languages', () => {
    it('labels the buttons in traditional script and in English', async () => {
      const bar = await fixture<QlShareBar>(html`<ql-share-bar url=${PAGE}></ql-share-bar>`);
      await setLang('zh-Hant');
      await bar.updateComplete;
      expect(buttonNames(bar)).to.deep.equal(['分享到微信', '分享到微博', '分享到QQ空間', '複製連結']);
      await setLang('en');
      await bar.updateComplete;
      expect(buttonNames(bar)).to.deep.equal(['Share on WeChat', 'Share on Weibo', 'Share on Qzone', 'Copy link']);
      expect(root(bar).querySelector('[role="group"]')!.getAttribute('aria-label')).to.equal('Share');
      expect(await axeViolations(bar)).to.deep.equal([]);
    });
  });
});

/** Renders the SVG the bar shows onto a canvas, as a camera would see it, and decodes it. */
async function decodeSvg(svg: SVGSVGElement): Promise<string | undefined> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const side = svg.viewBox.baseVal.width * 4;
  copy.setAttribute('width', String(side));
  copy.setAttribute('height', String(side));
  const source = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = source;
  await image.decode();
  URL.revokeObjectURL(source);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff'; // the popover's background
  context.fillRect(0, 0, side, side);
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, side, side);
  return window.jsQR(data, side, side)?.data;
}
