// The simplified→traditional dictionary beside opencc-js's, in one headless Chromium run:
//   chunk size (gzip), converter ready after the chunk arrives, heap to hold the converter,
//   conversion throughput on a large text, and the longest main-thread task while loading and
//   converting the demo article string by string (as the toggle does), and the longest slice of work
//   between two pauses while the tables are built. Each figure is a median; budgets are in
//   scripts/bench/budgets.mjs (npm run bench judges them; run alone, this prints them).
//   node scripts/bench-dictionary.mjs [--runs 5] [--cpu 4]   (--cpu: slow the CPU that many times)
// The dictionary must be generated first (node scripts/build-dictionaries.mjs).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the one way a .mjs file sees the page globals
/// <reference path="./bench/page-globals.d.ts" />
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { resolveBudgets } from './bench/budgets.mjs';
import { describeBudget, isOver, writeFigures } from './bench/figures.mjs';
import { serve } from './bench/serve.mjs';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const root = resolve('.');
const option = (name) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined);
const RUNS = option('--runs') || Number(process.env.BENCH_RUNS) || 5;
const CPU = option('--cpu') || 1;
const budgets = resolveBudgets([], process.env);

// 1. Our dictionary as the drop-in ships it: a lazy chunk of the plan, built and minified.
const work = mkdtempSync(join(root, '.bench-dictionary-'));
try {
  const entry = join(work, 'entry.js');
  writeFileSync(
    entry,
    `export { nextTask } from ${JSON.stringify(join(root, 'src/script/next-task.ts'))};
export const loadPlan = () => import(${JSON.stringify(join(root, 'src/script/plans/to-traditional.ts'))});`,
  );
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      outDir: join(work, 'out'),
      emptyOutDir: true,
      target: 'es2021',
      minify: true,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  const chunkFiles = readdirSync(join(work, 'out/chunks'));
  const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
  const ourChunk = chunkFiles.reduce((sum, name) => sum + gz(readFileSync(join(work, 'out/chunks', name))), 0);
  const openccFile = join(root, 'node_modules/opencc-js/dist/esm/cn2t.js');
  const openccChunk = gz(readFileSync(openccFile));

  // 2. A large text: the demo article, repeated to about a million characters.
  const article = JSON.parse(readFileSync('demo/data/article-songxi-three-chapters.json', 'utf8'));
  const stringsOf = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : []);
  const articleStrings = stringsOf(article);
  const articleText = articleStrings.join('\n');
  const large = articleText.repeat(Math.ceil(1_000_000 / articleText.length));

  const { server, origin } = await serve(work, {
    '/page.html': () => ['text/html', '<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>bench</title><body></body></html>'],
    '/opencc-cn2t.js': () => ['text/javascript', readFileSync(openccFile)],
    '/large.json': () => ['application/json', JSON.stringify(large)],
    '/article.json': () => ['application/json', JSON.stringify(articleStrings)],
  });
  const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: [...chromeArgs, '--js-flags=--expose-gc'] });

  /** One measurement in a fresh page. @param {'ours' | 'opencc-js'} method */
  async function measure(method) {
    const page = await browser.newPage();
    if (CPU > 1) await page.emulateCPUThrottling(CPU);
    await page.goto(`${origin}/page.html`);
    const client = await page.createCDPSession();
    const heap = async () => {
      await page.evaluate(() => {
        window.gc();
        window.gc();
      });
      return (await client.send('Runtime.getHeapUsage')).usedSize;
    };
    await page.evaluate(async () => {
      window.__large = await (await fetch('/large.json')).json();
      window.__article = await (await fetch('/article.json')).json();
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const before = await heap();
    const timing = await page.evaluate(async (method) => {
      const t0 = performance.now();
      let ready;
      let t1;
      let slice = 0;
      if (method === 'ours') {
        const entry = '/out/entry.js'; // served by the bench, not a module of this repository
        const { loadPlan, nextTask } = await import(entry);
        const plan = await loadPlan();
        t1 = performance.now();
        // The longest stretch of work between two pauses: what a reader's click may wait behind.
        let sliceStart = performance.now();
        const pause = async () => {
          slice = Math.max(slice, performance.now() - sliceStart);
          await nextTask();
          sliceStart = performance.now();
        };
        ready = await plan.buildConverter(plan.s2tw, pause);
        slice = Math.max(slice, performance.now() - sliceStart);
      } else {
        const file = '/opencc-cn2t.js';
        const OpenCC = await import(file);
        t1 = performance.now();
        ready = OpenCC.Converter({ from: 'cn', to: 'tw' });
      }
      const t2 = performance.now();
      window.__convert = ready;
      // The toggle converts a page string by string, a task at a time.
      for (const text of window.__article) {
        ready(text);
        await new Promise((resolve) => setTimeout(resolve));
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { arrive: t1 - t0, ready: t2 - t1, longest: window.__longest, slice };
    }, method);
    const after = await heap();
    const throughput = await page.evaluate(() => {
      const text = window.__large;
      window.__convert(text); // warm
      const start = performance.now();
      const out = window.__convert(text);
      const elapsed = performance.now() - start;
      window.__out = out.length;
      return text.length / elapsed;
    });
    const output = await page.evaluate(() => window.__convert(window.__article.join('\n')));
    await page.close();
    return { ...timing, heap: after - before, throughput, output };
  }

  /** @type {Record<'ours' | 'opencc-js', Awaited<ReturnType<typeof measure>>[]>} */
  const results = { ours: [], 'opencc-js': [] };
  for (let run = 0; run < RUNS; run++) {
    for (const method of /** @type {const} */ (['ours', 'opencc-js'])) results[method].push(await measure(method));
  }
  await browser.close();
  server.close();

  if (results.ours[0].output !== results['opencc-js'][0].output) throw new Error('the two converters disagree on the demo article');
  const median = (method, key) => {
    const values = results[method].map((r) => r[key]).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  const ms = (n) => `${n.toFixed(1)} ms`;
  const rows = [
    ['s2tw chunk, gzip', ourChunk, openccChunk, kb, 'dictionary.chunk', ourChunk / 1024],
    ['module fetched and evaluated', median('ours', 'arrive'), median('opencc-js', 'arrive'), ms],
    ['converter ready after the chunk arrives', median('ours', 'ready'), median('opencc-js', 'ready'), ms, 'dictionary.ready'],
    ['longest slice while building the tables', median('ours', 'slice'), undefined, ms, 'dictionary.slice', median('ours', 'slice')],
    ['heap to hold the converter', median('ours', 'heap'), median('opencc-js', 'heap'), mb, 'dictionary.heap'],
    ['conversion throughput, chars/ms', median('ours', 'throughput'), median('opencc-js', 'throughput'), (n) => n.toFixed(0), 'dictionary.throughput'],
    ['longest main-thread task (load + article)', median('ours', 'longest'), median('opencc-js', 'longest'), (n) => (n ? ms(n) : 'none ≥ 50 ms'), 'dictionary.longest-task', median('ours', 'longest')],
  ];
  console.log(`simplified→traditional (s2tw) dictionary in headless Chromium${CPU > 1 ? `, CPU ${CPU}× slower` : ''}, median of ${RUNS} runs; large text ${large.length.toLocaleString('en')} chars; times are wall clock\n`);
  console.log(`${'figure'.padEnd(44)}${'ours'.padStart(14)}${'opencc-js'.padStart(14)}${'ratio'.padStart(9)}  budget`);
  /** @type {import('./bench/figures.mjs').Figure[]} */
  const figures = [];
  for (const [name, ours, theirs, format, budgetName, value] of rows) {
    const ratio = theirs ? ours / theirs : undefined;
    const budget = budgetName ? budgets[budgetName] : undefined;
    // A budget judges the figure itself (bytes, ms) or, when it has no own value here, the ratio to opencc-js.
    const judged = value ?? ratio;
    let verdict = '';
    if (budget && judged !== undefined) {
      figures.push({ name: budgetName, value: judged });
      verdict = `${describeBudget(budget)}${value === undefined ? ' of opencc-js' : ''} ${isOver(budget, judged) ? 'OVER' : 'ok'}`;
    }
    console.log(`${name.padEnd(44)}${format(ours).padStart(14)}${(theirs === undefined ? '–' : format(theirs)).padStart(14)}${(ratio === undefined ? '–' : ratio.toFixed(2)).padStart(9)}  ${verdict}`);
  }
  // Deterministic counts, in Node: the hand-checked federation sentences each converter gets wrong.
  const { federationErrors } = await import('./federation-errors.mjs');
  const errors = await federationErrors();
  const ratio = errors.ours.items.length / errors.opencc.items.length;
  const budget = budgets['dictionary.federation-errors'];
  figures.push({ name: 'dictionary.federation-errors', value: ratio });
  console.log(
    `${`federation sentences wrong (of ${errors.items.length})`.padEnd(44)}${String(errors.ours.items.length).padStart(14)}${String(errors.opencc.items.length).padStart(14)}${ratio.toFixed(2).padStart(9)}  ${describeBudget(budget)} ${isOver(budget, ratio) ? 'OVER' : 'ok'}`,
  );
  console.log(`${`controls wrong (of ${errors.controls.length})`.padEnd(44)}${String(errors.ours.controls.length).padStart(14)}${String(errors.opencc.controls.length).padStart(14)}`);
  writeFigures(figures);
} finally {
  rmSync(work, { recursive: true, force: true });
}
