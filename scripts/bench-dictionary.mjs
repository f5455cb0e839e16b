// The simplified→traditional dictionary beside opencc-js's, in one headless Chromium run:
//   chunk size (gzip), converter ready after the chunk arrives, memory to hold the converter (JS heap,
//   Blink heap and ArrayBuffers), conversion throughput on varied text (a generated million characters
//   and the demo corpus; the repetitive text of old printed beside them), the longest main-thread task
//   while loading and converting the demo article string by string (as the toggle does), and the
//   longest slice of work between two pauses while the tables are built. Each time is given as wall
//   and CPU time (from the trace), with the load average it ran under; each figure is a median.
//   Budgets are in scripts/bench/budgets.mjs (npm run bench judges them; run alone, this prints them,
//   and judges no timing when the load average reached the core count).
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
import { demoCorpus, generatedCorpus } from './bench/dictionary-corpus.mjs';
import { describeBudget, isOver, machineLoad, writeFigures } from './bench/figures.mjs';
import { serve } from './bench/serve.mjs';
import { mainThreadEvents, span, TRACE_CATEGORIES } from './bench/trace.mjs';
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

  // 2. The texts converted. Throughput counts on varied text, each string the first time this converter
  // meets it: repeated text flatters a converter that computes a phrase's value once and reuses it.
  //   demo: every text/title string of demo/data/**/*.json but the article (the page converted it before);
  //   generated: a million characters of random sentences, next to none repeated (scripts/bench/dictionary-corpus.mjs);
  //   repetitive: the demo article repeated to a million characters, timed on its second pass (the old figure).
  const ARTICLE = 'demo/data/article-songxi-three-chapters.json';
  const article = JSON.parse(readFileSync(ARTICLE, 'utf8'));
  const stringsOf = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : []);
  const articleStrings = stringsOf(article);
  const articleText = articleStrings.join('\n');
  const corpora = {
    demo: demoCorpus({ except: [ARTICLE] }),
    generated: await generatedCorpus({ characters: 1_000_000 }),
    repetitive: [articleText.repeat(Math.ceil(1_000_000 / articleText.length))],
  };
  const characters = (/** @type {string[]} */ strings) => strings.reduce((sum, s) => sum + s.length, 0);

  const { server, origin } = await serve(work, {
    '/page.html': () => ['text/html', '<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>bench</title><body></body></html>'],
    '/opencc-cn2t.js': () => ['text/javascript', readFileSync(openccFile)],
    '/corpora.json': () => ['application/json', JSON.stringify(corpora)],
    '/article.json': () => ['application/json', JSON.stringify(articleStrings)],
  });
  const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: [...chromeArgs, '--js-flags=--expose-gc'] });

  /**
   * One measurement in a fresh page. Memory: what the page holds after gc, before the module is
   * fetched and after the converter is built and has converted the article, counting the JS heap, Blink's
   * heap and the backing stores of ArrayBuffers and external strings (Runtime.getHeapUsage).
   * @param {'ours' | 'opencc-js'} method @param {boolean} keepOutput
   */
  async function measure(method, keepOutput) {
    const load = machineLoad().load;
    const page = await browser.newPage();
    if (CPU > 1) await page.emulateCPUThrottling(CPU);
    await page.goto(`${origin}/page.html`);
    const client = await page.createCDPSession();
    const memory = async () => {
      await page.evaluate(() => {
        window.gc();
        window.gc();
      });
      const usage = await client.send('Runtime.getHeapUsage');
      return { js: usage.usedSize, blink: usage.embedderHeapUsedSize ?? 0, buffers: usage.backingStorageSize ?? 0 };
    };
    await page.evaluate(async () => {
      window.__corpora = await (await fetch('/corpora.json')).json();
      window.__article = await (await fetch('/article.json')).json();
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const before = await memory();
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    const timing = await page.evaluate(async (method) => {
      performance.mark('startup:start');
      performance.mark('arrive:start');
      let ready;
      let slice = 0;
      if (method === 'ours') {
        const entry = '/out/entry.js'; // served by the bench, not a module of this repository
        const { loadPlan, nextTask } = await import(entry);
        const plan = await loadPlan();
        performance.mark('arrive:end');
        performance.mark('ready:start');
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
        performance.mark('arrive:end');
        performance.mark('ready:start');
        ready = OpenCC.Converter({ from: 'cn', to: 'tw' });
      }
      performance.mark('ready:end');
      window.__convert = ready;
      // The toggle converts a page string by string, a task at a time.
      for (const text of window.__article) {
        ready(text);
        await new Promise((resolve) => setTimeout(resolve));
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      performance.mark('startup:end');
      return { longest: window.__longest, slice };
    }, method);
    const after = await memory();
    // Each corpus converted string by string in one task of its own, between two marks.
    const outputs = await page.evaluate(async (keepOutput) => {
      /** @param {string} name @param {string[]} strings */
      const convertAll = (name, strings) =>
        new Promise((resolve) =>
          setTimeout(() => {
            performance.mark(`${name}:start`);
            const out = strings.map((text) => window.__convert(text));
            performance.mark(`${name}:end`);
            resolve(keepOutput ? out.join('\n') : '');
          }),
        );
      const { demo, generated, repetitive } = window.__corpora;
      const result = { article: window.__convert(window.__article.join('\n')), demo: await convertAll('demo', demo), generated: await convertAll('generated', generated) };
      await convertAll('repetitive-first', repetitive);
      await convertAll('repetitive', repetitive);
      return result;
    }, keepOutput);
    const events = mainThreadEvents(await page.tracing.stop());
    await page.close();
    const spans = Object.fromEntries(['arrive', 'ready', 'startup', 'demo', 'generated', 'repetitive'].map((name) => [name, span(events, name)]));
    const held = { js: after.js - before.js, blink: after.blink - before.blink, buffers: after.buffers - before.buffers };
    return {
      load,
      ...spans,
      // Longtask entries start at 50 ms; the trace's tasks are seen at any length.
      longest: { wall: Math.max(timing.longest, spans.startup.longest.wall), cpu: spans.startup.longest.cpu },
      slice: { wall: timing.slice },
      buildTask: spans.ready.longest,
      memory: { ...held, total: held.js + held.blink + held.buffers },
      outputs,
    };
  }

  /** @type {Record<'ours' | 'opencc-js', Awaited<ReturnType<typeof measure>>[]>} */
  const results = { ours: [], 'opencc-js': [] };
  for (let run = 0; run < RUNS; run++) {
    for (const method of /** @type {const} */ (['ours', 'opencc-js'])) results[method].push(await measure(method, run === 0));
  }
  await browser.close();
  server.close();

  // Both did the same work: the outputs differ only where one converter is wrong (the federation
  // sentences below count which), never in length.
  const differences = Object.fromEntries(
    /** @type {const} */ (['article', 'demo', 'generated']).map((name) => {
      const a = results.ours[0].outputs[name];
      const b = results['opencc-js'][0].outputs[name];
      if (a.length !== b.length) throw new Error(`the two converters' outputs for the ${name} text differ in length`);
      let differing = 0;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
      if (differing > a.length / 100) throw new Error(`the two converters differ in ${differing} of ${a.length} characters of the ${name} text`);
      return [name, differing];
    }),
  );
  const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const of = (/** @type {'ours' | 'opencc-js'} */ method, /** @type {(r: Awaited<ReturnType<typeof measure>>) => number} */ get) => median(results[method].map(get));
  const loads = [...results.ours, ...results['opencc-js']].map((r) => r.load);
  const machine = machineLoad();
  const quiet = Math.max(...loads, machine.load) < machine.cores;
  const loadNote = `load ${median(loads).toFixed(2)} (${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}) on ${machine.cores} cores`;

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  const wallCpu = (/** @type {{ wall: number, cpu: number }} */ t) => `${t.wall.toFixed(t.wall < 10 ? 1 : 0)}/${t.cpu.toFixed(t.cpu < 10 ? 1 : 0)} ms`;
  const time = (/** @type {'ours' | 'opencc-js'} */ method, /** @type {'arrive' | 'ready'} */ key) => ({ wall: of(method, (r) => r[key].wall), cpu: of(method, (r) => r[key].cpu) });
  /** Characters converted per ms of wall and of CPU time. */
  const rate = (/** @type {'ours' | 'opencc-js'} */ method, /** @type {'demo' | 'generated' | 'repetitive'} */ name) => {
    const n = characters(corpora[name]);
    return { wall: of(method, (r) => n / r[name].wall), cpu: of(method, (r) => n / r[name].cpu) };
  };
  const rateText = (/** @type {{ wall: number, cpu: number }} */ r) => `${r.wall.toFixed(0)}/${r.cpu.toFixed(0)}`;

  /**
   * @typedef {{ name: string, ours: string, theirs?: string, ratio?: number, cpuRatio?: number, budget?: string, value?: number, note?: string }} Row
   * A budget judges `value` when given, else the ratio to opencc-js (wall clock for the timings).
   */
  /** @type {Row[]} */
  const rows = [];
  rows.push({ name: 's2tw chunk, gzip', ours: kb(ourChunk), theirs: kb(openccChunk), ratio: ourChunk / openccChunk, budget: 'dictionary.chunk', value: ourChunk / 1024 });
  for (const [key, label, budget] of /** @type {const} */ ([
    ['arrive', 'module fetched and evaluated', undefined],
    ['ready', 'converter ready after the chunk arrives', 'dictionary.ready'],
  ])) {
    const ours = time('ours', key);
    const theirs = time('opencc-js', key);
    rows.push({ name: label, ours: wallCpu(ours), theirs: wallCpu(theirs), ratio: ours.wall / theirs.wall, cpuRatio: ours.cpu / theirs.cpu, budget, note: `${wallCpu(ours)} vs ${wallCpu(theirs)} wall/CPU, CPU ratio ${(ours.cpu / theirs.cpu).toFixed(2)}; ${loadNote}` });
  }
  // The slice is timed in the page (performance.now); the trace gives the longest task around it.
  const slice = of('ours', (r) => r.slice.wall);
  const buildTask = { wall: of('ours', (r) => r.buildTask.wall), cpu: of('ours', (r) => r.buildTask.cpu) };
  rows.push({ name: 'longest slice while building the tables', ours: `${slice.toFixed(1)} ms`, budget: 'dictionary.slice', value: slice, note: `the longest task while building ${wallCpu(buildTask)} wall/CPU (trace); ${loadNote}` });
  rows.push({ name: 'longest task while building the tables', ours: wallCpu(buildTask) });
  const memory = (/** @type {'ours' | 'opencc-js'} */ method) => {
    const pick = (/** @type {'js' | 'blink' | 'buffers' | 'total'} */ key) => of(method, (r) => r.memory[key]);
    return { total: pick('total'), js: pick('js'), blink: pick('blink'), buffers: pick('buffers') };
  };
  const ourMemory = memory('ours');
  const theirMemory = memory('opencc-js');
  const memoryParts = (/** @type {ReturnType<typeof memory>} */ m) => `JS heap ${mb(m.js)} + Blink heap ${mb(m.blink)} + ArrayBuffers and external strings ${mb(m.buffers)}`;
  rows.push({
    name: 'memory to hold the converter',
    ours: mb(ourMemory.total),
    theirs: mb(theirMemory.total),
    ratio: ourMemory.total / theirMemory.total,
    budget: 'dictionary.heap',
    note: `${mb(ourMemory.total)} (${memoryParts(ourMemory)}) vs ${mb(theirMemory.total)} (${memoryParts(theirMemory)})`,
  });
  for (const [name, label, budget] of /** @type {const} */ ([
    ['generated', 'throughput, generated text', 'dictionary.throughput'],
    ['demo', 'throughput, demo corpus', 'dictionary.throughput.demo'],
    ['repetitive', 'throughput, repetitive text (2nd pass)', undefined],
  ])) {
    const ours = rate('ours', name);
    const theirs = rate('opencc-js', name);
    rows.push({
      name: `${label}, chars/ms`,
      ours: rateText(ours),
      theirs: rateText(theirs),
      ratio: ours.wall / theirs.wall,
      cpuRatio: ours.cpu / theirs.cpu,
      budget,
      note: `${rateText(ours)} vs ${rateText(theirs)} characters per ms of wall/CPU time, CPU ratio ${(ours.cpu / theirs.cpu).toFixed(2)}; ${loadNote}`,
    });
  }
  const longest = { wall: of('ours', (r) => r.longest.wall), cpu: of('ours', (r) => r.longest.cpu) };
  const theirLongest = { wall: of('opencc-js', (r) => r.longest.wall), cpu: of('opencc-js', (r) => r.longest.cpu) };
  rows.push({ name: 'longest task (load + article)', ours: wallCpu(longest), theirs: wallCpu(theirLongest), ratio: longest.wall / theirLongest.wall, budget: 'dictionary.longest-task', value: longest.wall, note: `${wallCpu(longest)} wall/CPU; ${loadNote}` });

  console.log(
    `simplified→traditional (s2tw) dictionary in headless Chromium${CPU > 1 ? `, CPU ${CPU}× slower` : ''}, median of ${RUNS} runs, a fresh tab each; ${loadNote}`,
  );
  console.log(`times are wall/CPU: wall clock and the main thread's CPU time, both from the trace's tasks between two marks; rates are characters per ms of each`);
  console.log(
    `texts: generated ${characters(corpora.generated).toLocaleString('en')} chars in ${corpora.generated.length.toLocaleString('en')} paragraphs (${new Set(corpora.generated).size.toLocaleString('en')} distinct); demo corpus ${characters(corpora.demo).toLocaleString('en')} chars in ${corpora.demo.length} strings (${new Set(corpora.demo).size} distinct); repetitive ${characters(corpora.repetitive).toLocaleString('en')} chars, the article repeated`,
  );
  console.log(`outputs differ (one converter wrong) in ${differences.article} characters of the article, ${differences.demo} of the demo corpus, ${differences.generated} of the generated text\n`);
  console.log(`${'figure'.padEnd(46)}${'ours'.padStart(16)}${'opencc-js'.padStart(16)}${'ratio'.padStart(8)}${'CPU'.padStart(7)}  budget`);
  /** @type {import('./bench/figures.mjs').Figure[]} */
  const figures = [];
  for (const row of rows) {
    const budget = row.budget ? budgets[row.budget] : undefined;
    const judged = row.value ?? row.ratio;
    let verdict = '';
    if (budget && row.budget && judged !== undefined) {
      figures.push({ name: row.budget, value: judged, note: row.note });
      const over = isOver(budget, judged);
      verdict = `${describeBudget(budget)}${row.value === undefined ? ' of opencc-js' : ''} ${budget.kind === 'timing' && !quiet ? `${over ? 'over' : 'within'}, not judged (busy machine)` : over ? 'OVER' : 'ok'}`;
    }
    const cells = [row.ours.padStart(16), (row.theirs ?? '–').padStart(16), (row.ratio === undefined ? '–' : row.ratio.toFixed(2)).padStart(8), (row.cpuRatio === undefined ? '–' : row.cpuRatio.toFixed(2)).padStart(7)];
    console.log(`${row.name.padEnd(46)}${cells.join('')}  ${verdict}`);
  }
  // Deterministic counts, in Node: the hand-checked federation sentences each converter gets wrong.
  const { federationErrors } = await import('./federation-errors.mjs');
  const errors = await federationErrors();
  const ratio = errors.ours.items.length / errors.opencc.items.length;
  const budget = budgets['dictionary.federation-errors'];
  figures.push({ name: 'dictionary.federation-errors', value: ratio });
  console.log(
    `${`federation sentences wrong (of ${errors.items.length})`.padEnd(46)}${String(errors.ours.items.length).padStart(16)}${String(errors.opencc.items.length).padStart(16)}${ratio.toFixed(2).padStart(8)}${'–'.padStart(7)}  ${describeBudget(budget)} ${isOver(budget, ratio) ? 'OVER' : 'ok'}`,
  );
  console.log(`${`controls wrong (of ${errors.controls.length})`.padEnd(46)}${String(errors.ours.controls.length).padStart(16)}${String(errors.opencc.controls.length).padStart(16)}`);
  console.log(`\nmemory (medians of each part): ours ${memoryParts(ourMemory)}; opencc-js ${memoryParts(theirMemory)}`);
  writeFigures(figures);
} finally {
  rmSync(work, { recursive: true, force: true });
}
