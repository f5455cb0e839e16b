/// <reference types="node" />
/**
 * What `aggregate` writes: the portal's merged feed as numbered Feed files and a status file, put in
 * place as one set. The merge is the list element's own (`mergeItems`, under `mergeFeeds`), so a portal
 * reads the same order whether its browser merges or this command did.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mergeItems } from '../components/news-list/merge-feeds.js';
import { CONTRACT_VERSION, type FeedDocument, type FeedItem } from '../contract/documents.js';

type SiteRef = FeedDocument['site'];

export interface MergeSource {
  site: SiteRef;
  /** Changed in place: `pinned` removed, `site` set. */
  items: FeedItem[];
}

/**
 * One list, newest first. Each row keeps its county as `site` (or the site it already names, when the
 * source is itself an aggregate); a county's pins do not pin on the portal. A row is left out when an
 * earlier one has its URL, or the same `id` from the same site (as in the list: `mergeFeeds`).
 */
export function mergeSources(sources: readonly MergeSource[]): FeedItem[] {
  // The items are changed in place, not copied: at a province's scale a copy of every row is memory it
  // cannot spare. A pin is set to undefined, not deleted (JSON leaves it out either way): a deleted
  // property turns each object into a slower, larger one.
  const items: FeedItem[] = [];
  for (const source of sources) {
    for (const item of source.items) {
      if (item.pinned !== undefined) item.pinned = undefined;
      item.site ??= source.site;
      items.push(item);
    }
  }
  return mergeItems(items, (item) => item.site!.name);
}

export const feedFileName = (number: number) => `feed-${number}.json`;

export const pageCount = (rows: number, size: number) => Math.max(1, Math.ceil(rows / size));

/**
 * The merged rows as Feed files of `size` rows, linked by relative `page.next`/`prev`; always at least
 * one file. Made one at a time, so a province's hundreds of thousands of rows are never all text at once.
 */
export function* feedFiles(
  rows: readonly FeedItem[],
  size: number,
  head: { site: SiteRef; channel: FeedDocument['channel'] },
): Generator<[name: string, text: string]> {
  const totalPages = pageCount(rows.length, size);
  for (let i = 0; i < totalPages; i++) {
    const feed: FeedDocument = {
      version: CONTRACT_VERSION,
      site: head.site,
      channel: head.channel,
      items: rows.slice(i * size, (i + 1) * size),
      page: {
        number: i + 1,
        size,
        totalItems: rows.length,
        totalPages,
        ...(i + 1 < totalPages ? { next: feedFileName(i + 2) } : {}),
        ...(i > 0 ? { prev: feedFileName(i) } : {}),
      },
    };
    // Compact, and the same bytes for the same input.
    yield [feedFileName(i + 1), `${JSON.stringify(feed)}\n`];
  }
}

const OUR_FILES = /^(feed-\d+\.json|status\.json)$/;

/**
 * Why `out` cannot be the output folder, if it cannot: it is replaced whole on every run, so it must be
 * absent, empty, or hold only what an earlier run wrote.
 */
export async function outputFolderProblem(out: string): Promise<string | undefined> {
  try {
    if (!(await stat(out)).isDirectory()) return `${out} is not a folder`;
  } catch {
    return undefined;
  }
  const foreign = (await readdir(out)).filter((name) => !OUR_FILES.test(name));
  return foreign.length
    ? `${out} holds files this command did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); it replaces the whole folder, so give it a folder of its own`
    : undefined;
}

/**
 * Writes the files into a new folder beside `out`, then swaps it in with two renames: a reader sees
 * the old set or the new one, never part of either (for the instant between the renames, no folder).
 */
export async function replaceFolder(out: string, files: Iterable<[name: string, text: string]>): Promise<void> {
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const fresh = await mkdtemp(join(parent, `.${basename(out)}.new-`));
  let old: string | undefined;
  try {
    // mkdtemp makes the folder private; a web server running as another user must read it.
    await chmod(fresh, 0o755);
    for (const [name, text] of files) {
      await writeFile(join(fresh, name), text);
      await keepTimeIfSame(join(out, name), join(fresh, name), text);
    }
    try {
      await rename(out, (old = `${fresh}.old`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      old = undefined;
    }
    await rename(fresh, out);
  } catch (error) {
    if (old) await rename(old, out).catch(() => {});
    await rm(fresh, { recursive: true, force: true });
    throw error;
  }
  if (old) await rm(old, { recursive: true, force: true });
}

/**
 * A file with the same bytes as before keeps its old modification time, so a web server's ETag and
 * Last-Modified (made from size and time) stay the same and readers' caches get 304s.
 */
async function keepTimeIfSame(previous: string, written: string, text: string): Promise<void> {
  try {
    if ((await readFile(previous, 'utf8')) !== text) return;
    const { atimeMs, mtimeMs } = await stat(previous);
    await utimes(written, atimeMs / 1000, mtimeMs / 1000);
  } catch {
    // No earlier file: nothing to keep.
  }
}
