// `npm run bench` judges its figures against scripts/bench/budgets.mjs: a figure over its ceiling makes
// it exit non-zero with an OVER line naming the budget. Run on the size part only (`--only sizes`),
// which is fast and the same on any machine; the drop-in builds are reused while the sources are
// unchanged. Timing verdicts are checked on the judge itself, with a busy and a quiet machine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, test } from 'node:test';
import { BUDGETS, resolveBudgets } from '../../scripts/bench/budgets.mjs';
import { Figures } from '../../scripts/bench/figures.mjs';

/** @param {string[]} args @param {Record<string, string>} [env] */
function bench(args, env = {}) {
  const { BENCH_BUDGETS: _, ...inherited } = process.env;
  const result = spawnSync('node', ['scripts/bench.mjs', '--only', 'sizes', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...inherited, ...env } });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

const SIZE_BUDGETS = Object.keys(BUDGETS).filter((name) => name.startsWith('drop-in.'));

before(() => {
  // The drop-in includes the generated dictionary chunks; the generator returns at once when current.
  const generated = spawnSync('node', ['scripts/build-dictionaries.mjs'], { encoding: 'utf8' });
  assert.equal(generated.status, 0, generated.stderr);
});

test('with the budgets as decided, every drop-in size is within its ceiling: exit 0', () => {
  const { status, out } = bench([]);
  assert.equal(status, 0, out);
  assert.doesNotMatch(out, /^OVER/m);
  for (const name of SIZE_BUDGETS) assert.match(out, new RegExp(`${name.replace('.', '\\.')}\\s+[\\d.]+ KB gzip\\s+≤ ${BUDGETS[name].max} KB\\s+ok`), name);
});

test('a ceiling lowered below the measured size: exit non-zero, an OVER line naming that budget and no other', () => {
  // The other sizes get room to spare, so only the lowered ceiling can fail this run.
  const others = SIZE_BUDGETS.filter((name) => name !== 'drop-in.header-footer').flatMap((name) => ['--budget', `${name}=1000`]);
  const { status, out } = bench(['--budget', 'drop-in.header-footer=1', ...others]);
  assert.notEqual(status, 0, out);
  assert.match(out, /^OVER drop-in\.header-footer: [\d.]+ KB gzip, budget ≤ 1 KB/m);
  assert.deepEqual(out.match(/^OVER \S+/gm), ['OVER drop-in.header-footer:']);
});

test('BENCH_BUDGETS lowers a ceiling the same way', () => {
  const roomy = Object.fromEntries(SIZE_BUDGETS.map((name) => [name, 1000]));
  assert.equal(bench([], { BENCH_BUDGETS: JSON.stringify(roomy) }).status, 0, 'every size within a roomy ceiling');
  const { status, out } = bench([], { BENCH_BUDGETS: JSON.stringify({ ...roomy, 'drop-in.every-element': 2 }) });
  assert.notEqual(status, 0, out);
  assert.match(out, /^OVER drop-in\.every-element: [\d.]+ KB gzip, budget ≤ 2 KB/m);
});

test('a budget name that does not exist is refused, so a typo never passes silently', () => {
  const { status, out } = bench(['--budget', 'drop-in.every-elements=1']);
  assert.equal(status, 2, out);
  assert.match(out, /no budget named drop-in\.every-elements/);
});

/** Judges `figures` with console.log captured; returns whether any was over, and what was printed. */
function judged(/** @type {[string, number][]} */ values, /** @type {boolean} */ quiet) {
  const lines = [];
  const log = console.log;
  console.log = (...args) => lines.push(args.join(' '));
  try {
    const figures = new Figures(resolveBudgets([], {}));
    for (const [name, value] of values) figures.add(name, value);
    return { over: figures.judge({ quiet, reason: 'load 3.1 on 2 cores' }), out: lines.join('\n') };
  } finally {
    console.log = log;
  }
}

test('a timing over its budget fails only on a quiet machine; on a busy one it is printed as not judged', () => {
  const slow = /** @type {[string, number][]} */ ([['feed-20000.data.longest-task', 450]]);
  const quiet = judged(slow, true);
  assert.equal(quiet.over, true);
  assert.match(quiet.out, /^OVER feed-20000\.data\.longest-task: 450 ms wall, budget ≤ 200 ms/m);
  const busy = judged(slow, false);
  assert.equal(busy.over, false);
  assert.match(busy.out, /Timing budgets NOT JUDGED: load 3\.1 on 2 cores/);
  assert.match(busy.out, /over their budgets on this busy machine: feed-20000\.data\.longest-task/);
  assert.doesNotMatch(busy.out, /^OVER/m);
});

test('sizes are judged on a busy machine too; a floor is a budget as well as a ceiling', () => {
  assert.equal(judged([['drop-in.every-element', 40]], false).over, true);
  assert.equal(judged([['cloak.reveal', 400]], true).over, true, 'the cloak lifted before its one second');
  assert.equal(judged([['cloak.reveal', 1100]], true).over, false);
});
