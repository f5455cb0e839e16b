// The bench's figures: each printed beside its budget as it is measured, then judged together.
// Child benchmarks (bench-dictionary, bench-script-toggle) hand theirs over as a JSON file named by
// BENCH_FIGURES, so they still run alone and the verdict is given in one place.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** @typedef {import('./budgets.mjs').Budget} Budget */
/** @typedef {{ name: string, value: number, note?: string }} Figure */

const NAME_WIDTH = 36;

/** @param {number} value @param {string} unit */
export function format(value, unit) {
  if (unit === 'KB') return `${value.toFixed(1)} KB gzip`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 1 : 0)} ms wall`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${value} ${unit}`;
}

/** @param {Budget} budget */
export function describeBudget(budget) {
  const unit = budget.unit === '×' ? '×' : ` ${budget.unit}`;
  if (budget.min !== undefined && budget.max !== undefined) return `${budget.min}–${budget.max}${unit}`;
  return budget.max !== undefined ? `≤ ${budget.max}${unit}` : `≥ ${budget.min}${unit}`;
}

/** @param {Budget} budget @param {number} value */
export const isOver = (budget, value) => (budget.max !== undefined && value > budget.max) || (budget.min !== undefined && value < budget.min);

/** The 1-minute load average and the core count; the machine is quiet when the load is below the cores. */
export function machineLoad() {
  const cores = cpus().length;
  const load = loadavg()[0];
  return { load, cores, quiet: load < cores };
}

export class Figures {
  /** @param {Record<string, Budget>} budgets */
  constructor(budgets) {
    this.budgets = budgets;
    /** @type {Figure[]} */
    this.list = [];
  }

  /**
   * Records and prints one figure. A name without a budget prints as a plain figure: `unit` says how.
   * @param {string} name @param {number} value @param {{ note?: string, unit?: string }} [options]
   */
  add(name, value, { note, unit } = {}) {
    if (!Number.isFinite(value)) throw new Error(`figure ${name} is not a number: ${value}`);
    this.list.push({ name, value, note });
    const budget = this.budgets[name];
    // The longtask API reports only tasks of 50 ms or more: 0 means there was none.
    const shown = name.endsWith('longest-task') && value === 0 ? 'none ≥ 50 ms' : format(value, budget?.unit ?? unit ?? '');
    const verdict = budget ? `${describeBudget(budget).padEnd(14)} ${isOver(budget, value) ? 'OVER' : 'ok'}` : 'no budget';
    console.log(`  ${name.padEnd(NAME_WIDTH)} ${shown.padStart(16)}   ${verdict}${note ? `   (${note})` : ''}`);
  }

  /** Adds the figures a child benchmark wrote to `file` (see `writeFigures`). @param {string} file */
  addFrom(file) {
    if (!existsSync(file)) return;
    for (const { name, value, note } of JSON.parse(readFileSync(file, 'utf8'))) this.add(name, value, { note });
  }

  /**
   * Judges every figure against its budget and prints the verdict. Timing budgets count only when
   * `quiet`; the others always. Returns whether any judged figure is over.
   * @param {{ quiet: boolean, reason?: string }} machine
   */
  judge({ quiet, reason }) {
    const over = [];
    const unjudged = [];
    for (const { name, value } of this.list) {
      const budget = this.budgets[name];
      if (!budget || !isOver(budget, value)) continue;
      if (budget.kind === 'timing' && !quiet) unjudged.push(name);
      else over.push(`OVER ${name}: ${format(value, budget.unit)}, budget ${describeBudget(budget)} (${budget.how})`);
    }
    if (!quiet && this.list.some(({ name }) => this.budgets[name]?.kind === 'timing')) {
      console.log(`\nTiming budgets NOT JUDGED: ${reason}. The timings above are printed for the record only.`);
      if (unjudged.length) console.log(`  over their budgets on this busy machine: ${unjudged.join(', ')}`);
    }
    for (const line of over) console.log(line);
    return over.length > 0;
  }
}

/** A child benchmark's output: its figures to BENCH_FIGURES when the main bench asked for them. @param {Figure[]} figures */
export function writeFigures(figures) {
  if (process.env.BENCH_FIGURES) writeFileSync(process.env.BENCH_FIGURES, JSON.stringify(figures));
}
