// The drop-in's sizes: the file with every element and two subsets, each gzip -9, beside their budgets;
// the lazy chunks listed for the record (they load only where needed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDropIn, ENTRIES } from './drop-in.mjs';

/** @param {string} path */
export const gzipKB = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** @param {import('./figures.mjs').Figures} figures */
export function measureSizes(figures) {
  console.log('drop-in sizes (vite build --mode cdn, gzip -9)');
  /** @type {Record<string, string>} */
  const dirs = {};
  for (const name of /** @type {(keyof typeof ENTRIES)[]} */ (Object.keys(ENTRIES))) {
    const { dir, reused } = buildDropIn(name);
    dirs[name] = dir;
    figures.add(`drop-in.${name}`, gzipKB(join(dir, 'qiaolian-widgets.js')), { note: reused ? 'build reused: inputs unchanged' : undefined });
  }
  const chunks = join(dirs['every-element'], 'chunks');
  for (const name of readdirSync(chunks).sort()) {
    figures.add(`lazy chunk ${name.replace(/-[\w-]{8}\.js$/, '')}`, gzipKB(join(chunks, name)), { unit: 'KB' });
  }
  return dirs;
}
