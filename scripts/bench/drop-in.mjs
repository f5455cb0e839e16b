// The drop-in file as `vite build --mode cdn` makes it, built from an entry into .bench/drop-in/NAME-KEY/.
// A build is reused while its inputs are unchanged (the sources, the build config, the entry, the
// locked dependency versions), so repeated bench runs and the bench's own test stay quick.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
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
 * qiaolian-widgets.js, qiaolian-widgets.css and chunks/. The folder is named by its inputs and filled
 * under another name first, so a bench running beside this one never reads a half-written build.
 * @param {keyof typeof ENTRIES} name
 * @returns {{ dir: string, reused: boolean }}
 */
export function buildDropIn(name) {
  const entry = ENTRIES[name];
  const parent = join('.bench', 'drop-in');
  const dir = join(parent, `${name}-${inputsKey(entry).slice(0, 16)}`);
  if (existsSync(join(dir, 'qiaolian-widgets.js'))) return { dir, reused: true };
  const building = join(parent, `.building-${name}-${process.pid}`);
  execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn', '--outDir', building], {
    stdio: 'inherit',
    env: { ...process.env, QL_ENTRY: entry },
  });
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another run finished the same build first
  }
  // Builds of older inputs are of no further use.
  for (const old of readdirSync(parent)) {
    if (old.startsWith(`${name}-`) && join(parent, old) !== dir) rmSync(join(parent, old), { recursive: true, force: true });
  }
  return { dir, reused: false };
}
