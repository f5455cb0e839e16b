// Every budget `npm run bench` judges, in one table: its ceiling (`max`) or floor (`min`), its unit,
// and how its figure is measured. A figure over its budget makes the bench exit non-zero.
//   size:   bytes on the wire; judged on every run (load does not change them).
//   memory: bytes held; judged on every run.
//   timing: wall-clock time in headless Chromium; judged only when the machine is quiet (the 1-minute
//           load average below the core count before and after the run), else printed, not judged.
// A budget is raised only with the reason in the README, in the commit that needs it.

/**
 * @typedef {object} Budget
 * @property {'size' | 'memory' | 'timing'} kind
 * @property {string} unit  how the value prints: 'KB' (gzip -9), 'ms' (wall clock), 'MB', '×' (a ratio)
 * @property {number} [max] the ceiling: over it is OVER
 * @property {number} [min] the floor: under it is OVER
 * @property {string} how   what is measured, and how
 */

/** @type {Record<string, Budget>} */
export const BUDGETS = {
  // Sizes of the drop-in file, built as `vite build --mode cdn` builds it (production Lit, minified).
  'drop-in.every-element': {
    kind: 'size',
    unit: 'KB',
    max: 31.3,
    how: 'qiaolian-widgets.js with every element (src/embed.ts), gzip -9; lazy chunks not counted',
  },
  'drop-in.header-footer': {
    kind: 'size',
    unit: 'KB',
    max: 17,
    how: 'the same file built with only the header and the footer (scripts/bench/header-footer.entry.ts), gzip -9',
  },
  'drop-in.content-elements': {
    kind: 'size',
    unit: 'KB',
    max: 26.6,
    how: 'the same file with only the header, footer, article and news list (scripts/bench/content-elements.entry.ts), gzip -9',
  },
  'dictionary.chunk': {
    kind: 'size',
    unit: 'KB',
    max: 150,
    how: 'the simplified→traditional lazy chunks the toggle fetches, built and minified, gzip -9',
  },

  // A count, not a size: judged on every run like the sizes, since it does not depend on load.
  'dictionary.federation-errors': {
    kind: 'size',
    unit: '×',
    max: 0.25,
    how: 'hand-checked federation sentences the toggle converts wrong ÷ those opencc-js converts wrong (test/fixtures/script/federation-sentences.json; scripts/federation-errors.mjs)',
  },

  // The dictionary beside opencc-js, in the same Chromium run, a fresh tab for each (scripts/bench-dictionary.mjs).
  // Every time there is printed as wall and main-thread CPU time (trace events), with the load average.
  'dictionary.heap': {
    kind: 'memory',
    unit: '×',
    max: 0.25,
    how: 'memory the built converter holds ÷ opencc-js’s: after gc, before its module is fetched → after it is built and has converted the demo article, the JS heap (code and data) + Blink’s heap + the backing stores of ArrayBuffers and external strings (Runtime.getHeapUsage: usedSize + embedderHeapUsedSize + backingStorageSize), median',
  },
  'dictionary.ready': {
    kind: 'timing',
    unit: '×',
    max: 0.25,
    how: 'converter ready after its chunk arrived ÷ opencc-js’s Converter() time, wall clock between two marks in the trace (CPU in the note), median',
  },
  'dictionary.throughput': {
    kind: 'timing',
    unit: '×',
    min: 1,
    how: 'characters converted per ms ÷ opencc-js’s, on a generated million characters of random sentences (words cut from the demo prose and OpenCC’s phrase list; next to none repeat; scripts/bench/dictionary-corpus.mjs), paragraph by paragraph, each met for the first time; wall clock from the trace (CPU in the note), median',
  },
  'dictionary.throughput.demo': {
    kind: 'timing',
    unit: '×',
    min: 1,
    how: 'the same on the demo corpus: every text and title string of demo/data/**/*.json but the article the tab converted before (~7,500 characters, string by string, first pass), median',
  },
  'dictionary.longest-task': {
    kind: 'timing',
    unit: 'ms',
    max: 50,
    how: 'longest main-thread task (longtask entries and the trace’s tasks, wall; its CPU in the note) while building the converter and converting the article string by string, median',
  },
  'dictionary.slice': {
    kind: 'timing',
    unit: 'ms',
    max: 50,
    how: 'longest stretch between two pauses while the s2tw tables are built (performance.now around each pause, wall; the longest task while building, wall and CPU from the trace, in the note), median',
  },

  // The 简/繁 switch on the demo article page (scripts/bench-script-toggle.mjs).
  'toggle.longest-task': {
    kind: 'timing',
    unit: 'ms',
    max: 50,
    how: 'longest main-thread task from the click to ql-script-change on the demo article page, median',
  },
  'toggle.first-switch': {
    kind: 'timing',
    unit: '×',
    max: 0.25,
    how: 'click → ql-script-change on the demo article page, the dictionary chunk fetched at the click (nothing before it: no pointer, no focus) ÷ opencc-js’s import + Converter() + HTMLConverter convert() on the same page, runs alternating in one bench, median of each',
  },
  'toggle.long-page.longest-task': {
    kind: 'timing',
    unit: 'ms',
    max: 50,
    how: 'longest main-thread task while a page of 100,000 characters switches 简→繁 and back, each to its last frame (longtask entries and the trace’s RunTask events, wall); its CPU time and the most CPU any task took (trace) in the note, median',
  },

  // Large and hostile inputs, once timed inside test/hostile-data.test.ts (scripts/bench/large-inputs.mjs).
  'feed-20000.data.longest-task': {
    kind: 'timing',
    unit: 'ms',
    max: 200,
    how: 'longest main-thread task while <ql-news-list> shows a 20,000-item feed given as .data, to the first painted page, median',
  },
  'feed-20000.src.longest-task': {
    kind: 'timing',
    unit: 'ms',
    max: 200,
    how: 'the same, the feed fetched from src (fetched, parsed, checked, shown), median',
  },
  'long-title.longest-task': {
    kind: 'timing',
    unit: 'ms',
    max: 200,
    how: 'longest main-thread task while an article, a list and a header each show the error for a 100,000-character title, median',
  },
  'article-5mb.body.longest-task': {
    kind: 'timing',
    unit: 'ms',
    max: 2000,
    how: 'longest main-thread task while <ql-article> shows a 5 MB article given as body blocks, to painted, median',
  },
  'article-5mb.bodyHtml.longest-task': {
    kind: 'timing',
    unit: 'ms',
    max: 200,
    how: 'the same with the 5 MB as bodyHtml (sanitized), median',
  },
  'hostile.render': {
    kind: 'timing',
    unit: 'ms',
    max: 3000,
    how: 'slowest settle (ready, empty or error) of a data element given one odd .data document: each demo document with one field at a time made odd (scripts/bench/large-inputs.mjs), median of runs',
  },
  'hostile.task-delay': {
    kind: 'timing',
    unit: 'ms',
    max: 200,
    how: 'after those documents: how late a task queued with setTimeout(0) runs, median',
  },

  // A province's merged feed built once (scripts/bench/aggregate.mjs): 1,000 county feeds × 500 items
  // (files of 100) served from 127.0.0.1, the bundled command in a Node process of its own, one cold run.
  'aggregate.province.time': {
    kind: 'timing',
    unit: 'ms',
    max: 60_000,
    how: 'qiaolian-widgets aggregate over 1,000 feeds × 500 items, no cache: started → exited (wall; its CPU time in the note)',
  },
  'aggregate.province.memory': {
    kind: 'memory',
    unit: 'MB',
    max: 512,
    how: 'the same run: peak resident memory of its process (process.resourceUsage().maxRSS: JS heap, external memory and ArrayBuffers, code)',
  },

  // The cloak stylesheet (scripts/bench/cloak.mjs), once timed inside test/cloak.test.ts.
  'cloak.reveal': {
    kind: 'timing',
    unit: 'ms',
    min: 950,
    max: 1600,
    how: 'an element that is never defined, with class ql-cloak: inserted → visible again (checkVisibility each frame), median',
  },
  'cloak.lift': {
    kind: 'timing',
    unit: 'ms',
    max: 500,
    how: 'a cloaked element and a cloaked container: customElements.define → both visible (each frame), median',
  },

  // Timeouts and broken networks (scripts/bench/network.mjs), once timed inside test/broken-network.test.ts
  // and test/loader.test.ts. Each element has timeout="500"; the ceiling is the timeout plus 700 ms of slack.
  'network.stall': {
    kind: 'timing',
    unit: 'ms',
    min: 450,
    max: 1200,
    how: 'a server that never answers: element inserted → error state shown, slowest of the four data elements, median',
  },
  'network.trickle': {
    kind: 'timing',
    unit: 'ms',
    min: 450,
    max: 1200,
    how: 'a body trickling 16 bytes per 100 ms: inserted → timeout error shown, slowest of the four, median',
  },
  'network.drop': {
    kind: 'timing',
    unit: 'ms',
    max: 1200,
    how: 'a connection dropped halfway through the body: inserted → network error shown, slowest of the four, median',
  },
  'network.redirect-loop': {
    kind: 'timing',
    unit: 'ms',
    max: 1200,
    how: 'an endless 301 loop: inserted → network error shown, slowest of the four, median',
  },
  'loader.timeout': {
    kind: 'timing',
    unit: 'ms',
    min: 150,
    max: 2000,
    how: 'a shorter timeout: <ql-article timeout="200"> against a server that never answers, inserted → ql-error, median',
  },
};

/**
 * The budgets after overrides, for tests of the bench and for trying a tighter ceiling:
 *   --budget NAME=VALUE   (repeatable) and/or  BENCH_BUDGETS='{"NAME": VALUE}'
 * A number replaces the ceiling (the floor for a budget that has only a floor); `{ "min": …, "max": … }`
 * replaces either bound. An unknown name is an error, so a typo never passes silently.
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, Budget>}
 */
export function resolveBudgets(argv = process.argv.slice(2), env = process.env) {
  /** @type {Record<string, Budget>} */
  const budgets = Object.fromEntries(Object.entries(BUDGETS).map(([name, budget]) => [name, { ...budget }]));
  /** @type {[string, unknown][]} */
  const overrides = [];
  if (env.BENCH_BUDGETS) overrides.push(...Object.entries(JSON.parse(env.BENCH_BUDGETS)));
  argv.forEach((arg, i) => {
    const value = arg === '--budget' ? argv[i + 1] : arg.startsWith('--budget=') ? arg.slice('--budget='.length) : undefined;
    if (value === undefined) return;
    const match = /^([^=]+)=(.+)$/.exec(value);
    if (!match) throw new Error(`--budget wants NAME=VALUE, got ${JSON.stringify(value)}`);
    overrides.push([match[1], Number(match[2])]);
  });
  for (const [name, value] of overrides) {
    const budget = budgets[name];
    if (!budget) throw new Error(`no budget named ${name}; the budgets are: ${Object.keys(BUDGETS).join(', ')}`);
    const bounds = typeof value === 'number' ? (budget.max === undefined ? { min: value } : { max: value }) : /** @type {{ min?: number, max?: number }} */ (value);
    for (const [bound, limit] of Object.entries(bounds)) {
      if ((bound !== 'min' && bound !== 'max') || typeof limit !== 'number' || !Number.isFinite(limit)) {
        throw new Error(`budget ${name}: ${JSON.stringify(value)} is not a number or { min, max } of numbers`);
      }
      budget[bound] = limit;
    }
  }
  return budgets;
}
