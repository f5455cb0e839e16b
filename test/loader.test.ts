import { expect, waitUntil } from '@open-wc/testing';
import { LoadError, loadJson } from '../src/contract/loader.js';
import { PATIENCE } from './helpers.js';

const SITE = '/demo/data/site.json';

async function stats(key: string): Promise<{ requests: number; aborted: number }> {
  return (await fetch(`/__test__/stats?key=${key}`)).json();
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

const unique = () => Math.random().toString(36).slice(2);

/** Waits until the test server's counts for `key` pass `check` (an abort reaches the server a little later). */
const serverSees = (key: string, check: (seen: { requests: number; aborted: number }) => boolean, what: string) =>
  waitUntil(async () => check(await stats(key)), what, PATIENCE);

describe('loadJson', () => {
  it('loads a document and reports the URL it came from, for resolving its relative URLs', async () => {
    const loaded = await loadJson(SITE);
    expect((loaded.json as { name: string }).name).to.equal('南平市侨联');
    expect(loaded.url).to.equal(new URL(SITE, location.href).href);
  });

  it('resolves a relative src against the page', async () => {
    const loaded = await loadJson('../demo/data/site.json');
    expect(loaded.url).to.equal(new URL('../demo/data/site.json', document.baseURI).href);
  });

  it('fails with the status on 404 and 500', async () => {
    const notFound = (await failure(loadJson(`/demo/data/missing-${unique()}.json`))) as LoadError;
    expect(notFound).to.be.instanceOf(LoadError);
    expect([notFound.kind, notFound.status]).to.deep.equal(['http', 404]);
    const serverError = (await failure(loadJson('/__test__/status/500'))) as LoadError;
    expect([serverError.kind, serverError.status]).to.deep.equal(['http', 500]);
  });

  it('fails as parse on malformed JSON', async () => {
    const error = (await failure(loadJson(`/__test__/text?body=${encodeURIComponent('{"version": 1,')}`))) as LoadError;
    expect(error.kind).to.equal('parse');
  });

  it('times out, and really aborts the request it gave up on', async () => {
    const key = unique();
    const started = performance.now();
    const error = (await failure(loadJson(`/__test__/stall?key=${key}`, { timeout: 200 }))) as LoadError;
    expect(error.kind).to.equal('timeout');
    // A lower bound only: the load really waited for its timeout (how late it gives up is the benchmark's question).
    expect(performance.now() - started).to.be.at.least(150);
    await serverSees(key, (seen) => seen.aborted > 0, 'the abort to reach the server');
    expect(await stats(key)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('aborts when the caller aborts', async () => {
    const key = unique();
    const controller = new AbortController();
    const pending = failure(loadJson(`/__test__/stall?key=${key}`, { signal: controller.signal }));
    await serverSees(key, (seen) => seen.requests > 0, 'the request to reach the server');
    controller.abort();
    expect(((await pending) as Error).name).to.equal('AbortError');
    await serverSees(key, (seen) => seen.aborted > 0, 'the abort to reach the server');
    expect(await stats(key)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('shares one request between callers asking for the same URL at once', async () => {
    const key = unique();
    const url = `/__test__/delay/150?file=demo/data/site.json&key=${key}`;
    const [a, b, c] = await Promise.all([loadJson(url), loadJson(url), loadJson(url)]);
    expect(a.json).to.deep.equal(b.json);
    expect(a.json).to.deep.equal(c.json);
    expect((await stats(key)).requests).to.equal(1);
    await loadJson(url);
    expect((await stats(key)).requests, 'a later call fetches again').to.equal(2);
  });

  it('keeps a shared request alive while one caller still waits', async () => {
    const key = unique();
    const url = `/__test__/delay/200?file=demo/data/site.json&key=${key}`;
    const controller = new AbortController();
    const leaving = failure(loadJson(url, { signal: controller.signal }));
    const staying = loadJson(url);
    controller.abort();
    await leaving;
    expect(((await staying).json as { name: string }).name).to.equal('南平市侨联');
    expect(await stats(key)).to.deep.equal({ requests: 1, aborted: 0 });
  });
});
