/// <reference types="node" />
/**
 * What `aggregate` remembers between runs, one file per source in the cache folder: the last good copy
 * of the source (every file of its feed, checked) and each file's validators (ETag, Last-Modified),
 * so the next run asks "changed since?" and a county that fails is still shown as it last was.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedDocument } from '../contract/documents.js';

/** One file of a feed as last received. */
export interface CachedPage {
  /** Where it was asked for: a URL, or a file's absolute path. */
  location: string;
  etag?: string;
  lastModified?: string;
  doc: FeedDocument;
}

export interface CacheEntry {
  src: string;
  /** When the whole feed was last read without an error (ISO 8601). */
  lastSuccess: string;
  pages: CachedPage[];
}

const CACHE_VERSION = 1;

function entryPath(cacheDir: string, src: string): string {
  return join(cacheDir, `${createHash('sha256').update(src).digest('hex').slice(0, 32)}.json`);
}

export async function readCacheEntry(cacheDir: string, src: string): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(await readFile(entryPath(cacheDir, src), 'utf8')) as CacheEntry & { version?: number };
    // A damaged or foreign file is no cache at all, never a reason to fail.
    return entry.version === CACHE_VERSION && entry.src === src && Array.isArray(entry.pages) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temporary name, then renamed: a run killed halfway leaves the previous entry whole. */
export async function writeCacheEntry(cacheDir: string, entry: CacheEntry): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const path = entryPath(cacheDir, entry.src);
  const temporary = `${path}.${process.pid}.tmp`;
  // Written a file of the feed at a time: the whole entry as one string is a large object the heap keeps
  // until its next full collection, for every feed of a province.
  const handle = await open(temporary, 'w');
  try {
    const head = JSON.stringify({ version: CACHE_VERSION, src: entry.src, lastSuccess: entry.lastSuccess });
    await handle.write(`${head.slice(0, -1)},"pages":[`);
    for (const [i, page] of entry.pages.entries()) await handle.write(`${i ? ',' : ''}${JSON.stringify(page)}`);
    await handle.write(']}');
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}
