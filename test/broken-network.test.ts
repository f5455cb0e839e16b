// Every fetching element against a server that fails in each way a county network does (see
// test/server/endpoints.mjs): the right state within the timeout, a working retry, no request left open.
import { expect } from '@open-wc/testing';
import '../src/components/article/define.js';
import '../src/components/news-list/define.js';
import '../src/components/site-footer/define.js';
import '../src/components/site-header/define.js';
import type { DataElement, QlErrorDetail } from '../src/internal/data-element.js';

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

/** The `timeout` attribute every element gets here: the 30-second stall must end long before. */
const TIMEOUT = 500;
/** How late after its timeout an element may show the error: a task or two, a render. */
const SLACK = 700;

const unique = () => Math.random().toString(36).slice(2);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stats(key: string): Promise<{ requests: number; aborted: number }> {
  return (await fetch(`/__test__/stats?key=${key}`)).json();
}

/** Polls the server's count of aborted requests until it reaches `count` (an abort reaches it a little later). */
async function abortedCount(key: string, count: number): Promise<number> {
  let seen = 0;
  for (let i = 0; i < 50 && (seen = (await stats(key)).aborted) < count; i++) await sleep(20);
  return seen;
}

type Element$ = DataElement<never> & HTMLElement;

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

function mount(tag: string, src: string) {
  const el = document.createElement(tag) as Element$;
  const errors: QlErrorDetail[] = [];
  el.addEventListener('ql-error', (event) => errors.push((event as CustomEvent<QlErrorDetail>).detail));
  el.setAttribute('timeout', String(TIMEOUT));
  el.setAttribute('src', src);
  const started = performance.now();
  container.append(el);
  return { el, errors, started };
}

/** Waits until the element leaves idle/loading; returns how long that took from `since`. */
async function settled(el: Element$, since: number, limit = 5000): Promise<number> {
  while ((el.status === 'idle' || el.status === 'loading') && performance.now() - since < limit) await sleep(5);
  await el.updateComplete;
  return performance.now() - since;
}

const part = (el: Element$, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const errorText = (el: Element$) => part(el, 'error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no error box)';

async function expectError(el: Element$, started: number, includes: string) {
  const took = await settled(el, started);
  expect(el.status, `status after ${Math.round(took)} ms`).to.equal('error');
  expect(errorText(el)).to.include(includes);
  expect(part(el, 'retry'), 'a retry button').to.exist;
  return took;
}

for (const { tag, file, wrongKind } of SUBJECTS) {
  describe(`${tag} on a broken network`, () => {
    it('shows the document a working server sends (the baseline)', async () => {
      const { el, started } = mount(tag, `/__test__/delay/0?file=${file}`);
      await settled(el, started);
      expect(el.status).to.equal('ready');
    });

    for (const status of [404, 500]) {
      it(`HTTP ${status}: the error state names the status`, async () => {
        const { el, errors, started } = mount(tag, `/__test__/status/${status}`);
        await expectError(el, started, `服务器返回 ${status}`);
        expect(errors).to.have.length(1);
      });
    }

    it('a 301 redirect loop: a network error, not an endless load', async () => {
      const { el, started } = mount(tag, `/__test__/redirect-loop/a?key=${unique()}`);
      const took = await expectError(el, started, '网络错误');
      expect(took).to.be.below(TIMEOUT + SLACK);
    });

    it('invalid JSON: says it is not valid JSON', async () => {
      const { el, started } = mount(tag, `/__test__/text?body=${encodeURIComponent('{"version": 1, "name": "南平市侨联",')}`);
      await expectError(el, started, '不是有效的 JSON');
    });

    it(`a valid document of the wrong kind: the error names its first missing field, ${wrongKind.path}`, async () => {
      const { el, errors, started } = mount(tag, `/__test__/delay/0?file=${wrongKind.file}`);
      await settled(el, started);
      expect(el.status).to.equal('error');
      expect(errors.map((e) => e.path)).to.deep.equal([wrongKind.path]);
      expect(errorText(el)).to.include(`${wrongKind.path} 缺少必填字段`);
    });

    it('a 30-second stall: loading, then the timeout error within the timeout; the request is aborted', async () => {
      const key = unique();
      const { el, started } = mount(tag, `/__test__/stall?key=${key}`);
      await sleep(100);
      expect(el.status).to.equal('loading');
      expect(part(el, 'loading'), 'the loading state is shown').to.exist;
      const took = await expectError(el, started, '请求超时');
      expect(took).to.be.within(TIMEOUT - 50, TIMEOUT + SLACK);
      expect(await abortedCount(key, 1), 'requests aborted').to.equal(1);
      expect((await stats(key)).requests).to.equal(1);
    });

    it('a connection dropped halfway through the body: a network error', async () => {
      const { el, started } = mount(tag, `/__test__/drop?file=${file}&key=${unique()}`);
      const took = await expectError(el, started, '网络错误');
      expect(took).to.be.below(TIMEOUT + SLACK);
    });

    it('a trickle slower than the timeout: the timeout error, and the download is aborted', async () => {
      const key = unique();
      const { el, started } = mount(tag, `/__test__/trickle/100?chunk=16&file=${file}&key=${key}`);
      const took = await expectError(el, started, '请求超时');
      expect(took).to.be.within(TIMEOUT - 50, TIMEOUT + SLACK);
      expect(await abortedCount(key, 1), 'downloads aborted').to.equal(1);
    });

    it('a trickle that finishes within the timeout: the document is shown', async () => {
      const { el, started } = mount(tag, `/__test__/trickle/20?chunk=1024&file=${file}&key=${unique()}`);
      el.timeout = 3000;
      await settled(el, started);
      expect(el.status).to.equal('ready');
    });

    it('retry works once the server recovers', async () => {
      const key = unique();
      const { el, started } = mount(tag, `/__test__/recover/2?key=${key}&file=${file}`);
      await expectError(el, started, '服务器返回 503');
      part(el, 'retry')!.click();
      await expectError(el, performance.now(), '服务器返回 503');
      part(el, 'retry')!.click();
      await settled(el, performance.now());
      expect(el.status).to.equal('ready');
      expect(part(el, 'error')).to.equal(null);
      expect((await stats(key)).requests).to.equal(3);
    });

    it('removed from the page while loading: the request is aborted', async () => {
      const key = unique();
      const { el } = mount(tag, `/__test__/stall?key=${key}`);
      el.timeout = 30_000;
      await sleep(100);
      el.remove();
      expect(await abortedCount(key, 1), 'requests aborted').to.equal(1);
    });

    it('src changed while loading: the old request is aborted and the new document shown', async () => {
      const key = unique();
      const { el } = mount(tag, `/__test__/stall?key=${key}`);
      el.timeout = 30_000;
      await sleep(100);
      el.setAttribute('src', `/__test__/delay/0?file=${file}`);
      const since = performance.now();
      await sleep(0);
      await settled(el, since);
      expect(el.status).to.equal('ready');
      expect(await abortedCount(key, 1), 'requests aborted').to.equal(1);
    });
  });
}
