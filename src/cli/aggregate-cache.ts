/// <reference types="node" />
/**
 * What `aggregate` remembers between runs, one file per source in the cache folder: the last good copy
 * of the source (every file of its feed, checked) and each file's validators (ETag, Last-Modified),
 * so the next run asks "changed since?" and a county that fails is still shown as it last was.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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
  await writeFile(temporary, JSON.stringify({ version: CACHE_VERSION, ...entry }));
  await rename(temporary, path);
}
