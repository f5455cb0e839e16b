// Measures the 简/繁 switch in Chromium on the demo article page, beside opencc-js's HTMLConverter and
// a one-to-one character table (the speed limit of a single pass over the page):
//   click-to-converted time, the longest main-thread task, dictionary bytes fetched (gzip),
//   and how many of the page's strings each one converts; and, as the first switch's floor, the
//   dictionary chunk alone, fetched and evaluated at the click with nothing converted. Times are
//   wall clock; the toggle's longest task has a budget in scripts/bench/budgets.mjs (npm run bench
//   judges it).
// It builds the drop-in file with the toggle into a temporary folder, serves it from a deep path
// (the lazy chunks must be found relative to the file) on 127.0.0.1, and drives headless Chromium.
// Then the switch there and back on a page of 100,000 characters (scripts/bench/large-inputs.mjs): its
// longest task, wall clock from longtask entries and CPU time from the trace's RunTask events.
//   node scripts/bench-script-toggle.mjs [--runs 3] [--cpu 4] [--only long-page|first-switch] [--profile FILE] [--trace FILE]
//   (--cpu: slow the CPU down that many times, as on a cheap phone; --only long-page: skip the comparison)
//   (--profile, --trace: a CPU profile or a Chrome trace of the first cold switch, written to FILE and summed up)
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the one way a .mjs file sees the page globals
/// <reference path="./bench/page-globals.d.ts" />
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { resolveBudgets } from './bench/budgets.mjs';
import { describeBudget, isOver, machineLoad, writeFigures } from './bench/figures.mjs';
import { longPageHtml } from './bench/large-inputs.mjs';
import { chromeArgs, requireChrome } from './find-chrome.mjs';

const root = resolve('.');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const option = (name) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined);
const runs = option('--runs') || 3;
const cpu = option('--cpu') || 1;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'long-page' && only !== 'first-switch') {
  console.error('--only takes long-page or first-switch');
  process.exit(2);
}
const profileFile = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
const traceFile = process.argv.includes('--trace') ? process.argv[process.argv.indexOf('--trace') + 1] : undefined;
const DROP_IN_DIR = '/static/any/path/widgets/';
const budgets = resolveBudgets([], process.env);

// 1. The drop-in file as the cdn build makes it, plus the toggle.
const work = mkdtempSync(join(tmpdir(), 'ql-bench-'));
const entry = join(work, 'entry.js');
writeFileSync(
  entry,
  ['site-header', 'site-footer', 'article', 'script-toggle'].map((c) => `import ${JSON.stringify(join(root, `src/components/${c}/define.ts`))};`).join('\n'),
);
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  build: {
    outDir: join(work, 'cdn'),
    emptyOutDir: true,
    target: 'es2021',
    minify: true,
    reportCompressedSize: false,
    lib: { entry, formats: ['es'], fileName: () => 'qiaolian-widgets.js' },
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

// The chunks a switch to traditional waits for: the dictionary and the one it imports.
const dictionaryChunks = readdirSync(join(work, 'cdn/chunks'))
  .filter((name) => /^(to-traditional|ideographic-description)-.*\.js$/.test(name))
  .map((name) => `${DROP_IN_DIR}chunks/${name}`);
if (dictionaryChunks.length !== 2) throw new Error(`the dictionary's chunks not found: ${dictionaryChunks.join(', ')}`);

// 2. The one-to-one table: every simplified character's first traditional form, as old sites ship.
const stCharacters = (await import('opencc-js/dict/STCharacters')).default;
const table = Object.fromEntries(
  stCharacters
    .split('|')
    .map((line) => line.split(' '))
    .filter(([from]) => [...from].length === 1),
);

// 3. The demo page, with the drop-in file from the deep path and a toggle in the header.
const page = readFileSync(join(root, 'demo/index.html'), 'utf8')
  .replace(/<script type="module" src="[^"]*"><\/script>/, `<script type="module" src="${DROP_IN_DIR}qiaolian-widgets.js"></script>`)
  .replace('<nav slot="tools"', '<ql-script-toggle slot="tools"></ql-script-toggle>\n        <nav slot="tools"');

// The long page: the same drop-in file, a toggle, and 100,000 characters of the demo's prose.
const longPage = longPageHtml();
const longPageDocument = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>长页面</title>
    <script type="module" src="${DROP_IN_DIR}qiaolian-widgets.js"></script>
    <style>body { max-width: 48rem; margin: 0 auto; line-height: 1.8; }</style>
  </head>
  <body>
    <header><ql-script-toggle></ql-script-toggle></header>
    <main>${longPage.html}</main>
  </body>
</html>`;

const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.svg': 'image/svg+xml' };
const gzipBytes = new Map();
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let body;
  if (path === '/demo/index.html') body = page;
  else if (path === '/bench/long-page.html') body = longPageDocument;
  else if (path === '/bench/table.json') body = JSON.stringify(table);
  else if (path === '/bench/dictionary-chunks.json') body = JSON.stringify(dictionaryChunks);
  else if (path === '/bench/opencc-cn2t.js') body = readFileSync(join(root, 'node_modules/opencc-js/dist/esm/cn2t.js'));
  else if (path.startsWith(DROP_IN_DIR)) body = tryRead(join(work, 'cdn', path.slice(DROP_IN_DIR.length)));
  else if (path.startsWith('/demo/')) body = tryRead(join(root, path));
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  const gz = gzipSync(body);
  gzipBytes.set(path, gz.length);
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
  res.end(gz);
});
function tryRead(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;

// In the page: long tasks from the start, and the page's strings (light DOM, every open shadow root,
// reader-facing attributes, the title) to count what each method converts.
const instrument = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({
    type: 'longtask',
    buffered: true,
  });
  window.__pageStrings = () => {
    const out = [];
    const attributes = ['title', 'alt', 'placeholder', 'aria-label', 'aria-description', 'aria-roledescription'];
    const visit = (node) => {
      if (node.nodeType === 3) out.push(node.data);
      if (node.nodeType === 1) {
        if (['SCRIPT', 'STYLE'].includes(node.tagName)) return;
        for (const name of attributes) if (node.hasAttribute(name)) out.push(node.getAttribute(name));
        if (node.tagName === 'META' && node.name === 'description') out.push(node.content);
        if (node.shadowRoot) visit(node.shadowRoot);
      }
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    };
    visit(document);
    return out;
  };
};

const methods = {
  /** Our toggle, cold: click() with no pointer or focus before it, so the dictionary is fetched at the click. */
  async 'ql-script-toggle'() {
    const t0 = performance.now();
    const done = new Promise((resolve) => document.addEventListener('ql-script-change', resolve, { once: true }));
    const button = document.querySelector('ql-script-toggle')?.shadowRoot?.querySelector('button');
    if (!button) throw new Error('no toggle button on the page');
    button.click();
    await done;
    return { t0, t1: performance.now() };
  },
  /** The same under a real mouse: see `inputMethods`. */
  async 'ql-script-toggle, mouse'() {
    throw new Error('driven from outside the page');
  },
  /** opencc-js's own page converter, loaded at click as its README shows. */
  async 'opencc-js HTMLConverter'() {
    const t0 = performance.now();
    const file = '/bench/opencc-cn2t.js'; // served by the bench
    const OpenCC = await import(file);
    const converter = OpenCC.Converter({ from: 'cn', to: 'tw' });
    OpenCC.HTMLConverter(converter, document.documentElement, 'zh-Hans', 'zh-Hant-TW').convert();
    return { t0, t1: performance.now() };
  },
  /**
   * The floor under our first switch: the toggle's dictionary chunk and the small chunk it imports,
   * fetched at the click as the toggle asks for them, and evaluated; nothing is built, converted or
   * written. What a quarter of opencc-js's time leaves after this is all the rest may take.
   */
  async 'dictionary chunk alone'() {
    const chunks = await (await fetch('/bench/dictionary-chunks.json')).json();
    const t0 = performance.now();
    await Promise.all(chunks.map((url) => import(url)));
    return { t0, t1: performance.now() };
  },
  /** A one-to-one character table over the same nodes ours visits: one pass, no phrases. */
  async 'one-to-one table'() {
    const t0 = performance.now();
    const table = await (await fetch('/bench/table.json')).json();
    const convert = (s) => {
      let out = '';
      for (const c of s) out += table[c] ?? c;
      return out;
    };
    const visit = (node) => {
      if (node.nodeType === 3 && /\p{Script=Han}/u.test(node.data)) node.data = convert(node.data);
      if (node.nodeType === 1) {
        if (['SCRIPT', 'STYLE'].includes(node.tagName)) return;
        if (node.shadowRoot) visit(node.shadowRoot);
      }
      for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    };
    visit(document);
    return { t0, t1: performance.now() };
  },
};

/**
 * Where the first switch's CPU time went: self time by function (and file), the largest first.
 * @param {import('puppeteer-core').Protocol.Profiler.Profile} profile
 */
function printProfile(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}${url ? `:${lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`CPU profile of the first switch (${total.toFixed(0)} ms sampled, idle included), self time:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${key}`);
}

/** How long a reader's mouse button or finger stays down in a click or a tap: about a tenth of a second. */
const PRESS_MS = 100;

/**
 * The main thread's work between the click and the switch's end, from a trace: each event of 1 ms or
 * more, indented by nesting, with its start after the click and its wall time.
 */
function printTrace(trace, t0, t1) {
  const events = mainThreadEvents(trace);
  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!click) throw new Error('no click in the trace');
  const origin = click.ts;
  const end = origin + (t1 - t0) * 1000;
  const within = events.filter((e) => e.ts >= origin - 1000 && e.ts <= end && e.dur >= 1000).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  console.log(`main thread from the click to converted (${(t1 - t0).toFixed(0)} ms), events of 1 ms or more:`);
  const open = [];
  for (const e of within) {
    while (open.length && open[open.length - 1] <= e.ts) open.pop();
    const detail = e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? e.args?.fileName?.split('/').pop() ?? '';
    console.log(`${'  '.repeat(open.length + 1)}+${((e.ts - origin) / 1000).toFixed(1)} ms ${e.name} ${(e.dur / 1000).toFixed(1)} ms ${detail}`);
    open.push(e.ts + e.dur);
  }
}

/** Methods driven by real input from outside the page (the page's part is in `methods`, for the table's order). */
const inputMethods = {
  /**
   * Our toggle under a real mouse: the pointer moves onto the button and presses it for PRESS_MS.
   * The toggle starts fetching the dictionary when the pointer reaches it; timed from the click event.
   * @param {import('puppeteer-core').Page} tab
   */
  async 'ql-script-toggle, mouse'(tab) {
    await tab.evaluate(() => {
      const at = (type) => new Promise((resolve) => document.addEventListener(type, () => resolve(performance.now()), { capture: true, once: true }));
      Object.assign(window, { __clicked: at('click'), __converted: at('ql-script-change') });
    });
    const button = /** @type {import('puppeteer-core').ElementHandle<Element>} */ (
      await tab.evaluateHandle(() => document.querySelector('ql-script-toggle')?.shadowRoot?.querySelector('button'))
    );
    await button.click({ delay: PRESS_MS });
    return tab.evaluate(async () => ({ t0: await Reflect.get(window, '__clicked'), t1: await Reflect.get(window, '__converted') }));
  },
};

/** Main-thread events of the trace (every renderer's main thread; only the measured tab is busy). */
function mainThreadEvents(trace) {
  const events = JSON.parse(new TextDecoder().decode(trace)).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  return events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
}

/** The longest of the named events: its wall time and its CPU time (thread duration), in ms. */
function longestOf(events, name) {
  const longest = events.filter((e) => e.name === name).reduce((a, e) => (e.dur > (a?.dur ?? -1) ? e : a), undefined);
  return { wall: (longest?.dur ?? 0) / 1000, cpu: (longest?.tdur ?? 0) / 1000 };
}

/**
 * One fresh tab on the long page: click to traditional, wait for ql-script-change and two frames
 * (the last layout and paint), click back, the same. Longest task from longtask entries (wall) and,
 * from a trace of the same stretch, the longest RunTask's CPU time and the longest Layout.
 */
async function switchLongPage() {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    if (cpu > 1) await tab.emulateCPUThrottling(cpu);
    await tab.evaluateOnNewDocument(instrument);
    await tab.goto(`${origin}/bench/long-page.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => document.querySelector('ql-script-toggle')?.shadowRoot?.querySelector('button'));
    await new Promise((done) => setTimeout(done, 300)); // let the page settle: no load work in the figures
    const load = machineLoad().load;
    await tab.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const result = await tab.evaluate(async () => {
      const toggle = /** @type {HTMLElement} */ (document.querySelector('ql-script-toggle'));
      const main = /** @type {HTMLElement} */ (document.querySelector('main'));
      const original = main.innerHTML;
      // The first paragraph is on screen: the frame after its text changes shows the reader the switch.
      let firstScreen = 0;
      let seen = false;
      const onScreen = new MutationObserver(() => {
        if (seen) return;
        seen = true;
        requestAnimationFrame(() => setTimeout(() => (firstScreen = performance.now())));
      });
      onScreen.observe(/** @type {Element} */ (main.querySelector('p')), { characterData: true, subtree: true });
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const steps = [];
      for (const script of ['zh-Hant', 'zh-Hans']) {
        const done = new Promise((resolve) => toggle.addEventListener('ql-script-change', resolve, { once: true }));
        const t0 = performance.now();
        toggle.shadowRoot?.querySelector('button')?.click();
        await done;
        const t1 = performance.now();
        await frame();
        await frame();
        steps.push({ script, t0, t1, t2: performance.now(), lang: document.documentElement.lang, text: main.textContent ?? '' });
        onScreen.disconnect();
      }
      await new Promise((resolve) => setTimeout(resolve, 100)); // longtask entries arrive after their task
      const [there, back] = steps;
      const from = there.t0;
      const to = back.t2;
      return {
        longest: Math.max(0, ...window.__longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration)),
        firstScreen: firstScreen - there.t0,
        shown: there.t1 - there.t0,
        back: back.t1 - back.t0,
        converted: there.lang.startsWith('zh-Hant') && there.text !== back.text && there.text.includes('僑聯'),
        restored: back.lang === 'zh-Hans' && main.innerHTML === original,
      };
    });
    const events = mainThreadEvents(await tab.tracing.stop());
    if (!result.converted || !result.restored) throw new Error(`long page: converted ${result.converted}, restored exactly ${result.restored}`);
    const task = longestOf(events, 'RunTask');
    if (process.env.QL_BENCH_VERBOSE) {
      // Each task of 30 ms or more, with the work inside it that took 5 ms or more.
      const first = Math.min(...events.map((e) => e.ts));
      for (const t of events.filter((e) => e.name === 'RunTask' && e.dur >= 30_000)) {
        const inside = events.filter((e) => e !== t && e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 5000);
        console.log(`  at ${((t.ts - first) / 1000).toFixed(0)} ms: task ${(t.dur / 1000).toFixed(0)} ms wall / ${(t.tdur / 1000).toFixed(0)} ms CPU: ${inside.map((e) => `${e.name} ${(e.dur / 1000).toFixed(0)}${e.name === 'Layout' ? ` (${e.args?.beginData?.dirtyObjects} of ${e.args?.beginData?.totalObjects} objects dirty)` : ''}`).join(', ')}`);
      }
    }
    return {
      // Longtask entries start at 50 ms; the trace sees shorter ones too.
      longest: Math.max(result.longest, task.wall),
      traceLongest: task.wall,
      // On a busy machine the longest task in wall time may be one that waited: the most CPU any task took.
      mostCpu: Math.max(0, ...events.filter((e) => e.name === 'RunTask').map((e) => (e.tdur ?? 0) / 1000)),
      firstScreen: result.firstScreen,
      cpu: task.cpu,
      layout: longestOf(events, 'Layout'),
      styles: longestOf(events, 'UpdateLayoutTree'),
      shown: result.shown,
      back: result.back,
      load,
    };
  } finally {
    await context.close();
  }
}

const reference = OpenCC.Converter({ from: 'cn', to: 'tw' });
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs });
const results = {};
/** The 1-minute load average before and after the comparison on the demo page. */
const comparisonLoad = { before: 0, after: 0 };
/** @type {{ longest: number, cpu: number, traceLongest: number, mostCpu: number, firstScreen: number, layout: { wall: number, cpu: number }, styles: { wall: number, cpu: number }, shown: number, back: number, load: number }[]} */
const longPageRuns = [];
try {
  comparisonLoad.before = machineLoad().load;
  // Run by run, each method in turn: a machine whose load changes during the bench loads each alike.
  for (let run = 0; run < (only === 'long-page' ? 0 : runs); run++) {
    for (const [name, method] of Object.entries(methods)) {
      results[name] ??= [];
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setCacheEnabled(false);
      if (cpu > 1) await tab.emulateCPUThrottling(cpu);
      await tab.evaluateOnNewDocument(instrument);
      gzipBytes.clear();
      await tab.goto(`${origin}/demo/index.html`, { waitUntil: 'networkidle0' });
      await tab.waitForFunction(() => document.querySelector('ql-article')?.getAttribute('status') === 'ready');
      await new Promise((done) => setTimeout(done, 300)); // let the page settle: no load work in the figures
      const pageBytes = [...gzipBytes.values()].reduce((a, b) => a + b, 0);
      const loadedPaths = new Set(gzipBytes.keys());
      const before = await tab.evaluate(() => window.__pageStrings());
      const profiling = profileFile && name === 'ql-script-toggle' && run === 0;
      const session = profiling ? await tab.createCDPSession() : undefined;
      const tracing = traceFile && name === 'ql-script-toggle' && run === 0;
      if (tracing) await tab.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading', 'netlog', 'disabled-by-default-v8.compile', 'blink.user_timing'] });
      if (session) {
        await session.send('Profiler.enable');
        await session.send('Profiler.setSamplingInterval', { interval: 250 });
        await session.send('Profiler.start');
      }
      const { t0, t1 } = /** @type {{ t0: number, t1: number }} */ (
        name in inputMethods ? await inputMethods[name](tab) : await tab.evaluate(`(${method.toString().replace(/^async [^(]*/, 'async function ')})()`)
      );
      if (tracing) {
        const trace = await tab.tracing.stop();
        if (!trace) throw new Error('the trace came back empty');
        writeFileSync(traceFile, trace);
        printTrace(trace, t0, t1);
      }
      if (session && profileFile) {
        const { profile } = await session.send('Profiler.stop');
        writeFileSync(profileFile, JSON.stringify(profile));
        printProfile(profile);
      }
      await new Promise((done) => setTimeout(done, 200));
      const after = await tab.evaluate(() => window.__pageStrings());
      const longest = await tab.evaluate(
        (from, to) => Math.max(0, ...window.__longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration)),
        t0,
        t1 + 100,
      );
      const fetched = [...gzipBytes].filter(([path]) => !loadedPaths.has(path));
      // A string counts as converted right when it now reads as OpenCC's s2tw turns it.
      const due = before.map((s, i) => [s, after[i], reference(s)]).filter(([s, , ref]) => ref !== s);
      const candidates = due.length;
      const changed = due.filter(([, now, ref]) => now === ref).length;
      // Traditional already, in other words: our elements' UI strings come from the zh-TW tables.
      const reworded = due.filter(([, now, ref]) => now !== ref && reference(now) === now).length;
      if (process.env.QL_BENCH_VERBOSE && run === 0) {
        console.log(name, { t0, t1 }, await tab.evaluate(() => ({
          tasks: window.__longTasks.map((t) => [Math.round(t.start), Math.round(t.duration)]),
          chunks: performance.getEntriesByType('resource').filter((e) => e.name.includes('chunks')).map((e) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(/** @type {PerformanceResourceTiming} */ (e).responseEnd)]),
          marks: performance.getEntriesByType('mark').map((e) => [e.name, Math.round(e.startTime)]),
        })));
        for (const [was, now, ref] of due) if (now !== ref) console.log(`  ${name}: ${JSON.stringify(was)} → ${JSON.stringify(now)}, s2tw ${JSON.stringify(ref)}`);
      }
      results[name].push({
        ms: t1 - t0,
        longest,
        bytes: fetched.reduce((a, [, n]) => a + n, 0),
        files: fetched.map(([path, n]) => `${path.replace(DROP_IN_DIR, '')} ${kb(n)}`),
        changed,
        candidates,
        reworded,
        pageBytes,
        sameLength: before.length === after.length,
      });
      await context.close();
    }
  }
  comparisonLoad.after = machineLoad().load;
  for (let run = 0; run < (only === 'first-switch' ? 0 : runs); run++) longPageRuns.push(await switchLongPage());
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** @type {{ name: string, value: number, note?: string }[]} */
const figuresOut = [];
// The comparison beside opencc-js on the demo article page.
if (only !== 'long-page') {
  const summary = Object.fromEntries(
    Object.entries(results).map(([name, rs]) => [
      name,
      {
        ms: median(rs.map((r) => r.ms)),
        longest: median(rs.map((r) => r.longest)),
        bytes: rs[0].bytes,
        changed: rs[0].changed,
        candidates: rs[0].candidates,
        reworded: rs[0].reworded,
        files: rs[0].files,
      },
    ]),
  );
  console.log(`Demo article page in Chromium (headless, cache off${cpu > 1 ? `, CPU ${cpu}× slower` : ''}), median of ${runs} runs; page before switching: ${kb(results['ql-script-toggle'][0].pageBytes)} gzip\n`);
  console.log('method                     click→converted   longest task   fetched on click (gzip)   strings as OpenCC s2tw   other traditional wording');
  for (const [name, s] of Object.entries(summary)) {
    console.log(
      `${name.padEnd(26)} ${`${s.ms.toFixed(0)} ms`.padStart(15)}   ${(s.longest ? `${s.longest.toFixed(0)} ms` : 'none ≥ 50 ms').padStart(12)}   ${kb(s.bytes).padStart(25)}   ${(name === 'dictionary chunk alone' ? '(converts nothing)' : `${s.changed} of ${s.candidates}`).padStart(22)}   ${(name === 'dictionary chunk alone' ? '' : String(s.reworded)).padStart(25)}`,
    );
  }
  const ours = summary['ql-script-toggle'];
  const theirs = summary['opencc-js HTMLConverter'];
  const flat = summary['one-to-one table'];
  console.log(`\nfetched on click by the toggle: ${ours.files.join(', ')}`);
  console.log(`strings: every text node, reader-facing attribute and meta description in the document and its open shadow
  roots that OpenCC's s2tw would change; a string counts when it now reads exactly as s2tw makes it.
  "other traditional wording": traditional already but worded otherwise, as our elements' UI strings
  from the zh-TW localize table (发布时间 → 發布時間, not s2tw's 發佈時間).`);
  console.log('\nratios (ql-script-toggle ÷ other):');
  const longestRatio = (other) => (other.longest ? `${(ours.longest / other.longest).toFixed(2)}×` : ours.longest ? 'worse' : 'both none ≥ 50 ms');
  console.log(`  vs HTMLConverter:  time ${(ours.ms / theirs.ms).toFixed(2)}×, longest task ${longestRatio(theirs)}, bytes ${(ours.bytes / theirs.bytes).toFixed(2)}×, strings converted ${(ours.changed / Math.max(theirs.changed, 1)).toFixed(2)}×`);
  console.log(`  vs one-to-one:     time ${(ours.ms / flat.ms).toFixed(2)}×, longest task ${longestRatio(flat)}, bytes ${(ours.bytes / flat.bytes).toFixed(2)}×, strings converted ${(ours.changed / Math.max(flat.changed, 1)).toFixed(2)}×`);
  const budget = budgets['toggle.longest-task'];
  const others = Object.entries(summary).filter(([name, s]) => name !== 'ql-script-toggle' && isOver(budget, s.longest));
  console.log(
    `\ntoggle.longest-task ${ours.longest.toFixed(0)} ms wall, budget ${describeBudget(budget)} ${isOver(budget, ours.longest) ? 'OVER' : 'ok'}${others.length ? `; over it: ${others.map(([n]) => n).join(', ')}` : ''}`,
  );
  figuresOut.push({ name: 'toggle.longest-task', value: ours.longest });

  // The first switch beside opencc-js's load + build + convert, the dictionary chunk's fetch counted.
  const firstSwitch = ours.ms / theirs.ms;
  const firstSwitchBudget = budgets['toggle.first-switch'];
  const mouse = summary['ql-script-toggle, mouse'];
  const perRun = results['ql-script-toggle'].map((r, i) => (r.ms / results['opencc-js HTMLConverter'][i].ms).toFixed(2));
  const alone = summary['dictionary chunk alone'];
  const aloneRuns = results['dictionary chunk alone'].map((r, i) => (r.ms / results['opencc-js HTMLConverter'][i].ms).toFixed(2));
  const firstSwitchNote =
    `click → converted ${ours.ms.toFixed(0)} ms vs opencc-js ${theirs.ms.toFixed(0)} ms; the dictionary chunk alone, fetched and evaluated at the click, ${alone.ms.toFixed(0)} ms; ` +
    `under a real mouse (fetching from when the pointer reaches the button, pressed ${PRESS_MS} ms) ${mouse.ms.toFixed(0)} ms; load ${comparisonLoad.before.toFixed(2)} → ${comparisonLoad.after.toFixed(2)}`;
  console.log(`\nfirst switch, cold (nothing fetched before the click): ${firstSwitchNote}; per run ${perRun.join(', ')}`);
  // The floor: what the budget leaves once the dictionary has arrived and been evaluated on its own.
  const allowed = (firstSwitchBudget.max ?? Infinity) * theirs.ms;
  console.log(
    `the dictionary chunk alone is ${(alone.ms / theirs.ms).toFixed(2)}× opencc-js (per run ${aloneRuns.join(', ')}), which leaves ${(allowed - alone.ms).toFixed(0)} ms of the budget's ${allowed.toFixed(0)} ms ` +
      `for the rest; the switch takes ${(ours.ms - alone.ms).toFixed(0)} ms more (building the converter, walking, converting and writing, and the dictionary arriving later among the click's other requests and work)`,
  );
  console.log(`toggle.first-switch ${firstSwitch.toFixed(2)}×, budget ${describeBudget(firstSwitchBudget)} ${isOver(firstSwitchBudget, firstSwitch) ? 'OVER' : 'ok'}`);
  figuresOut.push({ name: 'toggle.first-switch', value: firstSwitch, note: firstSwitchNote });
}

if (only !== 'first-switch') {
  const longPageBudget = budgets['toggle.long-page.longest-task'];
  const m = (f) => median(longPageRuns.map(f));
  const longPageFigure = m((r) => r.longest);
  const longPageNote = `that task's CPU time ${m((r) => r.cpu).toFixed(0)} ms, the most CPU of any task ${m((r) => r.mostCpu).toFixed(0)} ms (trace); longest Layout ${m((r) => r.layout.wall).toFixed(0)} ms wall / ${m((r) => r.layout.cpu).toFixed(0)} ms CPU; load ${m((r) => r.load).toFixed(2)}`;
  console.log(`\nlong page: ${longPage.characters.toLocaleString('en')} characters in ${longPage.blocks} blocks, 简→繁 and back, a fresh tab per run, median of ${runs}${cpu > 1 ? `, CPU ${cpu}× slower` : ''}`);
  console.log(`  click → first screen shown converted ${m((r) => r.firstScreen).toFixed(0)} ms, click → converted ${m((r) => r.shown).toFixed(0)} ms, click → restored ${m((r) => r.back).toFixed(0)} ms (wall)`);
  console.log(`  longest task ${longPageFigure.toFixed(0)} ms wall (longtask entries and the trace's RunTask events); ${longPageNote}`);
  console.log(`  longest style recalculation ${m((r) => r.styles.wall).toFixed(0)} ms wall / ${m((r) => r.styles.cpu).toFixed(0)} ms CPU (trace)`);
  console.log(`  per run (longest task wall / CPU): ${longPageRuns.map((r) => `${r.longest.toFixed(0)}/${r.cpu.toFixed(0)}`).join(', ')}`);
  console.log(`toggle.long-page.longest-task ${longPageFigure.toFixed(0)} ms wall, budget ${describeBudget(longPageBudget)} ${isOver(longPageBudget, longPageFigure) ? 'OVER' : 'ok'}`);
  figuresOut.push({ name: 'toggle.long-page.longest-task', value: longPageFigure, note: longPageNote });
}
writeFigures(figuresOut);
