import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/script-toggle/define.js';
import type { QlScriptChangeDetail, QlScriptToggle } from '../src/components/script-toggle/script-toggle.js';
import { STORAGE_KEY, preferredScript, scriptSwitch } from '../src/script/script-switch.js';
import { PATIENCE, axeViolations, nextTask } from './helpers.js';

/** Requests for dictionary code: the lazy chunk built from src/script/plans (or its opencc-js dictionaries). */
const DICTIONARY = /\/script\/plans\/|opencc-js|\/chunks\/to-(traditional|simplified)/;

const button = (el: QlScriptToggle) => el.shadowRoot!.querySelector('button')!;

/** Opens a fixture page in a frame: a page of its own, with its own script state. */
async function openPage(src: string) {
  const frame = document.createElement('iframe');
  frame.title = 'script toggle page';
  const navigated = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await navigated;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow! as Window & typeof globalThis;
  await waitUntil(() => !!win.customElements.get('ql-script-toggle'), 'the toggle to be defined', PATIENCE);
  const toggles = [...doc.querySelectorAll('ql-script-toggle')] as QlScriptToggle[];
  await Promise.all(toggles.map((t) => t.updateComplete));
  const dictionaryRequests = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => DICTIONARY.test(name));
  return { frame, doc, win, toggles, dictionaryRequests };
}

/**
 * Proves a negative from the switch's own state, once the page has run its start-up work: a page
 * that converted on its own would show a toggle busy (its dictionary on the way) or pressed.
 */
async function expectNoConversionOnceIdle(win: Window, toggles: QlScriptToggle[]) {
  await new Promise((resolve) => win.requestIdleCallback(resolve));
  await Promise.all(toggles.map((t) => t.updateComplete));
  for (const toggle of toggles) {
    expect(button(toggle).getAttribute('aria-busy'), 'no conversion under way').to.equal(null);
    expect(button(toggle).getAttribute('aria-pressed')).to.equal('false');
  }
}

describe('ql-script-toggle', () => {
  const lang = document.documentElement.getAttribute('lang');

  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  afterEach(async () => {
    sinon.restore();
    await scriptSwitch.request('zh-Hans', { remember: false });
    localStorage.removeItem(STORAGE_KEY);
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    document.documentElement.setAttribute('lang', lang ?? 'zh-Hans');
  });

  it('is a button naming the script it switches to, in that script, not pressed, at least 44×44 px', async () => {
    const el = await fixture<QlScriptToggle>(html`<ql-script-toggle></ql-script-toggle>`);
    const b = button(el);
    expect(b.textContent!.trim()).to.equal('繁體');
    expect(b.lang).to.equal('zh-Hant');
    expect(b.getAttribute('aria-pressed')).to.equal('false');
    expect(b.type).to.equal('button');
    const box = b.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
    expect(el.script).to.equal('zh-Hans');
  });

  it('converts the page on click, then fires ql-script-change with html lang set; converts back exactly', async () => {
    document.documentElement.setAttribute('lang', 'zh-cmn-Hans-CN');
    const el = await fixture<QlScriptToggle>(html`<div><ql-script-toggle></ql-script-toggle><p>皇后的头发</p></div>`);
    const toggle = el.querySelector('ql-script-toggle')!;
    const p = el.querySelector('p')!;
    setTimeout(() => button(toggle).click());
    const event = await oneEvent(toggle, 'ql-script-change');
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({ script: 'zh-Hant', variant: 'tw' } satisfies QlScriptChangeDetail);
    expect(p.textContent, 'converted when the event fires').to.equal('皇后的頭髮');
    expect(document.documentElement.lang).to.equal('zh-Hant-TW');
    await toggle.updateComplete;
    expect(button(toggle).textContent!.trim()).to.equal('简体');
    expect(button(toggle).lang).to.equal('zh-Hans');
    expect(button(toggle).getAttribute('aria-pressed')).to.equal('true');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('zh-Hant');

    setTimeout(() => button(toggle).click());
    const back = await oneEvent(toggle, 'ql-script-change');
    expect(back.detail.script).to.equal('zh-Hans');
    expect(p.textContent).to.equal('皇后的头发');
    expect(document.documentElement.getAttribute('lang')).to.equal('zh-cmn-Hans-CN');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('zh-Hans');
  });

  it('works from the keyboard: Enter and Space', async () => {
    const el = await fixture<QlScriptToggle>(html`<ql-script-toggle></ql-script-toggle>`);
    button(el).focus();
    const converted = oneEvent(el, 'ql-script-change');
    await sendKeys({ press: 'Enter' });
    expect((await converted).detail.script).to.equal('zh-Hant');
    const restored = oneEvent(el, 'ql-script-change');
    await sendKeys({ press: 'Space' });
    expect((await restored).detail.script).to.equal('zh-Hans');
  });

  it('converts with the chosen variant: hk and t, with their own lang', async () => {
    const el = await fixture<HTMLElement>(html`<div><ql-script-toggle variant="hk"></ql-script-toggle><p>穿着服装</p></div>`);
    const toggle = el.querySelector('ql-script-toggle')!;
    setTimeout(() => button(toggle).click());
    expect((await oneEvent(toggle, 'ql-script-change')).detail).to.deep.equal({ script: 'zh-Hant', variant: 'hk' });
    expect(document.documentElement.lang).to.equal('zh-Hant-HK');
    expect(el.querySelector('p')!.textContent).to.equal('穿着服裝');

    toggle.variant = 't';
    toggle.script = 'zh-Hans';
    await oneEvent(toggle, 'ql-script-change');
    toggle.script = 'zh-Hant';
    expect((await oneEvent(toggle, 'ql-script-change')).detail.variant).to.equal('t');
    expect(document.documentElement.lang).to.equal('zh-Hant');
    expect(el.querySelector('p')!.textContent).to.equal('穿着服裝');

    toggle.variant = 'tw';
    toggle.script = 'zh-Hant'; // same script, another standard: converted again from the originals
    await oneEvent(toggle, 'ql-script-change');
    expect(document.documentElement.lang).to.equal('zh-Hant-TW');
    expect(el.querySelector('p')!.textContent).to.equal('穿著服裝');
  });

  it('takes `script` from code, and reports the requested script while the dictionary loads', async () => {
    const el = await fixture<QlScriptToggle>(html`<ql-script-toggle></ql-script-toggle>`);
    el.script = 'zh-Hant';
    expect(el.script).to.equal('zh-Hant');
    await oneEvent(el, 'ql-script-change');
    expect(document.documentElement.lang).to.equal('zh-Hant-TW');
    el.script = 'zh-Hant';
    await el.updateComplete;
    expect(button(el).getAttribute('aria-busy'), 'asking for the current script does nothing').to.be.null;
  });

  it('keeps several toggles in step, and only the one used announces the change', async () => {
    const el = await fixture<HTMLElement>(html`<div><ql-script-toggle></ql-script-toggle><ql-script-toggle></ql-script-toggle></div>`);
    const [first, second] = el.querySelectorAll('ql-script-toggle');
    const heard = sinon.spy();
    const firstHeard = sinon.spy();
    second.addEventListener('ql-script-change', heard);
    first.addEventListener('ql-script-change', firstHeard);
    setTimeout(() => button(second).click());
    await oneEvent(el, 'ql-script-change');
    await Promise.all([first.updateComplete, second.updateComplete]);
    for (const toggle of [first, second]) {
      expect(button(toggle).textContent!.trim()).to.equal('简体');
      expect(button(toggle).getAttribute('aria-pressed')).to.equal('true');
      expect(toggle.script).to.equal('zh-Hant');
    }
    await nextTask(); // an announcement by the other toggle would follow in the same switch, not later
    expect(heard.callCount).to.equal(1);
    expect(firstHeard.callCount).to.equal(0);
  });

  it('still switches when storage is blocked', async () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('blocked', 'SecurityError'));
    const el = await fixture<QlScriptToggle>(html`<ql-script-toggle></ql-script-toggle>`);
    setTimeout(() => button(el).click());
    expect((await oneEvent(el, 'ql-script-change')).detail.script).to.equal('zh-Hant');
  });

  it('has no axe violations, simplified or traditional', async () => {
    const el = await fixture<HTMLElement>(html`<main><h1>理发与干杯</h1><ql-script-toggle></ql-script-toggle></main>`);
    expect(await axeViolations(el)).to.deep.equal([]);
    const toggle = el.querySelector('ql-script-toggle')!;
    setTimeout(() => button(toggle).click());
    await oneEvent(toggle, 'ql-script-change');
    await toggle.updateComplete;
    expect(el.querySelector('h1')!.textContent).to.equal('理髮與乾杯');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('the reader’s script on opening a page', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('prefers ?script= to the remembered choice, and the remembered choice to the page’s own', () => {
    expect(preferredScript('?script=zh-Hant', 'zh-Hans', 'zh-Hans')).to.equal('zh-Hant');
    expect(preferredScript('?script=zh-hans', 'zh-Hant', 'zh-Hans')).to.equal('zh-Hans');
    expect(preferredScript('?script=klingon', 'zh-Hant', 'zh-Hans')).to.equal('zh-Hant');
    expect(preferredScript('', null, 'zh-Hans')).to.equal('zh-Hans');
    expect(preferredScript('', null, 'zh-Hant')).to.equal('zh-Hant');
  });

  it('a page that never switches fetches no dictionary; the first switch does', async () => {
    const { win, toggles, doc, dictionaryRequests } = await openPage('/test/fixtures/script/page.html');
    await expectNoConversionOnceIdle(win, toggles);
    expect(doc.getElementById('text')!.textContent).to.equal('皇后的面条');
    expect(dictionaryRequests()).to.deep.equal([]);
    setTimeout(() => button(toggles[0]).click());
    await oneEvent(toggles[0], 'ql-script-change');
    expect(doc.getElementById('text')!.textContent).to.equal('皇后的麵條');
    expect(dictionaryRequests().length, 'the detector sees the dictionary once it is fetched').to.be.greaterThan(0);
  });

  it('starts fetching the dictionary when a pointer reaches the toggle, and converts only on the click', async () => {
    const { frame, toggles, doc, dictionaryRequests } = await openPage('/test/fixtures/script/page.html');
    expect(dictionaryRequests()).to.deep.equal([]);
    const box = button(toggles[0]).getBoundingClientRect();
    const at = frame.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(at.left + box.left + box.width / 2), Math.round(at.top + box.top + box.height / 2)] });
    await waitUntil(() => dictionaryRequests().length > 0, 'the dictionary fetched ahead of the click', PATIENCE);
    expect(doc.getElementById('text')!.textContent, 'no conversion before the click').to.equal('皇后的面条');
    expect(doc.documentElement.lang).to.equal('zh-Hans');
    setTimeout(() => button(toggles[0]).click());
    await oneEvent(toggles[0], 'ql-script-change');
    expect(doc.getElementById('text')!.textContent).to.equal('皇后的麵條');
    await resetMouse();
  });

  it('starts fetching the dictionary when the toggle gets focus', async () => {
    const { toggles, doc, dictionaryRequests } = await openPage('/test/fixtures/script/page.html');
    button(toggles[1]).focus();
    await waitUntil(() => dictionaryRequests().length > 0, 'the dictionary fetched ahead of the click', PATIENCE);
    expect(doc.getElementById('text')!.textContent, 'no conversion before the click').to.equal('皇后的面条');
  });

  it('opens in the remembered script, title, meta and both toggles included', async () => {
    localStorage.setItem(STORAGE_KEY, 'zh-Hant');
    const { doc, toggles } = await openPage('/test/fixtures/script/page.html');
    await waitUntil(() => doc.documentElement.lang === 'zh-Hant-TW', 'the remembered conversion', PATIENCE);
    expect(doc.getElementById('text')!.textContent).to.equal('皇后的麵條');
    expect(doc.title).to.equal('皇后的頭髮');
    expect(doc.querySelector('meta[name=description]')!.getAttribute('content')).to.equal('理髮與乾杯');
    await Promise.all(toggles.map((t) => t.updateComplete));
    expect(toggles.map((t) => button(t).textContent!.trim())).to.deep.equal(['简体', '简体']);
    expect(doc.defaultView!.getComputedStyle(doc.documentElement).visibility, 'the hold is released').to.equal('visible');
  });

  it('follows ?script= over the remembered choice, both ways', async () => {
    localStorage.setItem(STORAGE_KEY, 'zh-Hans');
    const opened = await openPage('/test/fixtures/script/page.html?script=zh-Hant');
    await waitUntil(() => opened.doc.documentElement.lang === 'zh-Hant-TW', 'the conversion asked by the address', PATIENCE);
    expect(opened.doc.getElementById('text')!.textContent).to.equal('皇后的麵條');
    expect(localStorage.getItem(STORAGE_KEY), 'a shared link does not change what the reader chose').to.equal('zh-Hans');
    opened.frame.remove();

    localStorage.setItem(STORAGE_KEY, 'zh-Hant');
    const { win, toggles, doc, dictionaryRequests } = await openPage('/test/fixtures/script/page.html?script=zh-Hans');
    await expectNoConversionOnceIdle(win, toggles);
    expect(doc.documentElement.lang).to.equal('zh-Hans');
    expect(doc.getElementById('text')!.textContent).to.equal('皇后的面条');
    expect(dictionaryRequests()).to.deep.equal([]);
  });

  it('converts a traditional site to simplified with source-script="zh-Hant"', async () => {
    const { doc, toggles } = await openPage('/test/fixtures/script/traditional.html');
    const [toggle] = toggles;
    expect(button(toggle).textContent!.trim()).to.equal('简体');
    expect(button(toggle).lang).to.equal('zh-Hans');
    expect(button(toggle).getAttribute('aria-pressed')).to.equal('false');
    setTimeout(() => button(toggle).click());
    expect((await oneEvent(toggle, 'ql-script-change')).detail.script).to.equal('zh-Hans');
    expect(doc.documentElement.lang).to.equal('zh-Hans');
    expect(doc.querySelector('h1')!.textContent).to.equal('理发与干杯');
    expect(doc.title).to.equal('皇后的头发');
    await toggle.updateComplete;
    expect(button(toggle).textContent!.trim()).to.equal('繁體');
    setTimeout(() => button(toggle).click());
    await oneEvent(toggle, 'ql-script-change');
    expect(doc.documentElement.lang).to.equal('zh-Hant-TW');
    expect(doc.querySelector('h1')!.textContent).to.equal('理髮與乾杯');
  });
});
