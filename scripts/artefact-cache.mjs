// Generated artefacts (the dictionary) are kept in one cache folder shared by every clone on the
// machine, each under a key of its inputs, so only the first run on a machine pays for them. The
// folder: $QIAOLIAN_WIDGETS_CACHE, else $XDG_CACHE_HOME/qiaolian-widgets, else ~/.cache/qiaolian-widgets.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';

/** Versions of one artefact kept side by side: enough for a few clones on different commits. */
const KEEP = 4;

export function cacheFolder(env = process.env) {
  if (env.QIAOLIAN_WIDGETS_CACHE) return resolve(env.QIAOLIAN_WIDGETS_CACHE);
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'qiaolian-widgets');
}

/**
 * `entry` and every file it imports by a relative path, followed transitively while under `within`
 * (a `.js` import of a TypeScript module is its `.ts` file).
 * @param {string} entry
 * @param {string} within
 */
export function importedFiles(entry, within) {
  const found = [resolve(entry)];
  for (let n = 0; n < found.length; n++) {
    const text = readFileSync(found[n], 'utf8');
    for (const [, specifier] of text.matchAll(/(?:\bfrom|\bimport\s*\(|\btsImport\s*\()\s*['"](\.\.?\/[^'"]+)['"]/g)) {
      let path = resolve(dirname(found[n]), specifier);
      if (!existsSync(path) && path.endsWith('.js')) path = path.replace(/\.js$/, '.ts');
      if (!relative(within, path).startsWith('..') && !found.includes(path)) found.push(path);
    }
  }
  return found;
}

/**
 * A short key for some inputs: strings, and files by their path from `root` and their content (so two
 * clones of the same commit agree).
 * @param {string} root
 * @param {string[]} strings
 * @param {string[]} files
 */
export function inputKey(root, strings, files) {
  const hash = createHash('sha256');
  for (const s of strings) hash.update(`${s}\0`);
  for (const file of [...files].sort()) hash.update(`${relative(root, file).split('\\').join('/')}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The cached copy of the artefact `name` (e.g. `dictionaries/traditional.ts`) made from the inputs `key`.
 * @param {string} name
 * @param {string} key
 */
export function cachedArtefact(name, key, folder = cacheFolder()) {
  const extension = extname(name);
  const stem = basename(name, extension);
  const dir = join(folder, dirname(name));
  const path = join(dir, `${stem}-${key}${extension}`);
  return {
    path,
    /** The cached text, or undefined. */
    read() {
      try {
        const text = readFileSync(path, 'utf8');
        // Recently used copies are the ones kept when old ones are cleared.
        utimesSync(path, new Date(), new Date());
        return text;
      } catch {
        return undefined;
      }
    },
    /**
     * Stores `text`, whole or not at all (a run stopped half way leaves no truncated copy), and clears
     * the oldest copies of the same artefact.
     * @param {string} text
     */
    write(text) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, path);
      const copies = readdirSync(dir)
        .filter((file) => file.startsWith(`${stem}-`) && file.endsWith(extension))
        .map((file) => ({ file: join(dir, file), used: statSync(join(dir, file)).mtimeMs }))
        .sort((a, b) => b.used - a.used);
      for (const { file } of copies.slice(KEEP)) rmSync(file, { force: true });
    },
  };
}
