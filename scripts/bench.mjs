// npm run bench: every figure beside its budget (scripts/bench/budgets.mjs, which also says how each
// is measured); the exit code is non-zero when a judged figure is over its budget.
//   1. sizes: the drop-in file built as `vite build --mode cdn` builds it, with every element and two
//      subsets, gzip -9. Always judged.
//   2. timings, in headless Chromium against the built drop-in served from 127.0.0.1: everyday pages,
//      large and hostile inputs, broken networks, the cloak, the script toggle's and the dictionary's
//      own benchmarks, then a province's aggregate (1,000 feeds) and the portal's first page from it
//      beside the in-browser merge of 200 feeds. Judged only when the machine is quiet: the 1-minute
//      load average below the core count before the timings and before the aggregate (whose own
//      processes load the machine, so it runs last); otherwise printed and said to be not judged.
//
//   node scripts/bench.mjs [--only sizes|timings] [--runs N] [--budget NAME=VALUE]...
//   (BENCH_BUDGETS='{"NAME": VALUE}' overrides budgets too; BENCH_RUNS sets --runs.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveBudgets } from './bench/budgets.mjs';
import { launch } from './bench/browser.mjs';
import { measureAggregate } from './bench/aggregate.mjs';
import { measureCloak, cloakRoutes } from './bench/cloak.mjs';
import { buildDropIn } from './bench/drop-in.mjs';
import { Figures, machineLoad } from './bench/figures.mjs';
import { largeInputRoutes, measureLargeInputs } from './bench/large-inputs.mjs';
import { measureNetwork, networkHandlers } from './bench/network.mjs';
import { feedRoutes, measurePages } from './bench/pages.mjs';
import { serve, staticFiles } from './bench/serve.mjs';
import { measureSizes } from './bench/sizes.mjs';

const argv = process.argv.slice(2);
/** @param {string} name */
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = option('--only');
if (only !== undefined && only !== 'sizes' && only !== 'timings') {
  console.error('--only takes sizes or timings');
  process.exit(2);
}
const runs = Number(option('--runs') ?? process.env.BENCH_RUNS ?? 5);

let budgets;
try {
  budgets = resolveBudgets(argv, process.env);
} catch (error) {
  console.error(/** @type {Error} */ (error).message);
  process.exit(2);
}
const figures = new Figures(budgets);
const wallStart = performance.now();

if (only !== 'timings') measureSizes(figures);

const before = machineLoad();
/** The load just before the aggregate, whose own processes and 5,000 requests load the machine. */
let beforeAggregate = before;
if (only !== 'sizes') {
  console.log(`\ntimings: 1-minute load average ${before.load.toFixed(2)} on ${before.cores} cores before the run; every time below is wall clock\n`);
  // The pages load the drop-in with every element from /drop-in/ (built now, or reused).
  const dropIn = buildDropIn('every-element').dir;
  const { server, origin } = await serve('.', { ...feedRoutes, ...largeInputRoutes, ...cloakRoutes }, { ...networkHandlers, '/drop-in/': staticFiles('/drop-in/', dropIn) });
  const browser = await launch();
  try {
    const context = { browser, origin, runs };
    await measurePages(figures, context);
    await measureLargeInputs(figures, context);
    await measureNetwork(figures, context);
    await measureCloak(figures, context);
    // The two comparisons with opencc-js print their own tables and hand their figures over as JSON.
    const bounds = Object.fromEntries(Object.entries(budgets).map(([name, { min, max }]) => [name, { min, max }]));
    const work = mkdtempSync(join(tmpdir(), 'ql-bench-'));
    try {
      for (const script of ['bench-script-toggle.mjs', 'bench-dictionary.mjs']) {
        const file = join(work, `${script}.json`);
        console.log('');
        execFileSync('node', [join('scripts', script), '--runs', String(runs)], {
          stdio: 'inherit',
          env: { ...process.env, BENCH_FIGURES: file, BENCH_BUDGETS: JSON.stringify(bounds) },
        });
        figures.addFrom(file);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    // Last: the load it makes would otherwise be counted against the timings after it.
    beforeAggregate = machineLoad();
    console.log('');
    await measureAggregate(figures, context);
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

const after = machineLoad();

console.log(`\nbench took ${((performance.now() - wallStart) / 1000).toFixed(0)} s wall`);
if (only === 'sizes') console.log('timings skipped (--only sizes); sizes are judged on every run');
else {
  console.log(
    `1-minute load average: ${before.load.toFixed(2)} before the timings, ${beforeAggregate.load.toFixed(2)} before the aggregate, ` +
      `${after.load.toFixed(2)} after it (its own), on ${after.cores} cores`,
  );
}
const quiet = before.quiet && beforeAggregate.quiet;
const over = figures.judge({
  quiet,
  reason: `the 1-minute load average (${Math.max(before.load, beforeAggregate.load).toFixed(2)}) reached the core count (${after.cores}); run again on a quiet machine`,
});
if (!over) console.log(`every judged figure is within its budget${quiet || only === 'sizes' ? '' : ' (sizes and memory only)'}`);
process.exitCode = over ? 1 : 0;
