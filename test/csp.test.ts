import { expect, waitUntil } from '@open-wc/testing';
import { PATIENCE } from './helpers.js';

/**
 * The article page a webmaster deploys (demo/csp/index.html: the built drop-in file and its cloak
 * stylesheet), served under the strictest policy the widgets support. Every element is exercised,
 * the sanitizer and the script toggle included, and the page must report no violation at all.
 */
const POLICY =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types qiaolian-widgets lit-html";
const PAGE = '/demo/csp/index.html';

type FrameWindow = Window & typeof globalThis;

/**
 * Opens the page in a frame. Its own `securitypolicyviolation` events are heard from the moment it has
 * loaded; what happens before (while its modules start: Lit's policy, our elements' first render)
 * cannot be heard from outside the frame, so the page also carries the same policy report-only, and
 * the browser posts those reports to the test server.
 */
async function openPage() {
  const key = `csp-${Math.random().toString(36).slice(2)}`;
  const frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  frame.width = '1024';
  frame.height = '768';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${PAGE}?report=${key}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const violations: string[] = [];
  const errors: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) => {
    // The report-only copy of the policy fires its own events; its reports are collected below.
    if (event.disposition !== 'enforce') return;
    violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`);
  });
  win.addEventListener('error', (event) => errors.push(event.message));
  const reports = async () =>
    (await (await fetch(`/__test__/csp-report?key=${key}`)).json()) as Record<string, string | number>[];
  const reported = (r: Record<string, string | number>) =>
    `reported: ${r['effective-directive'] ?? r['violated-directive']} blocked ${r['blocked-uri']} at ${r['source-file']}:${r['line-number']}:${r['column-number']} ${r['script-sample'] ?? ''}`;
  /**
   * Every violation of the page's life, events and reports. Reports reach the server a little later,
   * and none may be missing: a last violation made on purpose is reported after every earlier one,
   * so once its report is in, so are theirs. It is left out of the answer.
   */
  const allViolations = async () => {
    const heard = [...violations];
    const before = (await reports()).filter((r) => (r['effective-directive'] ?? r['violated-directive']) === 'style-src-attr').length;
    win.document.documentElement.setAttribute('style', '--ql-last-violation: 1');
    let all: Record<string, string | number>[] = [];
    await waitUntil(
      async () => (all = await reports()).filter((r) => (r['effective-directive'] ?? r['violated-directive']) === 'style-src-attr').length > before,
      'the report of the last violation',
      PATIENCE,
    );
    const last = all.map((r) => r['effective-directive'] ?? r['violated-directive']).lastIndexOf('style-src-attr');
    return [...heard, ...all.filter((_, i) => i !== last).map(reported)];
  };
  return { frame, doc: win.document, win, violations, errors, allViolations };
}

describe('the drop-in under a strict Content-Security-Policy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is served with the policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('hears a violation when there is one, as an event and as a report', async () => {
    const { doc, violations, allViolations } = await openPage();
    doc.body.setAttribute('style', 'color: red');
    await waitUntil(() => violations.length > 0, 'the violation event', PATIENCE);
    expect(violations[0]).to.match(/^style-src-attr blocked inline/);
    const all = await allViolations();
    expect(all.some((v) => /^reported: style-src-attr blocked inline/.test(v)), all.join('\n')).to.be.true;
  });

  it('runs every element, the sanitizer and the script toggle with no violation', async () => {
    const { doc, win, errors, allViolations } = await openPage();
    const $ = <T extends Element = HTMLElement>(selector: string) => doc.querySelector(selector) as unknown as T;
    const tags = ['ql-site-header', 'ql-article', 'ql-news-list', 'ql-site-footer', 'ql-script-toggle'];
    await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'the elements to be defined', PATIENCE);
    await waitUntil(
      () => ['ql-site-header', 'ql-article', 'ql-news-list', 'ql-site-footer'].every((tag) => $(tag).getAttribute('status') === 'ready'),
      'every element to be ready',
      PATIENCE,
    );

    // The cloak stylesheet the page links is the one the drop-in build ships.
    const cloak = [...doc.styleSheets].find((sheet) => sheet.href?.endsWith('/dist/cdn/qiaolian-widgets.css'));
    expect(cloak?.cssRules.length ?? 0, 'dist/cdn/qiaolian-widgets.css, built with the drop-in file').to.be.above(0);

    // Article: 字号 and the news list's pager.
    const article = $('ql-article');
    (article.shadowRoot!.querySelector('button[data-size=large]') as HTMLElement).click();
    await waitUntil(() => article.shadowRoot!.querySelector('button[data-size=large]')!.getAttribute('aria-pressed') === 'true', '字号 大', PATIENCE);
    const list = $('ql-news-list');
    const firstRow = () => list.querySelector('.ql-content a')?.textContent;
    const before = firstRow();
    (list.shadowRoot!.querySelector('[part=pager] a[aria-label]:not([aria-current])') as HTMLElement).click();
    await waitUntil(() => firstRow() !== before, 'the second page of the list', PATIENCE);

    // The share bar in the article's toolbar: the WeChat QR code opens and closes.
    const share = article.querySelector('ql-share-bar')!;
    await waitUntil(() => !!share.shadowRoot?.querySelector('[part~=wechat]'), 'the share bar', PATIENCE);
    const wechat = share.shadowRoot!.querySelector('[part~=wechat]') as HTMLElement;
    wechat.click();
    await waitUntil(() => wechat.getAttribute('aria-expanded') === 'true', 'the WeChat QR code', PATIENCE);
    wechat.click();

    // The script toggle: the whole page to traditional and back.
    const toggle = () => $('ql-script-toggle').shadowRoot!.querySelector('button')!;
    const title = () => article.textContent ?? '';
    toggle().click();
    await waitUntil(() => doc.documentElement.lang.startsWith('zh-Hant') && title().includes('護僑益'), 'the page in traditional', PATIENCE);
    toggle().click();
    await waitUntil(() => doc.documentElement.lang === 'zh-Hans' && title().includes('护侨益'), 'the page back in simplified', PATIENCE);

    // The sanitizing path: a CMS export with a script, inline style and handlers, a javascript: link.
    article.setAttribute('src', 'article-cms-export.json');
    await waitUntil(() => article.getAttribute('status') === 'ready' && title().includes('bodyHtml'), 'the CMS export', PATIENCE);
    await waitUntil(() => !!article.querySelector('.ql-content table'), 'the sanitized body', PATIENCE);
    const body = article.querySelector('.ql-content')!;
    expect(body.querySelector('script, [style], [onclick], [onerror], a[href^="javascript:"]')).to.equal(null);
    expect(body.querySelector('a[href$="/demo/index.html"]'), 'the safe link is kept').to.exist;

    expect(errors).to.deep.equal([]);
    expect(await allViolations()).to.deep.equal([]);
  });
});
