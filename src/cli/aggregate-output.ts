/// <reference types="node" />
/**
 * What `aggregate` writes: the portal's merged feed as numbered Feed files and a status file, put in
 * place as one set. The merge follows the list element's rules (`mergeItems`, under `mergeFeeds`), so
 * a portal reads the same order whether its browser merges or this command did.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CONTRACT_VERSION, type FeedDocument, type FeedItem } from '../contract/documents.js';

type SiteRef = FeedDocument['site'];

/**
 * Where the rows wait, as the bytes they are written with, between their source's reading and the
 * write: a file, not memory. At a province's scale the rows are 200 MB; held in the process (as objects
 * or as bytes) they set its peak, and every output file needs only a few of them, read back by position.
 * Synchronous calls: each is one small write or read, and the run does nothing else meanwhile that
 * an event loop turn would serve sooner.
 */
export class RowFile {
  readonly #path: string;
  readonly #fd: number;
  #size = 0;

  constructor(folder: string) {
    mkdirSync(folder, { recursive: true });
    RowFile.#removeStale(folder);
    this.#path = join(folder, `rows-${process.pid}.tmp`);
    this.#fd = openSync(this.#path, 'w+');
  }

  /** Appends `bytes`; returns where they start. */
  append(bytes: Buffer): number {
    const at = this.#size;
    for (let done = 0; done < bytes.length; ) done += writeSync(this.#fd, bytes, done, bytes.length - done, at + done);
    this.#size += bytes.length;
    return at;
  }

  read(length: number, position: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const got = readSync(this.#fd, bytes, done, length - done, position + done);
      if (!got) throw new Error(`${this.#path}: ended early`);
      done += got;
    }
    return bytes;
  }

  /** Row files a run left behind when it was killed (its process is gone): 200 MB each at a province's scale. */
  static #removeStale(folder: string): void {
    for (const name of readdirSync(folder)) {
      const pid = Number(/^rows-(\d+)\.tmp$/.exec(name)?.[1]);
      if (!pid || pid === process.pid || alive(pid)) continue;
      rmSync(join(folder, name), { force: true });
    }
  }

  /** Closes and deletes the file. */
  remove(): void {
    closeSync(this.#fd);
    rmSync(this.#path, { force: true });
  }
}

/** Whether a process runs with this id (one that is not ours to signal still runs). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One source's rows: their bytes in the row file, and what the merge compares. */
export interface SourceRows {
  /** Where the source's rows start in the row file; row `i` ends `ends[i]` bytes after that. */
  at: number;
  ends: Uint32Array;
  /** 1 for a row that names no site of its own: it is written with the source's, as its last key. */
  addSite: Uint8Array;
  /** `,"site":{…}}`: what ends such a row in place of its closing brace. */
  siteEnd: Buffer;
  /** The source's site name, which such rows show. */
  siteName: string;
  /** `publishedAt` in milliseconds. */
  times: Float64Array;
  /**
   * What the merge tells duplicates by, as hashes (of the URL; of the site's name and the id, 0 for a
   * row without an id): half a million URLs and ids as strings would be most of the process's heap.
   */
  urlHashes: Uint32Array;
  idHashes: Uint32Array;
}

/** FNV-1a over UTF-16 code units, folded into `hash`; never 0 (0 means "no id"). */
export function hashOf(text: string, hash = 0x811c9dc5): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash || 1;
}

/**
 * A source's items as the merged feed writes them, put in the row file: each keeps its county as `site`
 * (or the site it already names, when the source is itself an aggregate); a county's pins do not pin
 * on the portal.
 */
export function sourceRows(file: RowFile, site: SiteRef, items: readonly FeedItem[]): SourceRows {
  const texts: string[] = new Array(items.length);
  const rows: SourceRows = {
    at: 0,
    ends: new Uint32Array(items.length),
    addSite: new Uint8Array(items.length),
    siteEnd: Buffer.from(`,"site":${JSON.stringify(site)}}`),
    siteName: site.name,
    times: new Float64Array(items.length),
    urlHashes: new Uint32Array(items.length),
    idHashes: new Uint32Array(items.length),
  };
  let end = 0;
  items.forEach((item, i) => {
    // JSON leaves out an undefined pin, at its place among the keys; a row's own site keeps its place too.
    const text = JSON.stringify(item.pinned === undefined ? item : { ...item, pinned: undefined });
    texts[i] = text;
    end += Buffer.byteLength(text);
    rows.ends[i] = end;
    rows.addSite[i] = item.site == null ? 1 : 0;
    rows.times[i] = Date.parse(item.publishedAt);
    rows.urlHashes[i] = hashOf(item.url);
    rows.idHashes[i] = item.id === undefined ? 0 : hashOf(item.id, hashOf('\n', hashOf(item.site?.name ?? site.name)));
  });
  // Written row by row into one buffer: the rows joined as one string would be twice their bytes.
  const bytes = Buffer.allocUnsafe(end);
  texts.forEach((text, i) => bytes.write(text, i ? rows.ends[i - 1] : 0));
  rows.at = file.append(bytes);
  return rows;
}

/** The bytes of row `i` of `source` as the row file holds them: its JSON, without the source's site. */
function rowBytes(file: RowFile, source: SourceRows, i: number): Buffer {
  const from = i ? source.ends[i - 1] : 0;
  return file.read(source.ends[i] - from, source.at + from);
}

/** The merged feed: row `i` is row `index[i]` of `sources[source[i]]`. */
export interface MergedRows {
  sources: readonly SourceRows[];
  source: Uint32Array;
  index: Uint32Array;
  length: number;
}

/**
 * Rows already taken, by hash, open addressing. A hash says only "maybe": `same` decides, from the rows
 * themselves, so two URLs that share a hash are never taken for one.
 */
class SeenRows {
  readonly #hashes: Uint32Array;
  readonly #rows: Uint32Array;
  readonly #mask: number;

  constructor(size: number) {
    const capacity = 2 ** Math.ceil(Math.log2(2 * size + 2));
    this.#hashes = new Uint32Array(capacity);
    this.#rows = new Uint32Array(capacity); // row + 1; 0 is an empty slot
    this.#mask = capacity - 1;
  }

  has(hash: number, same: (row: number) => boolean): boolean {
    for (let slot = hash & this.#mask; this.#rows[slot]; slot = (slot + 1) & this.#mask) {
      if (this.#hashes[slot] === hash && same(this.#rows[slot] - 1)) return true;
    }
    return false;
  }

  add(hash: number, row: number): void {
    let slot = hash & this.#mask;
    while (this.#rows[slot]) slot = (slot + 1) & this.#mask;
    this.#hashes[slot] = hash;
    this.#rows[slot] = row + 1;
  }
}

/**
 * One list, newest first, by `mergeItems`' rules: rows of equal time keep the order of the sources and
 * of their files, and a row is left out when an earlier one has its URL, or the same `id` from the same
 * site. Only numbers are held; a row is read back from the row file only when its hash meets another's.
 */
export function mergeSources(file: RowFile, sources: readonly SourceRows[]): MergedRows {
  const total = sources.reduce((sum, rows) => sum + rows.ends.length, 0);
  const times = new Float64Array(total);
  const source = new Uint32Array(total);
  const index = new Uint32Array(total);
  let at = 0;
  sources.forEach((rows, s) => {
    times.set(rows.times, at);
    for (let i = 0; i < rows.ends.length; i++, at++) {
      source[at] = s;
      index[at] = i;
    }
  });
  const order = Uint32Array.from({ length: total }, (_, i) => i);
  // mergeItems' comparator, whose pin term is always 0 here (county pins are dropped).
  order.sort((a, b) => times[b] - times[a] || a - b);

  const keyOf = (row: number) => {
    const rows = sources[source[row]];
    const item = JSON.parse(rowBytes(file, rows, index[row]).toString()) as FeedItem;
    return { url: item.url, id: item.id, site: item.site?.name ?? rows.siteName };
  };
  const urls = new SeenRows(total);
  const ids = new SeenRows(total);
  const merged: MergedRows = { sources, source: new Uint32Array(total), index: new Uint32Array(total), length: 0 };
  for (const row of order) {
    const rows = sources[source[row]];
    const i = index[row];
    const urlHash = rows.urlHashes[i];
    const idHash = rows.idHashes[i];
    let key: ReturnType<typeof keyOf> | undefined;
    const mine = () => (key ??= keyOf(row));
    if (urls.has(urlHash, (other) => keyOf(other).url === mine().url)) continue;
    const sameId = (other: number) => {
      const them = keyOf(other);
      return them.id === mine().id && them.site === mine().site;
    };
    if (idHash && ids.has(idHash, sameId)) continue;
    urls.add(urlHash, row);
    if (idHash) ids.add(idHash, row);
    merged.source[merged.length] = source[row];
    merged.index[merged.length] = i;
    merged.length++;
  }
  return merged;
}

export const feedFileName = (number: number) => `feed-${number}.json`;

export const pageCount = (rows: number, size: number) => Math.max(1, Math.ceil(rows / size));

/**
 * The merged rows as Feed files of `size` rows, linked by relative `page.next`/`prev`; always at least
 * one file. Made one at a time from the rows' bytes, the same bytes `JSON.stringify` gives the whole
 * Feed document (compact; the same for the same input).
 */
export function* feedFiles(
  file: RowFile,
  rows: MergedRows,
  size: number,
  head: { site: SiteRef; channel: FeedDocument['channel'] },
): Generator<[name: string, bytes: Buffer]> {
  const totalPages = pageCount(rows.length, size);
  const start = Buffer.from(`{"version":${JSON.stringify(CONTRACT_VERSION)},"site":${JSON.stringify(head.site)},"channel":${JSON.stringify(head.channel)},"items":[`);
  const comma = Buffer.from(',');
  for (let i = 0; i < totalPages; i++) {
    const parts: Buffer[] = [start];
    for (let r = i * size; r < Math.min((i + 1) * size, rows.length); r++) {
      const source = rows.sources[rows.source[r]];
      const row = rows.index[r];
      if (r > i * size) parts.push(comma);
      if (source.addSite[row]) parts.push(rowBytes(file, source, row).subarray(0, -1), source.siteEnd);
      else parts.push(rowBytes(file, source, row));
    }
    const page: FeedDocument['page'] = {
      number: i + 1,
      size,
      totalItems: rows.length,
      totalPages,
      ...(i + 1 < totalPages ? { next: feedFileName(i + 2) } : {}),
      ...(i > 0 ? { prev: feedFileName(i) } : {}),
    };
    parts.push(Buffer.from(`],"page":${JSON.stringify(page)}}\n`));
    yield [feedFileName(i + 1), Buffer.concat(parts)];
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
export async function replaceFolder(out: string, files: Iterable<[name: string, content: string | Buffer]>): Promise<void> {
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const fresh = await mkdtemp(join(parent, `.${basename(out)}.new-`));
  let old: string | undefined;
  try {
    // mkdtemp makes the folder private; a web server running as another user must read it.
    await chmod(fresh, 0o755);
    for (const [name, content] of files) {
      await writeFile(join(fresh, name), content);
      await keepTimeIfSame(join(out, name), join(fresh, name), typeof content === 'string' ? Buffer.from(content) : content);
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
async function keepTimeIfSame(previous: string, written: string, bytes: Buffer): Promise<void> {
  try {
    if (!(await readFile(previous)).equals(bytes)) return;
    const { atimeMs, mtimeMs } = await stat(previous);
    await utimes(written, atimeMs / 1000, mtimeMs / 1000);
  } catch {
    // No earlier file: nothing to keep.
  }
}
