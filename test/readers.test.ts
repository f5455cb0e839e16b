/**
 * Every reader: keyboard only (every control reached with Tab, operable, focus always visible, no
 * trap), 200% text and page zoom and a 320 px wide phone (nothing lost, one scroll direction), and
 * axe-core on every demo page in simplified, traditional, the elder mode and at 200% text zoom.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import { ELDER_ATTRIBUTE, ELDER_KEY } from '../src/components/elder-toggle/elder-mode.js';
import type { SiteDocument } from '../src/contract/index.js';
import { STORAGE_KEY as SCRIPT_KEY } from '../src/script/script-switch.js';
import { PATIENCE, loaded } from './helpers.js';
import { computed, controls, deepActiveElement, deepAll, describe as name, seen, textElements } from './reader-checks.js';

const ARTICLE = new URL('../demo/data/article-songxi-three-chapters.json', import.meta.url).href;
const FEED = new URL('../demo/data/feeds/songxi-1.json', import.meta.url).href;
const site = (await (await fetch(new URL('../demo/data/site.json', import.meta.url))).json()) as SiteDocument;

const root = document.documentElement;

function cleanUp() {
  root.removeAttribute(ELDER_ATTRIBUTE);
  localStorage.removeItem(ELDER_KEY);
  localStorage.removeItem(SCRIPT_KEY);
}

/** A visible focus indicator: an outline or a ring drawn with box-shadow. */
function focusVisible(el: Element): boolean {
  const style = computed(el);
  return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
}

describe('keyboard only', function () {
  let page: HTMLElement;
  const press = async (key: string) => {
    if (key !== 'Shift+Tab') return sendKeys({ press: key });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  };

  beforeEach(async () => {
    cleanUp();
    page = await fixture<HTMLElement>(html`<div>
      <button id="start">start</button>
      <ql-site-header .data=${site} channel="qjyw" page-title="正文">
        <ql-script-toggle slot="tools"></ql-script-toggle>
        <ql-elder-toggle slot="tools"></ql-elder-toggle>
      </ql-site-header>
      <ql-article src=${ARTICLE}><ql-share-bar slot="share" sites="wechat weibo copy"></ql-share-bar></ql-article>
      <ql-news-list src=${FEED} page-size="5"></ql-news-list>
      <ql-site-footer .data=${site}></ql-site-footer>
      <button id="end">end</button>
    </div>`);
    for (const el of page.querySelectorAll('ql-site-header, ql-article, ql-news-list, ql-site-footer')) await loaded(el as HTMLElement);
  });
  afterEach(cleanUp);

  /** Presses `key` until focus is on `target` (or fails after `limit` presses). */
  async function tabTo(target: Element, key = 'Tab', limit = 120) {
    for (let i = 0; i < limit && deepActiveElement() !== target; i++) await press(key);
    expect(deepActiveElement(), `focus on ${name(target)}`).to.equal(target);
  }

  it('reaches every control of every element with Tab, in both directions, with the focus always visible', async () => {
    const start = page.querySelector<HTMLElement>('#start')!;
    const end = page.querySelector<HTMLElement>('#end')!;
    const expected = controls(page).filter((el) => el !== start && el !== end);
    expect(expected.length).to.be.greaterThan(25);

    start.focus();
    const reached: Element[] = [];
    const unseen: string[] = [];
    for (let i = 0; i < 200; i++) {
      await press('Tab');
      const active = deepActiveElement()!;
      if (active === end) break;
      reached.push(active);
      if (!focusVisible(active)) unseen.push(name(active));
    }
    expect(deepActiveElement(), 'Tab leaves the last element').to.equal(end);
    expect(expected.filter((el) => !reached.includes(el)).map(name), 'controls Tab never reached').to.deep.equal([]);
    expect(unseen, 'focus without a visible indicator').to.deep.equal([]);

    // And back: Shift+Tab from the end reaches the start through the same controls.
    let back = 0;
    for (; back < 200 && deepActiveElement() !== start; back++) await press('Shift+Tab');
    expect(deepActiveElement()).to.equal(start);
    expect(back).to.equal(reached.length + 1);
  });

  it('operates the elder switch, the text size, the pager and the 简/繁 switch from the keyboard', async () => {
    const elder = page.querySelector('ql-elder-toggle')!.shadowRoot!.querySelector('button')!;
    await tabTo(elder);
    await press('Enter');
    expect(root.hasAttribute(ELDER_ATTRIBUTE), 'Enter turns the elder mode on').to.be.true;
    await press('Space');
    expect(root.hasAttribute(ELDER_ATTRIBUTE), 'Space turns it off').to.be.false;

    const article = page.querySelector('ql-article')!;
    const large = article.shadowRoot!.querySelector<HTMLElement>('[data-size="large"]')!;
    await tabTo(large);
    await press('Space');
    await waitUntil(() => article.getAttribute('font-size') === 'large', 'the large text size', PATIENCE);
    localStorage.removeItem('ql:font-size');

    const list = page.querySelector('ql-news-list')!;
    const next = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="pager"] a')].find((b) => b.textContent!.trim() === '下一页')!;
    await tabTo(next);
    const first = list.querySelector('.ql-news__title')!.textContent;
    await press('Enter');
    await waitUntil(() => list.querySelector('.ql-news__title')?.textContent !== first, 'page 2 of the list', PATIENCE);

    const script = page.querySelector('ql-script-toggle')!;
    const scriptButton = script.shadowRoot!.querySelector('button')!;
    await tabTo(scriptButton, 'Shift+Tab');
    await press('Enter');
    await waitUntil(() => root.lang.startsWith('zh-Hant'), 'the page in traditional', PATIENCE);
    await waitUntil(() => !scriptButton.hasAttribute('aria-busy'), 'the switch settled', PATIENCE);
    await press('Enter');
    await waitUntil(() => root.lang === 'zh-Hans', 'the page back in simplified', PATIENCE);
  });

  it('opens the WeChat QR popover with Enter, lets Tab move through and out of it, and closes it with Escape', async () => {
    const bar = page.querySelector('ql-share-bar')!;
    const wechat = bar.shadowRoot!.querySelector<HTMLButtonElement>('[part~="wechat"]')!;
    const weibo = bar.shadowRoot!.querySelector<HTMLButtonElement>('[part~="weibo"]')!;
    const popover = () => bar.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]');
    const open = sinon.stub(window, 'open');
    try {
      await tabTo(wechat);
      await press('Enter');
      await waitUntil(() => !!popover(), 'the QR popover', PATIENCE);
      expect(wechat.getAttribute('aria-expanded')).to.equal('true');
      expect(popover()!.contains(deepActiveElement()), 'focus moves into the popover').to.be.true;

      await press('Tab');
      const close = popover()!.querySelector('button')!;
      expect(deepActiveElement(), 'Tab reaches its close button').to.equal(close);
      expect(focusVisible(close)).to.be.true;
      await press('Tab');
      expect(popover()?.contains(deepActiveElement()) ?? false, 'Tab leaves the popover: no trap').to.be.false;
      expect(deepActiveElement()).to.equal(weibo);

      await press('Shift+Tab');
      expect(deepActiveElement(), 'Shift+Tab comes back to its close button').to.equal(close);
      await press('Escape');
      expect(popover(), 'Escape closes it').to.equal(null);
      expect(deepActiveElement(), 'and gives the focus back to the WeChat button').to.equal(wechat);
      expect(wechat.getAttribute('aria-expanded')).to.equal('false');
    } finally {
      open.restore();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The demo pages, each in a frame as a reader's browser shows it.

interface Demo {
  path: string;
  /** Carries the header's switches (the others are pages inside pages, or built for one purpose). */
  switches: boolean;
  /** axe can be added to the page: not under Trusted Types, which refuse a script added from outside. */
  axe?: false;
}

const DEMOS: Demo[] = [
  { path: '/demo/index.html', switches: true },
  { path: '/demo/portal.html', switches: true },
  { path: '/demo/province.html', switches: true },
  { path: '/demo/songxi/index.html', switches: true },
  { path: '/demo/songxi/article.html?id=sx-2024-0118', switches: true },
  { path: '/demo/themes/index.html', switches: false },
  // The built drop-in file under a strict Content-Security-Policy (`npm test` builds it first).
  { path: '/demo/csp/index.html', switches: true, axe: false },
  { path: '/demo/themes/sample.html', switches: false },
  { path: '/demo/themes/gov-blue.html', switches: false },
  { path: '/demo/legacy-template.html', switches: true },
];

interface Frame {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & { axe?: typeof import('axe-core') };
}

/** Opens a demo page in a frame of the given size and waits until every element has settled. */
async function openDemo(path: string, options: { width?: number; height?: number; zoom?: boolean; elder?: boolean; script?: boolean } = {}): Promise<Frame> {
  if (options.elder) localStorage.setItem(ELDER_KEY, '1');
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.cssText = `width:${options.width ?? 1280}px;height:${options.height ?? 900}px;border:0;display:block`;
  const onLoad = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = options.script ? `${path}${path.includes('?') ? '&' : '?'}script=zh-Hant` : path;
  document.body.append(frame);
  await onLoad;
  const win = frame.contentWindow as Frame['win'];
  const doc = win.document;
  const pending = () =>
    deepAll(doc, '*').filter(
      (el) => {
        if (!el.localName.startsWith('ql-')) return false;
        const status = (el as HTMLElement & { status?: string }).status;
        // An element with the CMS's markup and no data stays idle, showing that markup.
        return !win.customElements.get(el.localName) || status === 'loading' || (status === 'idle' && el.hasAttribute('src'));
      },
    );
  await waitUntil(() => pending().length === 0, `${path}: elements settled (${pending().map((el) => el.localName)})`, PATIENCE);
  if (options.script && doc.querySelector('ql-script-toggle')) await waitUntil(() => doc.documentElement.lang.startsWith('zh-Hant'), `${path} in traditional`, PATIENCE);
  if (options.elder && !doc.querySelector('ql-elder-toggle')) doc.documentElement.setAttribute(ELDER_ATTRIBUTE, '');
  if (options.zoom) doc.documentElement.style.fontSize = '200%';
  await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve))); // laid out and painted
  return { frame, doc, win };
}

async function axeOn({ doc, win }: Frame, enhancedContrast = false): Promise<string[]> {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    doc.head.append(script);
    await ready;
  }
  const results = await win.axe!.run(doc, { rules: { 'color-contrast-enhanced': { enabled: enhancedContrast } } });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`));
}

/**
 * What a narrow or zoomed page must not do: scroll sideways, put text beyond the edge, or cut text
 * inside a box. `cutTitles`: the news list's designed one-line titles, cut with an ellipsis at wide
 * widths, are allowed where the link carries the whole title (its text, and `title` on hover).
 */
function lostContent({ doc, win }: Frame, cutTitles: boolean): string[] {
  const problems: string[] = [];
  if (doc.documentElement.scrollWidth > win.innerWidth) problems.push(`page scrolls sideways: ${doc.documentElement.scrollWidth} > ${win.innerWidth}`);
  const clippers = (el: Element) => {
    const found: Element[] = [];
    for (let node: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host; node && node !== doc.body; node = node.assignedSlot ?? node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
      const style = computed(node);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') found.push(node);
    }
    return found;
  };
  for (const el of textElements(doc.body)) {
    const box = el.getBoundingClientRect();
    const boxes = clippers(el);
    // A wide table scrolls in its own box, as WCAG's reflow exception allows.
    if (boxes.some((b) => ['auto', 'scroll'].includes(computed(b).overflowX))) continue;
    let cut = false;
    for (const clipper of boxes) {
      const edge = clipper.getBoundingClientRect();
      if (box.right <= edge.right + 1 && box.bottom <= edge.bottom + 1) continue;
      cut = true;
      const link = clipper.closest('.ql-news__link');
      const whole = !!link && link.getAttribute('title')!.includes(el.textContent!.trim());
      const designed = whole && (clipper.matches('.ql-news--photo .ql-news__text') || cutTitles);
      if (!designed) problems.push(`cut: ${name(el)} inside ${name(clipper)}`);
    }
    if (!cut && (box.right > win.innerWidth + 1 || box.left < -1)) problems.push(`off screen: ${name(el)} ${box.left.toFixed(0)}…${box.right.toFixed(0)}`);
  }
  return problems;
}

describe('the demo pages', function () {
  this.timeout(180_000);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    cleanUp();
  });

  for (const demo of DEMOS) {
    describe(demo.path, () => {
      // A page under Trusted Types cannot take axe's script: the strict-CSP copy of the article page is
      // left to test/csp.test.ts, and the article page itself is checked here.
      if (demo.axe !== false) it('has no axe violations in simplified, traditional, the elder mode (7:1 checked) and at 200% text zoom', async function () {
        const modes = [
          ['simplified', {}],
          ['traditional', { script: true }],
          ['elder mode', { elder: true }],
          ['200% text zoom', { zoom: true }],
        ] as const;
        const found: string[] = [];
        for (const [mode, options] of modes) {
          if (mode === 'traditional' && !demo.switches) continue;
          const frame = await openDemo(demo.path, options);
          found.push(...(await axeOn(frame, mode === 'elder mode')).map((v) => `${mode}: ${v}`));
          frame.frame.remove();
          cleanUp();
        }
        expect(found).to.deep.equal([]);
      });

      if (!demo.switches) return;

      it('loses nothing and scrolls one way at 320 px, at 200% page zoom, at 200% text zoom and in the elder mode at 320 px', async () => {
        const sizes = [
          ['320 px', { width: 320, height: 640 }, false],
          ['200% page zoom (640 CSS px)', { width: 640, height: 450 }, false],
          ['200% text zoom', { width: 1280, zoom: true }, true],
          ['elder mode at 320 px', { width: 320, height: 640, elder: true }, false],
        ] as const;
        const found: string[] = [];
        for (const [size, options, cutTitles] of sizes) {
          const frame = await openDemo(demo.path, options);
          if ('elder' in options) expect(frame.doc.documentElement.hasAttribute(ELDER_ATTRIBUTE), 'the remembered elder mode').to.be.true;
          expect(textElements(frame.doc.body).filter(seen).length, `${size}: text on the page`).to.be.greaterThan(10);
          found.push(...lostContent(frame, cutTitles).map((p) => `${size}: ${p}`));
          frame.frame.remove();
          cleanUp();
        }
        expect(found).to.deep.equal([]);
      });
    });
  }
});
