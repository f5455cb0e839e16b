// The drop-in file as `vite build --mode cdn` makes it, built from an entry into .bench/drop-in/NAME/.
// A build is reused while its inputs are unchanged (the sources, the build config, the entry, the
// locked dependency versions), so repeated bench runs and the bench's own test stay quick.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The entries the bench sizes: the drop-in itself and two subsets. */
export const ENTRIES = {
  'every-element': 'src/embed.ts',
  'content-elements': 'scripts/bench/content-elements.entry.ts',
  'header-footer': 'scripts/bench/header-footer.entry.ts',
};

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** @param {string} entry */
function inputsKey(entry) {
  const hash = createHash('sha256');
  for (const file of [...filesUnder('src'), 'vite.config.ts', 'scripts/minify-css-templates.mjs', 'package-lock.json', entry]) {
    if (!existsSync(file)) continue;
    hash.update(`${file}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Builds (or reuses) the drop-in from one of ENTRIES; returns its folder, holding
 * qiaolian-widgets.js, qiaolian-widgets.css and chunks/.
 * @param {keyof typeof ENTRIES} name
 * @returns {{ dir: string, reused: boolean }}
 */
export function buildDropIn(name) {
  const entry = ENTRIES[name];
  const dir = join('.bench', 'drop-in', name);
  const stamp = join(dir, '.inputs');
  const key = inputsKey(entry);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key && existsSync(join(dir, 'qiaolian-widgets.js'))) return { dir, reused: true };
  rmSync(dir, { recursive: true, force: true });
  execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn', '--outDir', dir], {
    stdio: 'inherit',
    env: { ...process.env, QL_ENTRY: entry },
  });
  writeFileSync(stamp, key);
  return { dir, reused: false };
}
