import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/share-bar/define.js';
import type { QlShareBar } from '../src/components/share-bar/share-bar.js';
import { lazy } from '../src/internal/lazy-import.js';
import { PATIENCE } from './helpers.js';

// A lazy chunk fetched while offline must not leave the page broken for good, nor raise an unhandled
// rejection. This file runs in a page of its own, so the share bar's chunks are not loaded yet.

/** Unhandled rejections seen while a test runs. */
let unhandled: unknown[] = [];
const record = (event: PromiseRejectionEvent) => {
  unhandled.push(event.reason);
  event.preventDefault();
};
beforeEach(() => {
  unhandled = [];
  window.addEventListener('unhandledrejection', record);
});
afterEach(() => window.removeEventListener('unhandledrejection', record));

/** Lets pending rejections be reported: the event fires after the task that left them unhandled. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('lazy()', () => {
  it('imports once however many callers ask at the same time, and keeps the module', async () => {
    let imports = 0;
    const load = lazy(async () => ({ n: ++imports }));
    expect(load.value).to.equal(undefined);
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).to.equal(b);
    expect(await load()).to.equal(a);
    expect(load.value).to.equal(a);
    expect(imports).to.equal(1);
  });

  it('forgets a failed import, so the next call tries again', async () => {
    let imports = 0;
    const load = lazy(async () => {
      if (++imports === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    const first = await load().then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    expect(first).to.equal('Failed to fetch dynamically imported module');
    expect(load.value).to.equal(undefined);
    expect(await load()).to.deep.equal({ ok: true });
    expect(imports).to.equal(2);
  });

  it('leaves no unhandled rejection when a caller starts an import without awaiting it', async () => {
    const load = lazy(() => Promise.reject(new Error('offline')));
    void load();
    await nextTask();
    expect(unhandled).to.deep.equal([]);
  });
});

describe('ql-share-bar with a chunk that fails once', () => {
  const root = (bar: QlShareBar) => bar.shadowRoot!;
  const button = (bar: QlShareBar, site: string) => root(bar).querySelector<HTMLButtonElement>(`button[part~="${site}"]`);

  /** Makes the next request for the module at `path` fail as if the page were offline. */
  async function failNext(path: string) {
    await fetch(`/__test__/fail-next?path=${encodeURIComponent(path)}`);
    const served = async () => (await (await fetch(`/__test__/stats?key=${encodeURIComponent(`fail-next:${path}`)}`)).json()).requests;
    const before = await served();
    return { failed: async () => (await served()) > before };
  }

  it('shows the WeChat QR code at the second click when the first could not fetch it', async () => {
    const chunk = await failNext('/src/components/share-bar/qr-popover.');
    const bar = await fixture<QlShareBar>(html`<ql-share-bar url="https://www.nanping-ql.example/a.html"></ql-share-bar>`);
    button(bar, 'wechat')!.click();
    await waitUntil(() => root(bar).querySelector('[role="status"]')!.textContent!.includes('二维码无法显示'), 'the failure said', PATIENCE);
    expect(await chunk.failed(), 'the chunk request failed').to.be.true;
    expect(button(bar, 'wechat')!.getAttribute('aria-expanded')).to.equal('false');

    button(bar, 'wechat')!.click();
    await waitUntil(() => root(bar).querySelector('[role="dialog"] svg'), 'the QR code', PATIENCE);
    expect(button(bar, 'wechat')!.getAttribute('aria-expanded')).to.equal('true');
    expect(unhandled).to.deep.equal([]);
  });

  it('shows the opt-in services at a later update when their chunk could not be fetched at first', async () => {
    const chunk = await failNext('/src/components/share-bar/opt-in-targets.');
    const bar = await fixture<QlShareBar>(html`<ql-share-bar sites="weibo douban telegram"></ql-share-bar>`);
    await waitUntil(chunk.failed, 'the chunk request to fail', PATIENCE);
    expect(button(bar, 'weibo'), 'the built-in service meanwhile').to.exist;
    // Any later update asks again (a language switch, a navigation, a notice); here, plain re-renders.
    await waitUntil(
      () => {
        bar.requestUpdate();
        return button(bar, 'douban') && button(bar, 'telegram');
      },
      'the opt-in buttons',
      PATIENCE,
    );
    await nextTask();
    expect(unhandled).to.deep.equal([]);
  });
});
