/**
 * The elder mode (长者模式, 适老化): the switch and its memory, and what it does to every element:
 * text at least 18 px (the article body 20 px), line height at least 1.5, 7:1 contrast, 60×60 px
 * targets, no animation; and the reader's `prefers-reduced-motion` / `prefers-contrast` without it.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import sinon from 'sinon';
import '../src/index.js';
import { ELDER_ATTRIBUTE, ELDER_KEY, setElderMode } from '../src/components/elder-toggle/elder-mode.js';
import type { QlElderToggle } from '../src/components/elder-toggle/elder-toggle.js';
import type { SiteDocument } from '../src/contract/index.js';
import { PATIENCE, afterFrame, loaded } from './helpers.js';
import { contrastOf, controls, describe as name, fontSize, lineHeight, runningAnimations, textElements } from './reader-checks.js';

const ARTICLE = new URL('../demo/data/article-songxi-three-chapters.json', import.meta.url).href;
const FEED = new URL('../demo/data/feeds/songxi-1.json', import.meta.url).href;
const site = (await (await fetch(new URL('../demo/data/site.json', import.meta.url))).json()) as SiteDocument;
const STALL = () => new URL(`/__test__/stall?key=elder-${Math.random()}`, location.href).href;

const root = document.documentElement;
const button = (toggle: Element) => toggle.shadowRoot!.querySelector('button')!;

function reset() {
  root.removeAttribute(ELDER_ATTRIBUTE);
  localStorage.removeItem(ELDER_KEY);
}

/** Every element of the library on one page, the share bar in the article's toolbar. */
async function everyElement() {
  const page = await fixture<HTMLElement>(html`<div>
    <ql-site-header .data=${site} channel="qjyw" page-title="正文">
      <ql-script-toggle slot="tools"></ql-script-toggle>
      <ql-elder-toggle slot="tools"></ql-elder-toggle>
    </ql-site-header>
    <main>
      <ql-article src=${ARTICLE}><ql-share-bar slot="share"></ql-share-bar></ql-article>
      <ql-news-list src=${FEED} page-size="5"></ql-news-list>
    </main>
    <ql-site-footer .data=${site}></ql-site-footer>
  </div>`);
  for (const el of page.querySelectorAll('ql-site-header, ql-article, ql-news-list, ql-site-footer')) await loaded(el as HTMLElement);
  for (const el of page.querySelectorAll('ql-script-toggle, ql-elder-toggle, ql-share-bar')) await (el as LitElement).updateComplete;
  await afterFrame();
  return page;
}

describe('ql-elder-toggle', () => {
  beforeEach(reset);
  after(reset);

  it('switches the whole page, says so with aria-pressed, fires ql-elder-change and remembers it', async () => {
    const toggle = await fixture<QlElderToggle>(html`<ql-elder-toggle></ql-elder-toggle>`);
    expect(button(toggle).getAttribute('aria-pressed')).to.equal('false');
    expect(button(toggle).textContent!.trim()).to.equal('长者模式');

    const change = oneEvent(toggle, 'ql-elder-change');
    button(toggle).click();
    expect((await change).detail).to.deep.equal({ elder: true });
    await toggle.updateComplete;
    expect(root.hasAttribute(ELDER_ATTRIBUTE)).to.be.true;
    expect(button(toggle).getAttribute('aria-pressed')).to.equal('true');
    expect(localStorage.getItem(ELDER_KEY)).to.equal('1');

    button(toggle).click();
    await toggle.updateComplete;
    expect(root.hasAttribute(ELDER_ATTRIBUTE)).to.be.false;
    expect(button(toggle).getAttribute('aria-pressed')).to.equal('false');
    expect(localStorage.getItem(ELDER_KEY)).to.equal('0');
  });

  it('keeps every switch on the page in step', async () => {
    const page = await fixture<HTMLElement>(html`<div><ql-elder-toggle></ql-elder-toggle><ql-elder-toggle></ql-elder-toggle></div>`);
    const [a, b] = [...page.querySelectorAll<QlElderToggle>('ql-elder-toggle')];
    button(a).click();
    await b.updateComplete;
    expect(button(b).getAttribute('aria-pressed')).to.equal('true');
    expect(b.active).to.be.true;
  });

  it('applies the remembered choice on the next page, and a remembered "off" over the page’s own attribute', async () => {
    localStorage.setItem(ELDER_KEY, '1');
    const toggle = await fixture<QlElderToggle>(html`<ql-elder-toggle></ql-elder-toggle>`);
    expect(root.hasAttribute(ELDER_ATTRIBUTE)).to.be.true;
    expect(button(toggle).getAttribute('aria-pressed')).to.equal('true');
    toggle.remove();

    localStorage.setItem(ELDER_KEY, '0');
    root.setAttribute(ELDER_ATTRIBUTE, '');
    await fixture(html`<ql-elder-toggle></ql-elder-toggle>`);
    expect(root.hasAttribute(ELDER_ATTRIBUTE)).to.be.false;
  });

  it('still switches where storage throws (private mode, sandboxed frame)', async () => {
    const get = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    const set = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    try {
      const toggle = await fixture<QlElderToggle>(html`<ql-elder-toggle></ql-elder-toggle>`);
      button(toggle).click();
      await toggle.updateComplete;
      expect(root.hasAttribute(ELDER_ATTRIBUTE)).to.be.true;
      expect(button(toggle).getAttribute('aria-pressed')).to.equal('true');
    } finally {
      get.restore();
      set.restore();
    }
  });

  it('reads its label in the page’s language', async () => {
    const toggle = await fixture<QlElderToggle>(html`<ql-elder-toggle></ql-elder-toggle>`);
    root.lang = 'zh-Hant-TW';
    try {
      await waitUntil(() => button(toggle).textContent!.trim() === '長者模式', 'the traditional label', PATIENCE);
    } finally {
      root.lang = 'zh-Hans';
    }
  });
});

describe('the elder mode on every element', function () {
  let page: HTMLElement;

  before(() => setElderMode(true, false));
  after(reset);
  beforeEach(async () => {
    root.setAttribute(ELDER_ATTRIBUTE, '');
    page = await everyElement();
  });

  it('shows all text at 18 px or more and the article body at 20 px, with line height 1.5 or more', () => {
    const texts = textElements(page);
    expect(texts.length).to.be.greaterThan(50);
    const small = texts.filter((el) => fontSize(el) < 17.95).map((el) => `${name(el)}: ${fontSize(el)}px`);
    expect(small, 'text under 18 px').to.deep.equal([]);
    const body = texts.filter((el) => el.closest('.ql-article__body'));
    expect(body.length).to.be.greaterThan(10);
    expect(body.filter((el) => fontSize(el) < 19.95).map((el) => `${name(el)}: ${fontSize(el)}px`), 'article body under 20 px').to.deep.equal([]);
    // Running text; headings and one-line button labels are not paragraphs.
    const prose = texts.filter((el) => !el.closest('button, h1, h2, h3, h4, h5, h6'));
    expect(prose.filter((el) => lineHeight(el) < 1.5).map((el) => `${name(el)}: ${lineHeight(el).toFixed(2)}`), 'line height under 1.5').to.deep.equal([]);
  });

  it('makes every button and every link outside running text at least 60×60 px', () => {
    const targets = controls(page).filter((el) => !el.closest('.ql-article__body'));
    expect(targets.length).to.be.greaterThan(20);
    const small = targets
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 59.5 || box.height < 59.5)
      .map(({ el, box }) => `${name(el)}: ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
    expect(small).to.deep.equal([]);
  });

  it('gives every piece of text a contrast of 7:1 or more', () => {
    const low = textElements(page)
      .filter((el) => !el.closest('[aria-disabled="true"], :disabled'))
      .map((el) => ({ el, ratio: contrastOf(el) }))
      .filter(({ ratio }) => ratio < 7)
      .map(({ el, ratio }) => `${name(el)}: ${ratio.toFixed(2)}`);
    expect(low).to.deep.equal([]);
  });

  it('wraps long news titles instead of cutting them', () => {
    const links = [...page.querySelectorAll<HTMLElement>('.ql-news__link')];
    expect(links.length).to.equal(5);
    for (const link of links) expect(link.scrollWidth, name(link)).to.be.at.most(link.clientWidth + 1);
  });

  it('hides the decorative share icons and keeps the names', () => {
    const bar = page.querySelector('ql-share-bar')!.shadowRoot!;
    const icons = [...bar.querySelectorAll('button svg')];
    expect(icons.length).to.be.greaterThan(0);
    expect(icons.every((svg) => svg.getClientRects().length === 0)).to.be.true;
    expect(bar.querySelector('[part~="wechat"] [part="label"]')!.textContent!.trim()).to.equal('微信');
  });
});

describe('motion', function () {
  afterEach(async () => {
    reset();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  const skeleton = async () => {
    const list = await fixture<HTMLElement>(html`<ql-news-list src=${STALL()}></ql-news-list>`);
    await waitUntil(() => !!list.shadowRoot?.querySelector('.skeleton'), 'the loading skeleton', PATIENCE);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return list;
  };

  it('the loading skeleton pulses for a reader who has not asked for less motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await skeleton();
    expect(runningAnimations().length).to.be.greaterThan(0);
  });

  it('nothing moves in the elder mode', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    root.setAttribute(ELDER_ATTRIBUTE, '');
    await skeleton();
    expect(runningAnimations()).to.deep.equal([]);
  });

  it('nothing moves for a reader who prefers reduced motion, without the elder mode', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await skeleton();
    expect(runningAnimations()).to.deep.equal([]);
  });
});

describe('prefers-contrast: more, without the elder mode', () => {
  after(reset);

  it('gives the same 7:1 colours when the reader’s system asks for more contrast', async () => {
    const page = await everyElement();
    const before = textElements(page).filter((el) => contrastOf(el) < 7).length;
    expect(before, 'the default palette has text under 7:1').to.be.greaterThan(0);
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }]);
    try {
      expect(matchMedia('(prefers-contrast: more)').matches, 'the emulation took').to.be.true;
      const low = textElements(page)
        .filter((el) => !el.closest('[aria-disabled="true"], :disabled'))
        .filter((el) => contrastOf(el) < 7)
        .map((el) => `${name(el)}: ${contrastOf(el).toFixed(2)}`);
      expect(low).to.deep.equal([]);
    } finally {
      await executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'no-preference' }]);
    }
  });
});
