import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/article/define.js';
import type { QlArticle } from '../src/components/article/article.js';
import { fileType, formatFileSize } from '../src/components/article/attachments.js';
import { FONT_SIZE_KEY } from '../src/components/article/font-size.js';
import { publicationTime } from '../src/components/article/meta-line.js';
import { canCloseWindow } from '../src/components/article/window-close.js';
import type { ArticleBlock, ArticleDocument } from '../src/contract/index.js';
import { sanitizeHtml } from '../src/internal/sanitize.js';
import { resolveSafeUrl } from '../src/contract/schema.js';
import { PATIENCE, axeViolations, loaded, setLang } from './helpers.js';

const SEED_URL = new URL('../demo/data/article-songxi-three-chapters.json', import.meta.url).href;

/** Lines copied from the seed page's text, in the order the page shows them. */
const SEED_LINES = [
  '近年来,松溪县深入学习贯彻习近平总书记关于侨务工作的重要论述',
  '侨捐建筑:松溪县下甸子豪康侨心博物馆',
  '一、做深“凝心”文章,画好侨界同心大圆。',
  '一是坚持凝心聚力,以联谊促情深。',
  '金龙鱼慈善公益基金会向松溪县捐赠抗洪物资',
  '二、做实“聚力”文章,服务绿色发展大局。',
  '松溪县侨联与世界福建青年菲律宾联会签订友好侨社协议',
  '三、做细“暖心”文章,激活侨界发展动能。',
  '松溪县侨联承办2022年南平市侨爱心·归侨侨眷家政职业技能培训班',
  '三是开展暖心慰问活动。',
  '福建省侨联党组书记、主席陈式海看望松溪县困难老人',
];

const minimal: ArticleDocument = {
  version: 1,
  title: '松溪县侨联召开第三次代表大会',
  publishedAt: '2024-01-04T10:40:01+08:00',
  body: [{ type: 'paragraph', text: '会议听取了工作报告。' }],
};

const full: ArticleDocument = {
  ...minimal,
  subtitle: '选举产生新一届委员会',
  author: '本站编辑',
  source: '本站原创',
  editor: '林晓',
  views: 57,
  summary: '松溪县侨联第三次代表大会在松溪县召开。',
  site: { name: '松溪县侨联' },
  body: [
    { type: 'heading', text: '大会议程' },
    { type: 'paragraph', text: '会议听取了工作报告。' },
    { type: 'list', items: ['审议工作报告', '选举委员会'], ordered: true },
    { type: 'quote', text: '凝聚侨心，汇集侨智。' },
    { type: 'image', src: '../demo/images/photo-1.svg', alt: '会场全景', caption: '大会现场', credit: '本站记者 陈明 摄', width: 800, height: 533 },
  ],
  attachments: [
    { name: '大会工作报告.pdf', url: '/files/report.pdf', size: 1_258_291 },
    { name: '代表名单', url: '/files/list.docx' },
  ],
  prev: { title: '侨联走访慰问归侨侨眷', url: '/news/1.html' },
  next: { title: '侨界人士参观百年蔗园', url: 'https://example.org/news/3.html' },
  related: [{ title: '建瓯市侨联召开代表大会', url: '/news/9.html', publishedAt: '2023-12-20T09:00:00+08:00' }],
};

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: QlArticle, selector: string) => el.shadowRoot!.querySelector(selector);
const meta = (el: QlArticle) => text(shadow(el, '[part="meta"]'));

async function articleWith(data: unknown) {
  const el = await fixture<QlArticle>(html`<ql-article .data=${data}></ql-article>`);
  await loaded(el);
  return el;
}

/** Asserts that `haystack` contains every needle, each after the one before. */
function expectInOrder(haystack: string, needles: string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).to.be.greaterThan(-1);
    from = at + needle.length;
  }
}

describe('ql-article', () => {
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(FONT_SIZE_KEY);
  });

  describe('the seed article', () => {
    it('renders every block of the seed document, in order, in light DOM', async () => {
      const seed = (await (await fetch(SEED_URL)).json()) as { body: ArticleBlock[] };
      const el = await fixture<QlArticle>(html`<ql-article src=${SEED_URL}></ql-article>`);
      await loaded(el);
      const rendered = [...el.querySelector('.ql-article__body')!.children];
      expect(rendered).to.have.length(seed.body.length);
      seed.body.forEach((block, i) => {
        const node = rendered[i];
        if (block.type === 'image') {
          expect(node.localName).to.equal('figure');
          const img = node.querySelector('img')!;
          expect(img.alt).to.equal(block.alt);
          expect(img.getAttribute('loading')).to.equal('lazy');
          expect(img.getAttribute('decoding')).to.equal('async');
          expect(img.getAttribute('width')).to.equal(String(block.width));
          expect(img.getAttribute('height')).to.equal(String(block.height));
          expect(img.src).to.equal(new URL(block.src, SEED_URL).href);
          expect(text(node.querySelector('figcaption'))).to.equal(block.caption);
        } else if (block.type === 'heading') {
          expect(node.localName).to.equal(`h${block.level ?? 2}`);
          expect(node.textContent).to.equal(block.text);
        } else if (block.type === 'paragraph') {
          expect(node.localName).to.equal('p');
          expect(node.textContent).to.equal(block.text);
        }
      });
      expectInOrder(el.textContent!, SEED_LINES);
    });

    it('shows the seed title as the page h1 and the meta line in the seed page format, in China time', async () => {
      const el = await fixture<QlArticle>(html`<ql-article src=${SEED_URL}></ql-article>`);
      await loaded(el);
      const h1 = el.querySelector('h1')!;
      expect(h1.textContent).to.equal('凝侨心 护侨益 聚侨力--松溪县做好“三篇文章”推动新时代侨务工作创新发展');
      expect(h1.parentElement!.assignedSlot?.name).to.equal('heading');
      expect(h1.compareDocumentPosition(el.querySelector('.ql-article__body')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(meta(el)).to.equal('发布时间：2024-01-04 10:40:01 作者：本站编辑 来源：本站原创');
      expect(shadow(el, 'time')!.getAttribute('datetime')).to.equal('2024-01-04T10:40:01+08:00');
    });

    it('indents body paragraphs by 2em and keeps captions unindented', async () => {
      const el = await articleWith(full);
      const p = el.querySelector<HTMLElement>('.ql-article__body p')!;
      const size = parseFloat(getComputedStyle(p).fontSize);
      expect(parseFloat(getComputedStyle(p).textIndent)).to.be.closeTo(2 * size, 0.5);
      expect(getComputedStyle(el.querySelector('figcaption')!).textIndent).to.equal('0px');
    });
  });

  describe('meta line', () => {
    it('shows every field in order, and the subtitle and 责任编辑 when present', async () => {
      const el = await articleWith(full);
      expect(meta(el)).to.equal('发布时间：2024-01-04 10:40:01 作者：本站编辑 来源：本站原创 浏览次数：57');
      expect(text(el.querySelector('.ql-article__subtitle'))).to.equal('选举产生新一届委员会');
      expect(text(shadow(el, '[part="editor"]'))).to.equal('责任编辑：林晓');
    });

    it('hides each empty field entirely, never a bare label', async () => {
      const el = await articleWith(minimal);
      expect(meta(el)).to.equal('发布时间：2024-01-04 10:40:01');
      const chrome = text(el.shadowRoot);
      for (const label of ['作者', '来源', '浏览次数', '责任编辑']) expect(chrome).to.not.contain(label);
    });

    it('fetches the view count from viewsUrl', async () => {
      const viewsUrl = `/__test__/text?body=${encodeURIComponent('{"views": 1234}')}`;
      const el = await articleWith({ ...minimal, author: '本站编辑', viewsUrl });
      await waitUntil(() => meta(el).includes('浏览次数'), 'the count arrives', PATIENCE);
      expect(meta(el)).to.equal('发布时间：2024-01-04 10:40:01 作者：本站编辑 浏览次数：1234');
    });

    it('hides only the view count when viewsUrl fails', async () => {
      const el = await articleWith({ ...minimal, author: '本站编辑', views: 9, viewsUrl: '/__test__/status/404' });
      await waitUntil(() => !meta(el).includes('浏览次数'), 'the failed count is hidden', PATIENCE);
      expect(meta(el)).to.equal('发布时间：2024-01-04 10:40:01 作者：本站编辑');
      expect(el.status).to.equal('ready');
      expect(el.querySelector('.ql-article__body')!.textContent).to.contain('会议听取了工作报告');
    });

    it('hides the view count when viewsUrl answers without a number', async () => {
      const viewsUrl = `/__test__/text?body=${encodeURIComponent('{"views": "many"}')}`;
      const el = await articleWith({ ...minimal, views: 3, viewsUrl });
      await waitUntil(() => !meta(el).includes('浏览次数'), 'the bad count is hidden', PATIENCE);
    });

    it('reads CMS times without an offset as China time', () => {
      expect(publicationTime('2024-01-04 10:40:01')).to.deep.equal({ text: '2024-01-04 10:40:01', iso: '2024-01-04T10:40:01+08:00' });
      expect(publicationTime('2024-01-04T02:40:01Z').text).to.equal('2024-01-04 10:40:01');
      expect(publicationTime('2018-10-24').text).to.equal('2018-10-24');
      expect(publicationTime('去年冬天')).to.deep.equal({ text: '去年冬天' });
    });
  });

  describe('CMS mode (no JSON)', () => {
    async function cmsArticle() {
      const el = await fixture<QlArticle>(html`<ql-article published-at="2024-01-04 10:40:01" author="本站编辑" source="本站原创"
        editor="林晓" views="88">
        <h1 slot="title">凝侨心 护侨益 聚侨力</h1>
        <p id="first">近年来,松溪县深入学习贯彻习近平总书记关于侨务工作的重要论述。</p>
        <p>侨捐建筑:松溪县下甸子豪康侨心博物馆</p>
      </ql-article>`);
      await el.updateComplete;
      return el;
    }

    it('renders the meta line and toolbar around the server content', async () => {
      const el = await cmsArticle();
      expect(el.status).to.equal('idle');
      expect(el.querySelector('h1')!.assignedSlot?.name).to.equal('title');
      expect(el.querySelector('#first')!.assignedSlot, 'the server body stays visible').to.exist;
      expect(meta(el)).to.equal('发布时间：2024-01-04 10:40:01 作者：本站编辑 来源：本站原创 浏览次数：88');
      expect(text(shadow(el, '[part="editor"]'))).to.equal('责任编辑：林晓');
      expect(el.shadowRoot!.querySelectorAll('[part="toolbar"] button[aria-pressed]')).to.have.length(3);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('applies the text size to the server body', async () => {
      const el = await cmsArticle();
      const first = el.querySelector<HTMLElement>('#first')!;
      const before = parseFloat(getComputedStyle(first).fontSize);
      shadow(el, 'button[data-size="large"]')!.dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      expect(parseFloat(getComputedStyle(first).fontSize)).to.be.closeTo(before * 1.25, 0.5);
      expect(parseFloat(getComputedStyle(el.querySelector('h1')!).fontSize), 'the title keeps its size').to.be.greaterThan(0);
    });

    it('replaces a broken server image with its alt text', async () => {
      const el = await fixture<QlArticle>(html`<ql-article published-at="2024-01-04 10:40:01">
        <p><img src="/missing-cms-photo.png" alt="侨心博物馆外景" /></p>
        <p>侨捐建筑:松溪县下甸子豪康侨心博物馆</p>
      </ql-article>`);
      await waitUntil(() => el.querySelector('.ql-article__image-missing'), 'the stand-in appears', PATIENCE);
      expect(el.querySelector('img')).to.not.exist;
      expect(text(el)).to.contain('侨心博物馆外景').and.contain('图片暂时无法显示').and.contain('侨捐建筑');
    });
  });

  describe('bodyHtml', () => {
    const attack = `<p>第一段<b>加粗</b></p>
      <script>window.__qlPwned = 'script'</script>
      <img src="/missing-attack.png" onerror="window.__qlPwned = 'onerror'" alt="坏图">
      <a href="javascript:window.__qlPwned='href'">脚本链接</a>
      <a href=" JaVaScRiPt:window.__qlPwned='href2'">大小写脚本链接</a>
      <a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">数据链接</a>
      <a href="news/2.html" target="_blank" id="home" class="x" data-x="1">相对链接</a>
      <img src="data:image/svg+xml,%3Csvg onload='window.__qlPwned=1'/%3E" alt="数据图">
      <img src="data:image/png;base64,iVBORw0KGgo=" alt="内嵌图">
      <a href="ftp://example.org/file">文件传输链接</a> <a href="mailto:a@example.org">邮件链接</a>
      <iframe src="https://example.org/"></iframe>
      <p style="color: red" onclick="window.__qlPwned = 'click'">带样式</p>
      <form action="/x"><input name="q"><button>提交</button></form>
      <svg><script>window.__qlPwned = 'svg'</script></svg>
      <style>body { display: none }</style>
      <table><caption>表格</caption><tr><th scope="col">项目</th></tr><tr><td>金额</td></tr></table>
      <figure><img src="../demo/images/photo-2.svg" alt="捐赠现场" width="800" height="533"><figcaption>捐赠抗洪物资</figcaption></figure>`;

    async function htmlArticle() {
      delete (window as { __qlPwned?: unknown }).__qlPwned;
      const el = await articleWith({ ...minimal, body: undefined, bodyHtml: attack });
      await waitUntil(() => el.querySelector('.ql-article__html'), 'the sanitized body arrives', PATIENCE);
      // Images whose address the sanitizer dropped are replaced at once; 坏图's only once its load fails.
      await waitUntil(() => text(el.querySelector('.ql-article__html')).includes('坏图（图片暂时无法显示）'), 'the broken image has failed', PATIENCE);
      await el.updateComplete;
      return el;
    }

    it('keeps text, links, images, figures and tables', async () => {
      const el = await htmlArticle();
      const body = el.querySelector('.ql-article__html')!;
      expect(text(body)).to.contain('第一段加粗').and.contain('带样式').and.contain('脚本链接').and.contain('金额');
      expect(body.querySelector('b')).to.exist;
      expect(body.querySelector('table caption')).to.exist;
      expect(text(body.querySelector('figure figcaption'))).to.equal('捐赠抗洪物资');
      const relative = [...body.querySelectorAll('a')].find((a) => a.textContent === '相对链接')!;
      expect(relative.getAttribute('href')).to.equal(new URL('news/2.html', document.baseURI).href);
      const photo = body.querySelector<HTMLImageElement>('figure img')!;
      expect(photo.getAttribute('loading')).to.equal('lazy');
      expect(photo.getAttribute('width')).to.equal('800');
    });

    it('leaves no script, handler, style, iframe, form or unsafe URL, and runs nothing', async () => {
      const el = await htmlArticle();
      const body = el.querySelector('.ql-article__html')!;
      expect((window as { __qlPwned?: unknown }).__qlPwned, 'no payload ran').to.be.undefined;
      expect(body.querySelectorAll('script, style, iframe, form, input, button, svg')).to.have.length(0);
      for (const node of body.querySelectorAll('*:not(.ql-article__image-missing, .ql-article__image-missing *)')) {
        for (const attr of node.getAttributeNames()) {
          expect(attr, `<${node.localName} ${attr}>`).to.not.match(/^on|^style$|^class$|^id$|^target$|^data-/);
        }
      }
      for (const node of body.querySelectorAll('[href], [src]')) {
        const url = node.getAttribute('href') ?? node.getAttribute('src')!;
        expect(url).to.match(/^https?:/);
      }
      expect([...body.querySelectorAll('a')].filter((a) => a.hasAttribute('href'))).to.have.length(1);
      expect(body.querySelectorAll('img:not([src])'), 'an image whose URL was dropped is shown as its text').to.have.length(0);
      expect(text(body)).to.contain('内嵌图（图片暂时无法显示）');
    });

    it('replaces a broken image with its alt text', async () => {
      const el = await htmlArticle();
      const stand = el.querySelector('.ql-article__html .ql-article__image-missing')!;
      expect(text(stand)).to.equal('坏图（图片暂时无法显示）');
    });

    it('passes axe-core', async () => {
      expect(await axeViolations(await htmlArticle())).to.deep.equal([]);
    });

    it('resolves relative URLs against the document that held them', async () => {
      const fragment = sanitizeHtml('<a href="2.html">下一页</a><img src="p.png" alt="">', 'https://qiao.example.org/news/1.html', resolveSafeUrl);
      expect(fragment.querySelector('a')!.getAttribute('href')).to.equal('https://qiao.example.org/news/2.html');
      expect(fragment.querySelector('img')!.getAttribute('src')).to.equal('https://qiao.example.org/news/p.png');
      expect(fragment.ownerDocument).to.equal(document);
    });
  });

  describe('images', () => {
    it('keeps the alt text and caption of a broken image readable, with no broken icon', async () => {
      const el = await articleWith({
        ...minimal,
        body: [{ type: 'image', src: '/missing-photo.png', alt: '侨心博物馆外景', caption: '侨捐建筑', credit: '本站记者 摄', width: 800, height: 533 }],
      });
      await waitUntil(() => el.querySelector('.ql-article__image-missing'), 'the stand-in appears', PATIENCE);
      const figure = el.querySelector('figure')!;
      expect(figure.querySelector('img')).to.not.exist;
      expect(text(figure)).to.equal('侨心博物馆外景（图片暂时无法显示） 侨捐建筑 本站记者 摄');
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('toolbar', () => {
    it('sets the text size with aria-pressed buttons, remembered for the next article', async () => {
      const el = await articleWith(full);
      const pressed = () => [...el.shadowRoot!.querySelectorAll('button[aria-pressed="true"]')].map((b) => b.textContent);
      expect(pressed()).to.deep.equal(['中']);
      const body = el.querySelector<HTMLElement>('.ql-article__body p')!;
      const medium = parseFloat(getComputedStyle(body).fontSize);

      shadow(el, 'button[data-size="large"]')!.dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      expect(pressed()).to.deep.equal(['大']);
      expect(el.getAttribute('font-size')).to.equal('large');
      expect(localStorage.getItem(FONT_SIZE_KEY)).to.equal('large');
      expect(parseFloat(getComputedStyle(body).fontSize)).to.be.greaterThan(medium);

      const next = await articleWith(minimal);
      expect(next.fontSize).to.equal('large');
      expect(next.shadowRoot!.querySelector('button[aria-pressed="true"]')!.textContent).to.equal('大');
    });

    it('is operable from the keyboard', async () => {
      const el = await articleWith(full);
      const small = shadow(el, 'button[data-size="small"]') as HTMLButtonElement;
      small.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(small.getAttribute('aria-pressed')).to.equal('true');
      expect(localStorage.getItem(FONT_SIZE_KEY)).to.equal('small');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.fontSize).to.equal('medium');
    });

    it('works when storage throws', async () => {
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('denied', 'SecurityError'));
      const el = await articleWith(minimal);
      expect(el.fontSize).to.equal('medium');
      shadow(el, 'button[data-size="large"]')!.dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      expect(el.fontSize).to.equal('large');
    });

    it('ignores a stored value it does not know', async () => {
      localStorage.setItem(FONT_SIZE_KEY, 'huge');
      expect((await articleWith(minimal)).fontSize).to.equal('medium');
    });

    it('prints, with the toolbar hidden and the page address shown in print', async () => {
      const print = sinon.stub(window, 'print');
      const el = await articleWith(full);
      shadow(el, 'button.print')!.dispatchEvent(new MouseEvent('click'));
      await waitUntil(() => print.called, 'window.print() is called', PATIENCE);
      const url = shadow(el, '[part="print-url"]') as HTMLElement;
      expect(text(url)).to.equal(`本文网址：${location.href}`);
      expect(getComputedStyle(url).display, 'hidden on screen').to.equal('none');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(url).display).to.equal('block');
        expect(getComputedStyle(shadow(el, '[part="toolbar"]')!).display).to.equal('none');
        expect(getComputedStyle(el.querySelector('.ql-article__pager')!).display).to.equal('none');
        expect(getComputedStyle(el.querySelector('.ql-article__body')!).display).to.equal('block');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('offers 关闭 only where the browser lets a page close its window', () => {
      const top = { opener: null, history: { length: 3 } } as unknown as Window;
      const self = (w: Window) => Object.assign(w, { top: w });
      expect(canCloseWindow(self(top))).to.be.false;
      expect(canCloseWindow(self({ ...top, opener: {} } as unknown as Window))).to.be.true;
      expect(canCloseWindow(self({ ...top, history: { length: 1 } } as unknown as Window))).to.be.true;
      const frame = { opener: {}, history: { length: 1 }, top: {} } as unknown as Window;
      expect(canCloseWindow(frame), 'never from a frame').to.be.false;
    });

    it('hides 关闭 after the browser refuses to close', async () => {
      const close = sinon.stub(window, 'close');
      const opener = Object.getOwnPropertyDescriptor(window, 'opener');
      Object.defineProperty(window, 'opener', { value: window, configurable: true, writable: true });
      try {
        const el = await articleWith(full);
        const button = shadow(el, 'button.close')!;
        expect(text(button)).to.equal('关闭');
        button.dispatchEvent(new MouseEvent('click'));
        await el.updateComplete;
        expect(close.calledOnce).to.be.true;
        expect(shadow(el, 'button.close')).to.not.exist;
      } finally {
        if (opener) Object.defineProperty(window, 'opener', opener);
      }
    });

    it('has a share slot in the toolbar', async () => {
      const el = await fixture<QlArticle>(html`<ql-article .data=${full}><div slot="share"><a href="#share">分享</a></div></ql-article>`);
      await loaded(el);
      const share = el.querySelector('[slot="share"]')!;
      expect(share.assignedSlot!.closest('[part="toolbar"]')).to.exist;
    });
  });

  describe('editor, attachments, prev/next and related', () => {
    it('shows each with real links when present', async () => {
      const el = await articleWith(full);
      const attachments = el.querySelectorAll('.ql-article__attachments li');
      expect([...attachments].map(text)).to.deep.equal(['大会工作报告.pdf（PDF，1.2 MB）', '代表名单（DOCX）']);
      expect(attachments[0].querySelector('a')!.href).to.equal(new URL('/files/report.pdf', location.href).href);
      expect(text(el.querySelector('.ql-article__prev'))).to.equal('上一篇：侨联走访慰问归侨侨眷');
      expect(el.querySelector<HTMLAnchorElement>('.ql-article__prev a')!.href).to.equal(new URL('/news/1.html', location.href).href);
      const next = el.querySelector<HTMLAnchorElement>('.ql-article__next a')!;
      expect(next.href).to.equal('https://example.org/news/3.html');
      expect(next.target, 'leaves the site in a new tab').to.equal('_blank');
      expect(text(el.querySelector('.ql-article__related'))).to.equal('相关文章 建瓯市侨联召开代表大会 2023-12-20');
    });

    it('omits each when absent', async () => {
      const el = await articleWith(minimal);
      expect(el.querySelector('.ql-article__attachments, .ql-article__pager, .ql-article__related, .ql-article__subtitle')).to.not.exist;
      expect(shadow(el, '[part="editor"]')).to.not.exist;
    });

    it('shows only the link that exists', async () => {
      const el = await articleWith({ ...minimal, next: full.next });
      expect(el.querySelector('.ql-article__prev')).to.not.exist;
      expect(el.querySelector('.ql-article__next')).to.exist;
    });

    it('describes files by type and size', () => {
      expect(fileType('通知.PDF')).to.equal('PDF');
      expect(fileType('名单', '/files/list.xlsx?v=2')).to.equal('XLSX');
      expect(fileType('名单', '/files/list')).to.equal('');
      expect(formatFileSize(532)).to.equal('532 B');
      expect(formatFileSize(14_000)).to.equal('14 KB');
      expect(formatFileSize(1_258_291)).to.equal('1.2 MB');
      expect(formatFileSize(3 * 1024 ** 3)).to.equal('3 GB');
    });
  });

  describe('manage-head', () => {
    const names = ['ArticleTitle', 'PubDate', 'ContentSource', 'description'];
    let title: string;
    beforeEach(() => (title = document.title));
    afterEach(() => {
      document.title = title;
      for (const name of names) document.head.querySelector(`meta[name="${name}"]`)?.remove();
    });
    const metaContent = (name: string) => document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;

    it('sets the title and the article meta tags, updating tags already there', async () => {
      const existing = Object.assign(document.createElement('meta'), { name: 'description', content: '旧描述' });
      document.head.append(existing);
      const el = await fixture<QlArticle>(html`<ql-article manage-head .data=${full}></ql-article>`);
      await loaded(el);
      expect(document.title).to.equal('松溪县侨联召开第三次代表大会 - 松溪县侨联');
      expect(metaContent('ArticleTitle')).to.equal('松溪县侨联召开第三次代表大会');
      expect(metaContent('PubDate')).to.equal('2024-01-04 10:40');
      expect(metaContent('ContentSource')).to.equal('本站原创');
      expect(existing.content).to.equal('松溪县侨联第三次代表大会在松溪县召开。');
      expect(document.head.querySelectorAll('meta[name="description"]')).to.have.length(1);
    });

    it('leaves the head alone without the attribute', async () => {
      await articleWith(full);
      expect(document.title).to.equal(title);
      expect(metaContent('ArticleTitle')).to.be.undefined;
    });

    it('works in CMS mode from the attributes and the slotted title', async () => {
      const el = await fixture<QlArticle>(html`<ql-article manage-head published-at="2024-01-04 10:40:01" source="本站原创">
        <h1 slot="title">凝侨心 护侨益 聚侨力</h1><p>正文</p>
      </ql-article>`);
      await el.updateComplete;
      expect(document.title).to.equal('凝侨心 护侨益 聚侨力');
      expect(metaContent('PubDate')).to.equal('2024-01-04 10:40');
      expect(metaContent('ContentSource')).to.equal('本站原创');
    });
  });

  describe('states', () => {
    it('shows loading while the document is on its way', async () => {
      const el = await fixture<QlArticle>(html`<ql-article src="/__test__/stall"></ql-article>`);
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      expect(text(shadow(el, '[role="status"]'))).to.equal('正在加载…');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows loading too when its only child is meant for a named slot (the share bar)', async () => {
      const el = await fixture<QlArticle>(html`<ql-article src="/__test__/stall"><span slot="share">分享</span></ql-article>`);
      await el.updateComplete;
      expect(text(shadow(el, '[role="status"]'))).to.equal('正在加载…');
    });

    it('shows a load error with a retry, keeping the server fallback', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<QlArticle>(html`<ql-article src="/missing-article.json"><h1 slot="title">服务器标题</h1><p id="fallback">服务器正文</p></ql-article>`);
      await oneEvent(el, 'ql-error');
      await el.updateComplete;
      expect(text(shadow(el, '[role="alert"]'))).to.contain('数据加载失败').and.contain('404');
      expect(shadow(el, '[part="retry"]')).to.exist;
      expect(el.querySelector('#fallback')!.assignedSlot).to.exist;
      expect(el.querySelector('h1')!.assignedSlot).to.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('leaves out an unsafe image, attachment and link, shows the rest of the article, and says which in ql-load', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<QlArticle>(html`<ql-article></ql-article>`);
      const fired = oneEvent(el, 'ql-load');
      el.data = {
        ...full,
        body: [...full.body!, { type: 'image', src: 'javascript:alert(1)', alt: '图' }],
        attachments: [{ name: '坏附件.pdf', url: 'javascript:void(0)' }, ...full.attachments!],
        prev: { title: '没有地址的上一篇', url: '#' },
      };
      const { detail } = await fired;
      await loaded(el);
      expect(el.status).to.equal('ready');
      expect(shadow(el, '[role="alert"]')).to.not.exist;
      expect(text(el.querySelector('h1'))).to.equal(full.title);
      expect(text(el.querySelector('.ql-article__body'))).to.contain('会议听取了工作报告。').and.contain('凝聚侨心，汇集侨智。');
      expect([...el.querySelectorAll('img')].map((img) => img.alt)).to.deep.equal(['会场全景']);
      expect([...el.querySelectorAll('.ql-article__attachments a')].map(text).join(' ')).to.contain('大会工作报告').and.not.contain('坏附件');
      expect(el.querySelector('.ql-article__prev')).to.not.exist;
      expect(text(el.querySelector('.ql-article__pager'))).to.contain('侨界人士参观百年蔗园');
      expect(el.querySelector('[href^="javascript"], [src^="javascript"]')).to.not.exist;
      expect(detail.problems.map(({ path, severity }: { path: string; severity: string }) => [path, severity])).to.deep.equal([
        ['body[5].src', 'warning'],
        ['attachments[0].url', 'warning'],
        ['prev.url', 'warning'],
      ]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('names the invalid field and shows nothing of a document without a usable date', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<QlArticle>(html`<ql-article></ql-article>`);
      const fired = oneEvent(el, 'ql-error');
      // A date no calendar has: the article cannot say when it was published.
      el.data = { ...minimal, publishedAt: '2024-02-30 10:40:01', body: [{ type: 'image', src: 'javascript:alert(1)', alt: '图' }] };
      const { detail } = await fired;
      expect(detail.path).to.equal('publishedAt');
      await el.updateComplete;
      expect(el.status).to.equal('error');
      expect(text(shadow(el, '[role="alert"]'))).to.contain('数据格式有误').and.contain('publishedAt');
      expect(el.querySelector('h1')).to.not.exist;
      expect(el.querySelector('img')).to.not.exist;
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('names the missing title, not the numeric id left out before it, when a CMS export has no title', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<QlArticle>(html`<ql-article></ql-article>`);
      const fired = oneEvent(el, 'ql-error');
      const { title: _title, ...untitled } = minimal;
      // CMSes write their row id as a number: a warning, listed before the error it must not stand for.
      el.data = { ...untitled, id: 10462 };
      const { detail } = await fired;
      expect(detail.path).to.equal('title');
      await el.updateComplete;
      expect(text(shadow(el, '[role="alert"]'))).to.contain('title').and.not.contain('id');
    });

    it('loads from an inline JSON child', async () => {
      const el = await fixture<QlArticle>(html`<ql-article>
        <script type="application/json">
          { "version": 1, "title": "内联文章", "publishedAt": "2024-01-04T10:40:01+08:00", "body": [{ "type": "paragraph", "text": "内联正文" }] }
        </script>
      </ql-article>`);
      await loaded(el);
      expect(text(el.querySelector('h1'))).to.equal('内联文章');
      expect(text(el.querySelector('.ql-article__body'))).to.equal('内联正文');
    });

    it('passes axe-core with every part shown, and in large print', async () => {
      const el = await articleWith(full);
      expect(await axeViolations(el)).to.deep.equal([]);
      shadow(el, 'button[data-size="large"]')!.dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('passes axe-core on the seed article', async () => {
      const el = await fixture<QlArticle>(html`<ql-article src=${SEED_URL}></ql-article>`);
      await loaded(el);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('speaks the page language', async () => {
      const el = await articleWith(full);
      await setLang('en');
      try {
        
        await el.updateComplete;
        expect(meta(el)).to.contain('Published：2024-01-04 10:40:01').and.contain('Author：本站编辑');
        expect(text(el.querySelector('.ql-article__prev'))).to.contain('Previous：');
      } finally {
        document.documentElement.lang = 'zh-Hans';
      }
    });
  });
});
