import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/script-toggle/define.js';
import type { QlScriptToggle } from '../src/components/script-toggle/script-toggle.js';
import { isChineseLang, isOtherLanguage } from '../src/script/chinese-lang.js';
import { STORAGE_KEY, scriptSwitch, type Script } from '../src/script/script-switch.js';

// The script toggle on pages shaped like old CMS templates: their `lang` spellings, inline SVG and
// MathML, and forms whose submitted data must not change.

const button = (toggle: QlScriptToggle) => toggle.shadowRoot!.querySelector('button')!;

/** A page holding a toggle and a CMS's markup, written as the CMS wrote it. */
async function cmsPage(markup: string) {
  const el = await fixture<HTMLElement>(html`<div><ql-script-toggle></ql-script-toggle><div class="cms"></div></div>`);
  const toggle = el.querySelector('ql-script-toggle')!;
  await toggle.updateComplete;
  const content = el.querySelector<HTMLElement>('.cms')!;
  // innerHTML, as the CMS's server-rendered markup arrives: its scripts do not run.
  content.innerHTML = markup;
  return { toggle, content, $: <E extends Element = HTMLElement>(selector: string) => content.querySelector<E>(selector)! };
}

/** Clicks the toggle as a reader does, and waits until the page shows `script`. */
async function clickTo(toggle: QlScriptToggle, script: Script) {
  const changed = oneEvent(toggle, 'ql-script-change');
  button(toggle).click();
  expect((await changed).detail.script).to.equal(script);
}

describe('the script toggle on real pages', () => {
  const lang = document.documentElement.getAttribute('lang');

  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  afterEach(async () => {
    await scriptSwitch.request('zh-Hans', { remember: false });
    localStorage.removeItem(STORAGE_KEY);
    document.documentElement.setAttribute('lang', lang ?? 'zh-Hans');
  });

  describe('lang values', () => {
    it('counts every spelling of Chinese an old CMS writes as Chinese, and nothing else', () => {
      const chinese = ['zh', 'zh_CN', 'zh_cn', 'cn', 'CN', 'zh-cmn-Hans', 'ZH-CN', 'zh-Hans-CN', 'zh-Hant-TW', 'zh_TW', 'zh-HK', 'zh-MO'];
      const more = ['zh-CHS', 'zh-CHT', 'chs', 'cht', 'chinese', ' zh-CN ', 'zho', 'chi', 'cmn-Hans', 'yue-HK', 'zh-yue'];
      for (const value of [...chinese, ...more]) expect(isChineseLang(value), value).to.be.true;
      for (const value of ['en', 'en-US', 'en_GB', 'ja', 'ja-JP', 'ko', 'ko-KR', 'fr', 'vi', 'de-DE', 'english', '', 'x-cn', 'und']) {
        expect(isChineseLang(value), value).to.be.false;
      }
    });

    it('keeps out only a language clearly stated and not Chinese; no lang, a blank or an unreadable one is the page’s', () => {
      for (const value of ['en', 'EN-us', 'en_GB', 'ja', 'ja-JP', 'ko', 'fr', 'vi', 'zxx', 'english']) expect(isOtherLanguage(value), value).to.be.true;
      for (const value of [null, '', '  ', 'und', 'mul', 'x-local', 'i-default', '中文', 'zh_CN', 'cn', 'zh-cmn-Hans', 'ZH-CN', 'zh']) {
        expect(isOtherLanguage(value), String(value)).to.be.false;
      }
    });
  });

  describe('<html lang> as old templates write it', () => {
    for (const value of ['zh_CN', 'zh_cn', 'cn', 'zh-cmn-Hans', 'ZH-CN', 'zh-Hans-CN', 'zh', 'en', '']) {
      it(`lang="${value}": converts the page, then restores it and lang exactly`, async () => {
        document.documentElement.setAttribute('lang', value);
        const { toggle, content, $ } = await cmsPage('<h1>理发与干杯</h1><p title="头发">皇后的头发</p>');
        const before = content.innerHTML;

        await clickTo(toggle, 'zh-Hant');
        expect($('h1').textContent).to.equal('理髮與乾杯');
        expect($('p').textContent).to.equal('皇后的頭髮');
        expect($('p').title).to.equal('頭髮');
        expect(document.documentElement.getAttribute('lang')).to.equal('zh-Hant-TW');

        await clickTo(toggle, 'zh-Hans');
        expect(content.innerHTML).to.equal(before);
        expect(document.documentElement.getAttribute('lang')).to.equal(value);
      });
    }

    it('no lang at all: converts, and takes the lang it set away again', async () => {
      document.documentElement.removeAttribute('lang');
      const { toggle, $ } = await cmsPage('<p>皇后的头发</p>');
      await clickTo(toggle, 'zh-Hant');
      expect($('p').textContent).to.equal('皇后的頭髮');
      await clickTo(toggle, 'zh-Hans');
      expect($('p').textContent).to.equal('皇后的头发');
      expect(document.documentElement.hasAttribute('lang')).to.be.false;
    });
  });

  it('leaves a part in another language alone, and converts parts in any spelling of Chinese or with a blank lang', async () => {
    document.documentElement.setAttribute('lang', 'zh_CN');
    const { toggle, content, $ } = await cmsPage(`
      <p id="en" lang="en">Hair salon 头发 <span title="理发">理发</span></p>
      <p id="ja" lang="ja-JP">発表した髪型 头发</p>
      <p id="ko" lang="ko">头发</p>
      <p id="blank" lang="">皇后的头发</p>
      <p id="cn" lang="cn">皇后的头发</p>
      <p id="zh-cn" lang="zh_cn">皇后的头发</p>
      <p id="upper" lang="ZH-CN">皇后的头发</p>
      <p id="cmn" lang="zh-cmn-Hans">皇后的头发</p>`);
    const before = content.innerHTML;

    await clickTo(toggle, 'zh-Hant');
    expect($('#en').textContent).to.equal('Hair salon 头发 理发');
    expect($('#en span').title).to.equal('理发');
    expect($('#ja').textContent).to.equal('発表した髪型 头发');
    expect($('#ko').textContent).to.equal('头发');
    for (const id of ['blank', 'cn', 'zh-cn', 'upper', 'cmn']) expect($(`#${id}`).textContent, id).to.equal('皇后的頭髮');

    await clickTo(toggle, 'zh-Hans');
    expect(content.innerHTML).to.equal(before);
  });

  it('keeps the skipped regions as before: code, kbd, translate="no" in any case, data-ql-keep, editable text', async () => {
    const { toggle, content, $ } = await cmsPage(`
      <code id="code">头发</code><kbd id="kbd">头发</kbd><samp id="samp">头发</samp>
      <p id="no" translate="NO">头发</p><p id="keep" data-ql-keep>头发</p>
      <div id="editable" contenteditable="true">头发</div><p id="text">头发</p>`);
    const before = content.innerHTML;
    await clickTo(toggle, 'zh-Hant');
    for (const id of ['code', 'kbd', 'samp', 'no', 'keep', 'editable']) expect($(`#${id}`).textContent, id).to.equal('头发');
    expect($('#text').textContent).to.equal('頭髮');
    await clickTo(toggle, 'zh-Hans');
    expect(content.innerHTML).to.equal(before);
  });

  it('never converts SVG or MathML style and script; converts the SVG’s text and title', async () => {
    const { toggle, content, $ } = await cmsPage(`
      <svg id="chart" viewBox="0 0 200 40" role="img" aria-label="头发统计">
        <title>理发</title>
        <style>text { font-family: "宋体", "黑体", serif; } /* 头发 */</style>
        <script>var label = "头发";</script>
        <text x="0" y="20">皇后的头发</text>
      </svg>
      <math><style>mi { font-family: "宋体"; }</style><script>头发</script><mi>发</mi></math>`);
    const svg = $<SVGSVGElement>('#chart');
    const before = content.innerHTML;
    const code = () => [...content.querySelectorAll('style, script')].map((el) => el.outerHTML);
    const codeBefore = code();
    expect(codeBefore).to.have.length(4);

    await clickTo(toggle, 'zh-Hant');
    expect(code()).to.deep.equal(codeBefore);
    expect(svg.querySelector('style')!.textContent).to.contain('"宋体", "黑体"');
    expect(svg.querySelector('text')!.textContent).to.equal('皇后的頭髮');
    expect(svg.querySelector('title')!.textContent).to.equal('理髮');
    expect(svg.getAttribute('aria-label')).to.equal('頭髮統計');

    await clickTo(toggle, 'zh-Hans');
    expect(content.innerHTML).to.equal(before);
  });

  describe('forms', () => {
    const FORM = `
      <form id="search" action="/search">
        <label for="q">搜索头发</label>
        <input id="q" name="q" placeholder="输入面条" value="头发">
        <input type="hidden" name="channel" value="理发">
        <input type="checkbox" name="tag" value="面条" checked>
        <input type="radio" name="kind" value="干杯" checked>
        <select name="town">
          <option value="">请选择面条</option>
          <option value="松溪" selected>松溪县城</option>
          <option id="no-value">头发镇</option>
        </select>
        <select name="many" multiple><option id="submitted" selected>面条</option><option value="x" selected>干杯</option></select>
        <datalist id="towns"><option>理发镇</option></datalist>
        <textarea name="note" placeholder="头发">理发</textarea>
        <button id="button" type="submit" name="action" value="干杯">提交头发</button>
        <input id="submit" type="submit" name="go" value="理发">
        <input id="plain" type="button" value="面条">
        <input id="reset" type="reset" value="头发">
      </form>`;

    /** What the form sends, through each of its submit buttons. */
    const submitted = (form: HTMLFormElement) =>
      [...form.querySelectorAll<HTMLElement>('[type=submit]')].map((submitter) => [...new FormData(form, submitter)].map(([name, value]) => `${name}=${String(value)}`));
    /** Every value a script or the form reads: properties and attributes of inputs, buttons, options. */
    const values = (form: HTMLFormElement) =>
      [...form.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLOptionElement>('input, button, option')].map((el) => `${el.value}|${el.getAttribute('value')}`);

    it('leaves everything a form submits as it was, and converts what a reader only sees', async () => {
      const { toggle, content, $ } = await cmsPage(FORM);
      const form = $<HTMLFormElement>('form');
      $<HTMLInputElement>('#q').value = '我的头发'; // typed by the reader
      const before = content.innerHTML;
      const sentBefore = submitted(form);
      const valuesBefore = values(form);
      expect(sentBefore[0]).to.include.members(['q=我的头发', 'channel=理发', 'tag=面条', 'kind=干杯', 'town=松溪', 'many=面条', 'many=x', 'note=理发', 'action=干杯']);
      expect(sentBefore[1]).to.include('go=理发');

      await clickTo(toggle, 'zh-Hant');
      expect(submitted(form)).to.deep.equal(sentBefore);
      expect(values(form)).to.deep.equal(valuesBefore);
      expect($('#no-value').textContent, 'an option submitting its text').to.equal('头发镇');
      expect($('#submitted').textContent, 'an option submitting its text').to.equal('面条');
      expect($('datalist option').textContent, 'a suggestion a reader puts in the field').to.equal('理发镇');
      expect($<HTMLInputElement>('#submit').value).to.equal('理发');
      expect($<HTMLInputElement>('#plain').value).to.equal('面条');
      expect($<HTMLInputElement>('#reset').value).to.equal('头发');
      expect($<HTMLTextAreaElement>('textarea').value).to.equal('理发');

      expect($('label').textContent).to.equal('搜索頭髮');
      expect($('#q').getAttribute('placeholder')).to.equal('輸入麵條');
      expect($('textarea').getAttribute('placeholder')).to.equal('頭髮');
      expect($('#button').textContent).to.equal('提交頭髮');
      expect([...$<HTMLSelectElement>('[name=town]').options].map((o) => o.text)).to.deep.equal(['請選擇麵條', '松溪縣城', '头发镇']);
      expect($('[name=many] option[value=x]').textContent).to.equal('乾杯');

      await clickTo(toggle, 'zh-Hans');
      expect(content.innerHTML).to.equal(before);
      expect(submitted(form)).to.deep.equal(sentBefore);
      expect($<HTMLInputElement>('#q').value).to.equal('我的头发');
    });

    it('leaves a value the page sets on a button while traditional is shown', async () => {
      const { toggle, $ } = await cmsPage(FORM);
      await clickTo(toggle, 'zh-Hant');
      // An old page script swaps its button's label and later compares it with its own string.
      $('#plain').setAttribute('value', '收起头发');
      $('#button').setAttribute('value', '展开头发');
      await clickTo(toggle, 'zh-Hans');
      await clickTo(toggle, 'zh-Hant');
      expect($<HTMLInputElement>('#plain').value).to.equal('收起头发');
      expect($<HTMLButtonElement>('#button').value).to.equal('展开头发');
    });
  });
});
