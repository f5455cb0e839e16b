/**
 * An old CMS template's global resets (`*`, `body`, `p`, `a`, `img`, `table`, `ul/li`, `font`) must not
 * reach the content the elements render into the page: under them the article reads at 16 px, 字号
 * and the elder mode change it as on a clean page, and every paragraph, list and image keeps its
 * spacing and flow. Measured against the same elements on the same page without the resets.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { ELDER_ATTRIBUTE, ELDER_KEY } from '../src/components/elder-toggle/elder-mode.js';
import { FONT_SIZE_KEY } from '../src/components/article/font-size.js';
import type { SiteDocument } from '../src/contract/index.js';
import { PATIENCE, loaded } from './helpers.js';
import { describe as name, fontSize, textElements } from './reader-checks.js';

const ARTICLE = new URL('../demo/data/articles/article-jianou-congress.json', import.meta.url).href;
const FEED = new URL('../demo/data/feeds/songxi-1.json', import.meta.url).href;
const PHOTO = new URL('../demo/images/photo-2.svg', import.meta.url).href;
const site = (await (await fetch(new URL('../demo/data/site.json', import.meta.url))).json()) as SiteDocument;

/** What county templates of the 2000s carry, written the way they write it. */
const LEGACY_CSS = `
  * { font-size: 12px; margin: 0; padding: 0; line-height: 1.5 }
  body { font: 12px/1.5 宋体, SimSun, serif; color: #333 }
  p { margin: 0; padding: 0; text-indent: 0 }
  a, a:link, a:visited { color: red; text-decoration: none; font-size: 12px }
  img { border: 0; vertical-align: middle; display: block }
  table { border-collapse: collapse; border-spacing: 0 }
  td, th { font-size: 12px; padding: 0; vertical-align: top }
  ul, ol, li { list-style: none }
  h1, h2, h3, h4, h5, h6 { font-size: 12px; font-weight: normal }
  font { font-size: 12px }
  blockquote, figure, figcaption { margin: 0 }
`;

let legacy: HTMLStyleElement | undefined;
function useLegacyCss(on: boolean) {
  legacy?.remove();
  legacy = undefined;
  if (!on) return;
  legacy = document.createElement('style');
  legacy.textContent = LEGACY_CSS;
  document.head.append(legacy);
}

function reset() {
  useLegacyCss(false);
  document.documentElement.removeAttribute(ELDER_ATTRIBUTE);
  localStorage.removeItem(ELDER_KEY);
  localStorage.removeItem(FONT_SIZE_KEY);
}

/** Every content element, in a fixed-width table cell as on an old template; the CMS-mode article as a CMS prints it. */
async function page(fontSize = 'medium'): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<table width="760" cellpadding="0" cellspacing="0"><tbody><tr><td>
    <ql-article id="doc" src=${ARTICLE} font-size=${fontSize}></ql-article>
    <ql-article id="cms" published-at="2024-01-04 10:40:01" author="本站编辑" font-size=${fontSize}>
      <h1 slot="title">县侨联召开全委会议</h1>
      <div class="TRS_Editor">
        <p>会议由县侨联主席主持，<a href="#minutes">会议纪要</a>另行印发。</p>
        <p><font color="#000000">会议审议通过了以下事项：</font></p>
        <ul><li>年度工作报告</li><li>财务报告</li></ul>
        <ol><li>第一项</li><li>第二项</li></ol>
        <h3>会议要求</h3>
        <p><img src=${PHOTO} alt="会场" width="400" height="267" /></p>
        <table border="1"><tbody><tr><td>参会人数</td><td>45</td></tr></tbody></table>
      </div>
    </ql-article>
    <ql-news-list src=${FEED} page-size="5"></ql-news-list>
    <ql-site-footer .data=${site}></ql-site-footer>
  </td></tr></tbody></table>`);
  for (const element of el.querySelectorAll<HTMLElement>('ql-article, ql-news-list, ql-site-footer')) await loaded(element);
  const images = [...el.querySelectorAll('img')].filter((img) => img.loading !== 'lazy');
  await waitUntil(() => images.every((img) => img.complete), 'images loaded', PATIENCE);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return el;
}

const px = (value: string) => (value.endsWith('px') ? parseFloat(value) : value);
const PROPERTIES = [
  'font-size', 'font-weight', 'line-height', 'text-indent', 'text-decoration-line', 'display', 'vertical-align',
  'margin-top', 'margin-bottom', 'margin-left', 'padding-top', 'padding-left', 'list-style-type', 'width', 'height',
] as const;

/**
 * How each piece of content is laid out, in units of its element's text size (so a list sitting in
 * a 12 px cell compares with one in a 16 px page): every light-DOM descendant of every element, by
 * its place in the tree. Colour is left out: the site's own link colour may show through.
 */
function layout(root: HTMLElement): Record<string, Record<string, number | string>> {
  const found: Record<string, Record<string, number | string>> = {};
  for (const element of root.querySelectorAll<HTMLElement>('ql-article, ql-news-list, ql-site-footer')) {
    const unit = fontSize(element);
    const top = element.getBoundingClientRect();
    const content = [...element.querySelectorAll<HTMLElement>(':scope > :not([slot="share"], script), :scope > :not([slot="share"], script) *')];
    content.forEach((el, i) => {
      const style = getComputedStyle(el);
      const entry: Record<string, number | string> = {};
      for (const property of PROPERTIES) {
        if ((property === 'width' || property === 'height') && el.localName !== 'img') continue;
        const value = px(style.getPropertyValue(property));
        entry[property] = typeof value === 'number' ? Math.round((value / unit) * 100) / 100 : value;
      }
      // A cell's vertical alignment stays the site's: resetting it would also drop the `valign` a CMS writes.
      if (el.localName === 'td') delete entry['vertical-align'];
      if (el.localName === 'img') entry.left = Math.round(((el.getBoundingClientRect().left - top.left) / unit) * 100) / 100;
      found[`${element.localName}#${element.id || ''} ${i} ${el.localName}.${el.className}`] = entry;
    });
  }
  return found;
}

const paragraphs = (root: HTMLElement, id: string) => [...root.querySelectorAll<HTMLElement>(`#${id} :is(.ql-article__body, .TRS_Editor) p`)];
const sizes = (els: HTMLElement[]) => els.map(fontSize);

describe('content under an old template\'s global resets', function () {
  this.timeout(120_000);
  beforeEach(reset);
  after(reset);

  it('reads at 16 px, its paragraphs, lists, headings and images laid out as on a clean page', async () => {
    const clean = layout(await page());
    useLegacyCss(true);
    const root = await page();
    expect(getComputedStyle(document.body).fontSize, 'the resets are in force').to.equal('12px');
    for (const id of ['doc', 'cms']) {
      const body = paragraphs(root, id);
      expect(body.length, `${id}: paragraphs`).to.be.greaterThan(1);
      expect(sizes(body), `${id}: body text`).to.deep.equal(body.map(() => 16));
      expect(body.every((p) => parseFloat(getComputedStyle(p).marginBottom) > 0), `${id}: paragraphs spaced`).to.be.true;
      for (const list of root.querySelectorAll<HTMLElement>(`#${id} :is(ul, ol):not(.ql-news)`)) {
        const style = getComputedStyle(list);
        expect(parseFloat(style.paddingInlineStart), `${id}: ${name(list)} indented`).to.be.greaterThan(10);
        expect(getComputedStyle(list.querySelector('li')!).listStyleType, `${id}: ${name(list)} marked`).to.match(/disc|decimal/);
      }
    }
    expect(layout(root)).to.deep.equal(clean);
  });

  for (const size of ['large', 'small'] as const) {
    it(`makes the body ${size === 'large' ? 'larger' : 'smaller'} with 字号 ${size === 'large' ? '大' : '小'} exactly as on a clean page`, async () => {
      const clean = await page(size);
      const expected = { doc: sizes(paragraphs(clean, 'doc')), cms: sizes(paragraphs(clean, 'cms')) };
      const cleanLayout = layout(clean);
      useLegacyCss(true);
      const root = await page(size);
      for (const id of ['doc', 'cms'] as const) {
        const got = sizes(paragraphs(root, id));
        expect(got, `${id} under the resets`).to.deep.equal(expected[id]);
        for (const s of got) size === 'large' ? expect(s).to.be.greaterThan(16) : expect(s).to.be.lessThan(16);
      }
      expect(layout(root)).to.deep.equal(cleanLayout);
    });
  }

  it('keeps the elder mode\'s promise: the article body at 20 px or more, every text of the elements at 18 px or more', async () => {
    useLegacyCss(true);
    document.documentElement.setAttribute(ELDER_ATTRIBUTE, '');
    const root = await page();
    for (const id of ['doc', 'cms']) {
      const small = paragraphs(root, id).filter((p) => fontSize(p) < 19.95);
      expect(small.map((p) => `${name(p)}: ${fontSize(p)}px`), `${id}: body under 20 px`).to.deep.equal([]);
    }
    const texts = textElements(root);
    expect(texts.length).to.be.greaterThan(40);
    const under = texts.filter((el) => fontSize(el) < 17.95).map((el) => `${name(el)}: ${fontSize(el)}px`);
    expect(under, 'text under 18 px').to.deep.equal([]);
  });
});

describe('demo/legacy-template.html', function () {
  this.timeout(120_000);
  beforeEach(reset);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    reset();
  });

  /** The page in a frame, every element settled. */
  async function open(): Promise<Document> {
    const frame = document.createElement('iframe');
    frame.title = 'legacy template';
    frame.width = '1024';
    frame.height = '800';
    const onLoad = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/legacy-template.html';
    document.body.append(frame);
    await onLoad;
    const doc = frame.contentDocument!;
    const tags = ['ql-site-header', 'ql-article', 'ql-news-list', 'ql-site-footer'];
    const settled = () => tags.every((tag) => (doc.querySelector(tag) as HTMLElement & { status?: string } | null)?.status === 'ready');
    await waitUntil(settled, 'the page\'s elements ready', PATIENCE);
    await waitUntil(() => doc.querySelectorAll('.ql-article__body p').length > 1, 'the article body', PATIENCE);
    return doc;
  }
  const bodyText = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('.ql-article__body :is(p, li)')];

  it('shows the page\'s own text at the template\'s 12 px and the article at 16 px, 大 at 20 px', async () => {
    const doc = await open();
    expect(fontSize(doc.querySelector('.position font')!), 'the template\'s own text').to.equal(12);
    expect(sizes(bodyText(doc))).to.deep.equal(bodyText(doc).map(() => 16));
    const large = doc.querySelector('ql-article')!.shadowRoot!.querySelector<HTMLButtonElement>('button[data-size="large"]')!;
    large.click();
    await waitUntil(() => fontSize(bodyText(doc)[0]) === 20, '字号 大', PATIENCE);
    expect(sizes(bodyText(doc))).to.deep.equal(bodyText(doc).map(() => 20));
  });

  it('keeps the elder mode\'s promise when the reader turns it on with the page\'s toggle', async () => {
    const doc = await open();
    doc.querySelector('ql-elder-toggle')!.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => doc.documentElement.hasAttribute(ELDER_ATTRIBUTE), 'the elder mode on', PATIENCE);
    expect(bodyText(doc).filter((el) => fontSize(el) < 19.95).map(name), 'body under 20 px').to.deep.equal([]);
    const ours = [...doc.querySelectorAll('ql-site-header, ql-article, ql-news-list, ql-site-footer')].flatMap((el) => textElements(el));
    expect(ours.length).to.be.greaterThan(30);
    expect(ours.filter((el) => fontSize(el) < 17.95).map((el) => `${name(el)}: ${fontSize(el)}px`), 'text under 18 px').to.deep.equal([]);
  });
});
