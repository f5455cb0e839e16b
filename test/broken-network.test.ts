// Every fetching element against a server that fails in each way a county network does (see
// test/server/endpoints.mjs): the right state within the timeout, a working retry, no request left open.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/article/define.js';
import '../src/components/news-list/define.js';
import '../src/components/site-footer/define.js';
import '../src/components/site-header/define.js';
import type { DataElement, QlErrorDetail } from '../src/internal/data-element.js';
import { PATIENCE, loaded } from './helpers.js';

interface Subject {
  tag: string;
  /** A valid document of the element's kind, as a repository path. */
  file: string;
  /** A valid document of another kind, and the first field the element's kind misses in it. */
  wrongKind: { file: string; path: string };
}

const SUBJECTS: Subject[] = [
  { tag: 'ql-site-header', file: 'demo/data/site.json', wrongKind: { file: 'test/fixtures/feeds/a.json', path: 'name' } },
  { tag: 'ql-site-footer', file: 'demo/data/site.json', wrongKind: { file: 'demo/data/article-songxi-three-chapters.json', path: 'name' } },
  { tag: 'ql-article', file: 'demo/data/article-songxi-three-chapters.json', wrongKind: { file: 'test/fixtures/feeds/a.json', path: 'title' } },
  { tag: 'ql-news-list', file: 'test/fixtures/feeds/a.json', wrongKind: { file: 'demo/data/site.json', path: 'site' } },
];

/** The `timeout` attribute the timeout tests give: the 30-second stall must end long before. */
const TIMEOUT = 500;
/** The timeout of every other test: long enough that only the failure under test can end the load. */
const PATIENT = 30_000;

const unique = () => Math.random().toString(36).slice(2);

async function stats(key: string): Promise<{ requests: number; aborted: number }> {
  return (await fetch(`/__test__/stats?key=${key}`)).json();
}

/** Waits until the server has seen `count` aborted requests for `key` (an abort reaches it a little later). */
async function abortedCount(key: string, count: number): Promise<number> {
  let seen = 0;
  await waitUntil(async () => (seen = (await stats(key)).aborted) >= count, `${count} aborted request(s) for ${key}`, PATIENCE);
  return seen;
}

type Element$ = DataElement<never> & HTMLElement;

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** Mounts `tag` loading `src`, giving up after `timeout` ms. */
function mount(tag: string, src: string, timeout = TIMEOUT) {
  const el = document.createElement(tag) as Element$;
  const errors: QlErrorDetail[] = [];
  el.addEventListener('ql-error', (event) => errors.push((event as CustomEvent<QlErrorDetail>).detail));
  el.setAttribute('timeout', String(timeout));
  el.setAttribute('src', src);
  const started = performance.now();
  container.append(el);
  return { el, errors, started };
}

const part = (el: Element$, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const errorText = (el: Element$) => part(el, 'error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no error box)';

async function expectError(el: Element$, includes: string) {
  await loaded(el);
  expect(el.status, 'status').to.equal('error');
  expect(errorText(el)).to.include(includes);
  expect(part(el, 'retry'), 'a retry button').to.exist;
}

for (const { tag, file, wrongKind } of SUBJECTS) {
  describe(`${tag} on a broken network`, () => {
    it('shows the document a working server sends (the baseline)', async () => {
      const { el } = mount(tag, `/__test__/delay/0?file=${file}`, PATIENT);
      await loaded(el);
      expect(el.status).to.equal('ready');
    });

    for (const status of [404, 500]) {
      it(`HTTP ${status}: the error state names the status`, async () => {
        const { el, errors } = mount(tag, `/__test__/status/${status}`, PATIENT);
        await expectError(el, `服务器返回 ${status}`);
        expect(errors).to.have.length(1);
      });
    }

    it('a 301 redirect loop: a network error, not an endless load', async () => {
      // The browser gives up on the loop itself: a network error, long before the timeout.
      const { el } = mount(tag, `/__test__/redirect-loop/a?key=${unique()}`, PATIENT);
      await expectError(el, '网络错误');
    });

    it('invalid JSON: says it is not valid JSON', async () => {
      const { el } = mount(tag, `/__test__/text?body=${encodeURIComponent('{"version": 1, "name": "南平市侨联",')}`, PATIENT);
      await expectError(el, '不是有效的 JSON');
    });

    it(`a valid document of the wrong kind: the error names its first missing field, ${wrongKind.path}`, async () => {
      const { el, errors } = mount(tag, `/__test__/delay/0?file=${wrongKind.file}`, PATIENT);
      // ql-error waits for the words of the problem (a lazy chunk), so the error state comes first.
      await oneEvent(el, 'ql-error');
      expect(el.status).to.equal('error');
      await el.updateComplete;
      expect(errors.map((e) => e.path)).to.deep.equal([wrongKind.path]);
      expect(errorText(el)).to.include(`${wrongKind.path} 缺少必填字段`);
    });

    it('a 30-second stall: loading, then the timeout error within the timeout; the request is aborted', async () => {
      const key = unique();
      const { el, started } = mount(tag, `/__test__/stall?key=${key}`);
      await waitUntil(async () => (await stats(key)).requests === 1, 'the request to reach the server', PATIENCE);
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      expect(part(el, 'loading'), 'the loading state is shown').to.exist;
      await expectError(el, '请求超时');
      // A lower bound only: the element really waited for its timeout; how late it may be is the benchmark's question.
      expect(performance.now() - started, 'ms before the timeout error').to.be.at.least(TIMEOUT - 50);
      expect(await abortedCount(key, 1), 'requests aborted').to.equal(1);
      expect((await stats(key)).requests).to.equal(1);
    });

    it('a connection dropped halfway through the body: a network error', async () => {
      const { el } = mount(tag, `/__test__/drop?file=${file}&key=${unique()}`, PATIENT);
      await expectError(el, '网络错误');
    });

    it('a trickle slower than the timeout: the timeout error, and the download is aborted', async () => {
      const key = unique();
      const { el, started } = mount(tag, `/__test__/trickle/100?chunk=16&file=${file}&key=${key}`);
      await expectError(el, '请求超时');
      expect(performance.now() - started, 'ms before the timeout error').to.be.at.least(TIMEOUT - 50);
      expect(await abortedCount(key, 1), 'downloads aborted').to.equal(1);
    });

    it('a trickle that finishes within the timeout: the document is shown', async () => {
      const { el } = mount(tag, `/__test__/trickle/20?chunk=1024&file=${file}&key=${unique()}`, PATIENT);
      await loaded(el);
      expect(el.status).to.equal('ready');
    });

    it('retry works once the server recovers', async () => {
      const key = unique();
      const { el } = mount(tag, `/__test__/recover/2?key=${key}&file=${file}`, PATIENT);
      await expectError(el, '服务器返回 503');
      part(el, 'retry')!.click();
      await expectError(el, '服务器返回 503');
      expect((await stats(key)).requests, 'the retry asked again').to.equal(2);
      part(el, 'retry')!.click();
      await loaded(el);
      expect(el.status).to.equal('ready');
      expect(part(el, 'error')).to.equal(null);
      expect((await stats(key)).requests).to.equal(3);
    });

    it('removed from the page while loading: the request is aborted', async () => {
      const key = unique();
      const { el } = mount(tag, `/__test__/stall?key=${key}`, PATIENT);
      await waitUntil(async () => (await stats(key)).requests === 1, 'the request to reach the server', PATIENCE);
      el.remove();
      expect(await abortedCount(key, 1), 'requests aborted').to.equal(1);
    });

    it('src changed while loading: the old request is aborted and the new document shown', async () => {
      const key = unique();
      const { el } = mount(tag, `/__test__/stall?key=${key}`, PATIENT);
      await waitUntil(async () => (await stats(key)).requests === 1, 'the request to reach the server', PATIENCE);
      el.setAttribute('src', `/__test__/delay/0?file=${file}`);
      await el.updateComplete;
      await loaded(el);
      expect(el.status).to.equal('ready');
      expect(await abortedCount(key, 1), 'requests aborted').to.equal(1);
    });
  });
}
