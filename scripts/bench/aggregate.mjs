// A province's scale: `qiaolian-widgets aggregate` over 1,000 county feeds × 500 items served from
// 127.0.0.1 (each feed five files of 100 linked by page.next, with ETags), then the portal's first page
// read from such an aggregate beside the in-browser merge of 200 of the same feeds, in one run.
// The command runs as it ships (src/cli/main.ts bundled by esbuild, as npm run build does) in its own
// Node process, which reports its peak memory and CPU time when it exits (memory-probe.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveBudgets } from './budgets.mjs';
import { Figures } from './figures.mjs';
import { median } from './pages.mjs';

const COUNTIES = 1000;
const PER_FEED = 500;
const PER_FILE = 100;
const IN_BROWSER = 200;
const MB = 1024 * 1024;

/** One file of county `f`'s feed (files from 1), as a county CMS writes it. @param {number} f @param {number} file */
function countyFile(f, file) {
  const files = PER_FEED / PER_FILE;
  const items = [];
  for (let i = (file - 1) * PER_FILE; i < file * PER_FILE; i++) {
    items.push({
      id: `c${f}-${i}`,
      title: `第${f}号县侨联召开第${i + 1}次归侨侨眷代表座谈会，听取意见建议，推动为侨服务工作落到实处`,
      url: `https://county-${f}.example/qldt/${i}.html`,
      publishedAt: new Date(Date.UTC(2024, 0, 4) - (i * 1000 + f) * 60_000).toISOString().replace('Z', '+00:00'),
      summary: '凝侨心、护侨益、聚侨力，县侨联做好“三篇文章”，推动新时代侨务工作创新发展。',
      ...(i === 0 ? { pinned: true } : {}),
    });
  }
  return JSON.stringify({
    version: 1,
    site: { name: `第${f}号县侨联`, url: `https://county-${f}.example/` },
    channel: { id: 'qldt', name: '侨联动态' },
    items,
    page: { number: file, size: PER_FILE, totalItems: PER_FEED, totalPages: files, ...(file < files ? { next: `${file + 1}.json` } : {}) },
  });
}

/**
 * The county feeds at /county/F/N.json, answering If-None-Match with 304 (their content never
 * changes), and any other path from `folder` (the aggregate's output, for the browser).
 * @param {() => string | undefined} folder
 */
export function serveCounties(folder) {
  let requests = 0;
  const server = createServer((req, res) => {
    // The bench page is on another port: the feeds are read across origins, as a portal reads its counties'.
    res.setHeader('access-control-allow-origin', '*');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const county = /^\/county\/(\d+)\/(\d+)\.json$/.exec(url.pathname);
    if (county) {
      requests++;
      const etag = `"${county[1]}-${county[2]}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      return res.writeHead(200, { 'content-type': 'application/json', etag, 'cache-control': 'no-store' }).end(countyFile(Number(county[1]), Number(county[2])));
    }
    const dir = folder();
    const file = dir && resolve(dir, `.${url.pathname}`);
    try {
      if (!dir || !file?.startsWith(dir)) throw new Error('outside');
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(readFileSync(/** @type {string} */ (file)));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`, requests: () => requests }),
    ),
  );
}

/**
 * Runs the bundled command in a Node process of its own; its wall time here, its CPU time and peak
 * memory from the probe. @param {string} cli @param {string[]} args
 */
async function runAggregate(cli, args) {
  const report = join(tmpdir(), `ql-aggregate-probe-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  const load = loadavg()[0];
  const code = await new Promise((done) => {
    const child = spawn(process.execPath, ['--import', resolve('scripts/bench/memory-probe.mjs'), cli, 'aggregate', ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, QL_MEMORY_PROBE: report },
    });
    child.on('exit', (status) => done(status));
  });
  const wall = performance.now() - started;
  if (code !== 0) throw new Error(`aggregate exited ${code}`);
  const probe = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report, { force: true });
  return { wall, load, ...probe };
}

/** CPU-ish time of the page's main thread so far, from the DevTools metrics. @param {import('puppeteer-core').CDPSession} client */
async function taskSeconds(client) {
  const { metrics } = await client.send('Performance.getMetrics');
  const get = (/** @type {string} */ name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/**
 * What the page holds after a garbage collection: JS heap with the embedder's (DOM wrappers) and backing
 * stores (ArrayBuffers), and DOM nodes. @param {import('puppeteer-core').CDPSession} client
 */
async function held(client) {
  await client.send('HeapProfiler.collectGarbage');
  const heap = /** @type {{ usedSize: number, embedderHeapUsedSize?: number, backingStorageSize?: number }} */ (await client.send('Runtime.getHeapUsage'));
  const { nodes } = await client.send('Memory.getDOMCounters');
  return { heap: heap.usedSize + (heap.embedderHeapUsedSize ?? 0) + (heap.backingStorageSize ?? 0), nodes };
}

/** The feed files' digest, in name order: a change that should not change the output must keep it. @param {string} dir */
function outputDigest(dir) {
  const hash = createHash('sha256');
  const names = readdirSync(dir).filter((name) => name.startsWith('feed-'));
  names.sort((a, b) => Number(a.slice(5, -5)) - Number(b.slice(5, -5)));
  for (const name of names) hash.update(readFileSync(join(dir, name)));
  return `${names.length} feed files, sha256 ${hash.digest('hex').slice(0, 16)}`;
}

/** The command as it ships: src/cli/main.ts bundled by esbuild, as npm run build does. @param {string} work */
export function bundleCommand(work) {
  const cli = join(work, 'cli.mjs');
  execFileSync(resolve('node_modules/.bin/esbuild'), ['src/cli/main.ts', '--bundle', '--platform=node', '--format=esm', '--target=node18', `--outfile=${cli}`, '--log-level=warning']);
  return cli;
}

const countyList = (/** @type {string} */ origin, /** @type {number} */ count) => Array.from({ length: count }, (_, f) => `${origin}/county/${f}/1.json`);
const COMMON = ['--page-size', '20', '--concurrency', '8'];

/**
 * The province: a cold run (no cache), then the run a schedule makes next, every file answered 304.
 * @param {import('./figures.mjs').Figures} figures
 * @param {{ cli: string, work: string, origin: string, requests: () => number }} context
 */
async function measureProvince(figures, { cli, work, origin, requests }) {
  console.log(`aggregate: ${COUNTIES} county feeds × ${PER_FEED} items (files of ${PER_FILE}) from 127.0.0.1, the bundled command in its own process`);
  const province = join(work, 'province');
  rmSync(province, { recursive: true, force: true });
  rmSync(`${province}.cache`, { recursive: true, force: true });
  const args = ['--out', province, ...COMMON, ...countyList(origin, COUNTIES)];
  const before = requests();
  const cold = await runAggregate(cli, args);
  const asked = requests() - before;
  console.log(`  output: ${outputDigest(province)}`);
  const note = (/** @type {{ cpu: number, load: number }} */ run) => `${(run.cpu / 1000).toFixed(1)} s CPU, load ${run.load.toFixed(1)}`;
  figures.add('aggregate.province.time', cold.wall, { note: `${asked} requests; ${note(cold)}` });
  figures.add('aggregate.province.memory', cold.maxRss / MB, {
    note: `peak RSS, everything the process held; sampled peaks: JS heap ${(cold.heapUsed / MB).toFixed(0)} MB, external ${(cold.external / MB).toFixed(0)} MB of which ArrayBuffers ${(cold.arrayBuffers / MB).toFixed(0)} MB; load ${cold.load.toFixed(1)}`,
  });
  // The second run, as a schedule makes it: every file answered 304 Not Modified.
  const again = await runAggregate(cli, args);
  figures.add('aggregate.province.unchanged', again.wall, { unit: 'ms', note: `every file 304; ${note(again)}; peak RSS ${(again.maxRss / MB).toFixed(0)} MB, JS heap ${(again.heapUsed / MB).toFixed(0)} MB` });
}

/**
 * @param {import('./figures.mjs').Figures} figures
 * @param {{ browser: import('puppeteer-core').Browser, origin: string, runs: number }} context
 */
export async function measureAggregate(figures, { browser, origin: pageOrigin, runs }) {
  const work = mkdtempSync(join(tmpdir(), 'ql-bench-aggregate-'));
  /** @type {string | undefined} */
  let served;
  const { server, origin, requests } = /** @type {{ server: import('node:http').Server, origin: string, requests: () => number }} */ (
    await serveCounties(() => served)
  );
  try {
    const cli = bundleCommand(work);
    const list = (/** @type {number} */ count) => countyList(origin, count);
    await measureProvince(figures, { cli, work, origin, requests });

    // The portal: the same 200 feeds merged in the browser, or read from their aggregate.
    const portal = join(work, 'portal');
    await runAggregate(cli, ['--out', portal, ...COMMON, ...list(IN_BROWSER)]);
    served = portal;
    /** @type {Record<'aggregate' | 'merge', { wall: number, task: number, script: number, heap: number, nodes: number, load: number }[]>} */
    const results = { aggregate: [], merge: [] };
    for (let run = 0; run < runs; run++) {
      for (const kind of /** @type {const} */ (['aggregate', 'merge'])) {
        // A browser context of its own: tabs of one site share a renderer, whose heap and DOM counters would add up.
        const isolated = await browser.createBrowserContext();
        const page = await isolated.newPage();
        try {
          const client = await page.createCDPSession();
          await client.send('Performance.enable');
          await page.goto(`${pageOrigin}/scripts/bench/page.html`);
          await page.waitForFunction(() => customElements.get('ql-news-list'));
          const src = kind === 'aggregate' ? `${origin}/feed-1.json` : list(IN_BROWSER).join(' ');
          const load = loadavg()[0];
          // Differences, not totals: Chromium may host several tabs in one renderer, whose heap and nodes add up.
          const heldBefore = await held(client);
          const cpu = await taskSeconds(client);
          const wall = await page.evaluate(async (src) => {
            const list = /** @type {any} */ (document.createElement('ql-news-list'));
            list.setAttribute('src', src);
            const started = performance.now();
            const loaded = new Promise((done) => list.addEventListener('ql-load', done, { once: true }));
            document.getElementById('stage')?.append(list);
            await loaded;
            await list.updateComplete;
            await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
            if (list.querySelectorAll('.ql-content li').length !== 20) throw new Error(`portal first page: ${list.status}`);
            return performance.now() - started;
          }, src);
          const after = await taskSeconds(client);
          const heldAfter = await held(client);
          results[kind].push({
            wall,
            task: (after.task - cpu.task) * 1000,
            script: (after.script - cpu.script) * 1000,
            heap: (heldAfter.heap - heldBefore.heap) / MB,
            nodes: heldAfter.nodes - heldBefore.nodes,
            load,
          });
        } finally {
          await isolated.close();
        }
      }
    }
    console.log(`portal first page (20 rows): ${IN_BROWSER} feeds × ${PER_FEED} items merged in the browser, or their aggregate's feed-1.json; a fresh tab per run, median of ${runs}`);
    for (const kind of /** @type {const} */ (['aggregate', 'merge'])) {
      const r = results[kind];
      const m = (/** @type {(x: typeof r[0]) => number} */ pick) => median(r.map(pick));
      figures.add(`portal.first-page.${kind === 'aggregate' ? 'from-aggregate' : `merge-${IN_BROWSER}`}`, m((x) => x.wall), {
        unit: 'ms',
        note: `main thread ${m((x) => x.task).toFixed(0)} ms CPU (script ${m((x) => x.script).toFixed(0)} ms); holds ${m((x) => x.heap).toFixed(1)} MB more JS heap after gc (Runtime.getHeapUsage, embedder heap and backing stores included) and ${m((x) => x.nodes)} more DOM nodes; load ${m((x) => x.load).toFixed(1)}`,
      });
    }
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

// Alone, without a browser: `node scripts/bench/aggregate.mjs [--runs N]` runs the province N times
// (default 1) and prints its figures beside their budgets, judging none.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 1;
  const figures = new Figures(resolveBudgets([], {}));
  const work = mkdtempSync(join(tmpdir(), 'ql-bench-aggregate-'));
  const { server, origin, requests } = /** @type {{ server: import('node:http').Server, origin: string, requests: () => number }} */ (
    await serveCounties(() => undefined)
  );
  try {
    const cli = bundleCommand(work);
    for (let run = 0; run < runs; run++) await measureProvince(figures, { cli, work, origin, requests });
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
