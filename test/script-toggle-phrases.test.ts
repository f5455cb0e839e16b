// A county's own phrases (the Site document's `script.phrases`) reach the conversion whichever way the
// toggle is given the document, and a document that cannot be read leaves the dictionary working.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/script-toggle/define.js';
import type { QlScriptToggle } from '../src/components/script-toggle/script-toggle.js';
import { STORAGE_KEY, scriptSwitch } from '../src/script/script-switch.js';
import { PATIENCE } from './helpers.js';

/** 松 is 松溪县 here: 赴松 must stay 松, where the dictionary's 松开 ("loosen") would give 鬆. */
const SENTENCE = '县侨联赴松开展“六项职能”系列主题活动';
const WITH_SITE_PHRASES = '縣僑聯赴松開展“六項職能”系列主題活動';
const DICTIONARY_ONLY = '縣僑聯赴鬆開展“六項職能”系列主題活動';

const site = { version: 1, name: '松溪县侨联', organization: '松溪县归国华侨联合会', script: { phrases: { 赴松: '赴松' } } };

async function switchToTraditional(toggle: QlScriptToggle) {
  await toggle.updateComplete;
  setTimeout(() => toggle.shadowRoot!.querySelector('button')!.click());
  await oneEvent(toggle, 'ql-script-change');
}

describe('ql-script-toggle with the site’s own phrases', () => {
  afterEach(async () => {
    sinon.restore();
    await scriptSwitch.request('zh-Hans', { remember: false });
    localStorage.removeItem(STORAGE_KEY);
  });

  it('uses script.phrases from a Site document given by src', async () => {
    // The demo site's own document, as the demo pages use it.
    const el = await fixture(html`<div><ql-script-toggle src="/demo/data/site.json"></ql-script-toggle><p>${SENTENCE}</p></div>`);
    await switchToTraditional(el.querySelector('ql-script-toggle')!);
    // Whether the phrases came before the click or after it, the page ends up converted with them.
    await waitUntil(() => el.querySelector('p')!.textContent === WITH_SITE_PHRASES, 'the sentence with the site phrases', PATIENCE);
  });

  it('uses script.phrases from the .data property', async () => {
    const el = await fixture(html`<div><ql-script-toggle .data=${site}></ql-script-toggle><p>${SENTENCE}</p></div>`);
    await switchToTraditional(el.querySelector('ql-script-toggle')!);
    expect(el.querySelector('p')!.textContent).to.equal(WITH_SITE_PHRASES);
  });

  it('uses script.phrases from an inline JSON child', async () => {
    const el = await fixture(
      html`<div>
        <ql-script-toggle><script type="application/json">${JSON.stringify(site)}</script></ql-script-toggle>
        <p>${SENTENCE}</p>
      </div>`,
    );
    await switchToTraditional(el.querySelector('ql-script-toggle')!);
    expect(el.querySelector('p')!.textContent).to.equal(WITH_SITE_PHRASES);
  });

  it('uses the .phrases property on top of the document', async () => {
    const el = await fixture(html`<div><ql-script-toggle .phrases=${{ 赴松: '赴松' }}></ql-script-toggle><p>${SENTENCE}</p></div>`);
    await switchToTraditional(el.querySelector('ql-script-toggle')!);
    expect(el.querySelector('p')!.textContent).to.equal(WITH_SITE_PHRASES);
  });

  it('converts with the dictionary alone, and says so, when the site document cannot be loaded', async () => {
    const warn = sinon.spy(console, 'warn');
    const el = await fixture(html`<div><ql-script-toggle src="/__test__/status/404"></ql-script-toggle><p>${SENTENCE}</p></div>`);
    await waitUntil(() => warn.args.some(([message]) => /dictionary alone/.test(String(message))), 'the console note', PATIENCE);
    await switchToTraditional(el.querySelector('ql-script-toggle')!);
    expect(el.querySelector('p')!.textContent).to.equal(DICTIONARY_ONLY);
  });

  it('leaves out a phrase whose sides differ in length, naming it, and keeps the others', async () => {
    const warn = sinon.spy(console, 'warn');
    const data = { ...site, script: { phrases: { 赴松: '赴松', 松溪: '松溪縣' } } };
    const el = await fixture(html`<div><ql-script-toggle .data=${data}></ql-script-toggle><p>${SENTENCE}</p></div>`);
    await switchToTraditional(el.querySelector('ql-script-toggle')!);
    expect(el.querySelector('p')!.textContent).to.equal(WITH_SITE_PHRASES);
    expect(warn.args.some(([message]) => String(message).includes('script.phrases.松溪'))).to.be.true;
  });
});
