/// <reference types="node" />
/**
 * Reads one county's feed for `aggregate`: its first file and the files `page.next` leads to, each
 * asked for conditionally when the cache holds it, each checked against the contract. The loop guards
 * are the list's: a file already read, a file that adds no new row, or too many files end the chain.
 */
import { join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeJsonBytes, declaredCharset } from '../contract/decode.js';
import type { FeedDocument } from '../contract/documents.js';
import { formatProblem } from '../contract/problem-text.js';
import { isError } from '../contract/schema.js';
import { checkDocument } from '../contract/validate.js';
import type { CacheEntry, CachedPage } from './aggregate-cache.js';
import { readJsonFile } from './read-json.js';

export interface SourceRead {
  /** Every file read this run, in order; the whole feed when there is no `error`. */
  pages: CachedPage[];
  error?: string;
  /** What was left out or cut short, though the feed answered: broken rows, a loop in `page.next`. */
  warnings: string[];
  /** HTTP requests made, and how many of them were answered 304 Not Modified. */
  requests: number;
  notModified: number;
}

type PageRead =
  | { ok: true; page: CachedPage; next?: string; warnings: string[]; notModified: boolean }
  | { ok: false; error: string };

export const isUrlSource = (src: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(src);

// The contract accepts only http(s) addresses, so a file on disk is checked as if served from this placeholder host.
const ON_DISK = 'https://file.invalid/';

export async function readSource(
  src: string,
  cached: CacheEntry | undefined,
  limits: { timeout: number; maxPages: number; out: string },
): Promise<SourceRead> {
  const read: SourceRead = { pages: [], warnings: [], requests: 0, notModified: 0 };
  let location: string;
  if (isUrlSource(src)) {
    try {
      location = new URL(src).href;
    } catch {
      return { ...read, error: '不是有效的网址 / not a valid URL' };
    }
    if (!/^https?:$/.test(new URL(location).protocol)) return { ...read, error: '只接受 http/https 网址 / only http and https URLs are read' };
  } else location = resolve(src);

  const known = new Map(cached?.pages.map((page) => [page.location, page]));
  const seen = new Set<string>();
  const rows = new Set<string>();
  for (;;) {
    seen.add(location);
    const page = isUrlSource(location) ? await fetchPage(location, known.get(location), limits.timeout) : await readFilePage(location, limits.out);
    if (isUrlSource(location)) read.requests++;
    if (!page.ok) {
      read.error = read.pages.length ? `${location}: ${page.error}` : page.error;
      return read;
    }
    if (page.notModified) read.notModified++;
    read.warnings.push(...page.warnings.map((warning) => (read.pages.length ? `${location}: ${warning}` : warning)));
    const added = page.page.doc.items.filter((item) => !rows.has(item.url) && rows.add(item.url)).length;
    // A further file with nothing new is a loop or a runaway API: stop before asking for more.
    if (read.pages.length && !added) {
      if (page.next) read.warnings.push(`${location}: 没有新条目，不再翻页 / adds no new rows: paging stopped`);
      return read;
    }
    read.pages.push(page.page);
    if (!page.next) return read;
    if (seen.has(page.next)) {
      read.warnings.push(`${location}: page.next 指回已读的文件 / page.next leads back to a file already read: paging stopped`);
      return read;
    }
    if (read.pages.length >= limits.maxPages) {
      read.warnings.push(`已读 ${limits.maxPages} 个文件，不再翻页 / stopped after ${limits.maxPages} files (--max-pages)`);
      return read;
    }
    location = page.next;
  }
}

async function fetchPage(url: string, cached: CachedPage | undefined, timeout: number): Promise<PageRead> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (cached?.etag) headers['if-none-match'] = cached.etag;
  if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
  try {
    // The timeout covers the body too: a server that stalls halfway is given up on like one that never answers.
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeout) });
    if (response.status === 304 && cached) {
      return { ok: true, page: cached, next: cached.doc.page?.next, warnings: [], notModified: true };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, error: `HTTP ${response.status}` };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = decodeJsonBytes(bytes, declaredCharset(response.headers.get('content-type'))).text;
    const base = response.url || url;
    const checked = checkFeed(parseJson(text), base);
    if ('error' in checked) return { ok: false, error: checked.error };
    const page: CachedPage = {
      location: url,
      ...optionalHeader('etag', response.headers.get('etag')),
      ...optionalHeader('lastModified', response.headers.get('last-modified')),
      doc: checked.doc,
    };
    return { ok: true, page, next: checked.doc.page?.next, warnings: checked.warnings, notModified: false };
  } catch (error) {
    return { ok: false, error: describe(error, timeout) };
  }
}

async function readFilePage(file: string, out: string): Promise<PageRead> {
  const read = await readJsonFile(file);
  if (!read.ok) return { ok: false, error: read.reason };
  // Relative URLs resolve against the file, as the contract says; on disk that is a path, kept relative to the output folder.
  const checked = checkFeed(read.value, new URL(pathToFileURL(file).pathname, ON_DISK).href);
  if ('error' in checked) return { ok: false, error: checked.error };
  const next = checked.doc.page?.next;
  const nextFile = next?.startsWith(ON_DISK) ? fileURLToPath(new URL(new URL(next).pathname, 'file:///')) : next;
  return {
    ok: true,
    page: { location: file, doc: relativeTo(out, checked.doc) },
    next: nextFile,
    warnings: checked.warnings,
    notModified: false,
  };
}

/** The document with every URL that points on disk rewritten relative to the output folder the portal serves. */
function relativeTo<T>(out: string, value: T): T {
  if (typeof value === 'string' && value.startsWith(ON_DISK)) {
    const url = new URL(value);
    const from = pathToFileURL(join(out, 'feed-1.json')).pathname;
    return (posix.relative(posix.dirname(from), url.pathname) + url.search + url.hash) as T;
  }
  if (Array.isArray(value)) return value.map((item) => relativeTo(out, item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, relativeTo(out, item)])) as T;
  }
  return value;
}

/**
 * Checks one file of a feed. The contract is liberal as the elements are: a broken row or page link is
 * left out with a warning, named in status.json; only an unusable core makes the file unusable.
 */
export function checkFeed(raw: unknown, base: string): { doc: FeedDocument; warnings: string[] } | { error: string } {
  const result = checkDocument('feed', raw, base);
  if (!result.ok) return { error: formatProblem(result.problems.find(isError) ?? result.problems[0]) };
  return { doc: result.value, warnings: result.problems.map(formatProblem) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`不是有效的 JSON / not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

function optionalHeader<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function describe(error: unknown, timeout: number): string {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `超时 / timed out after ${timeout} ms`;
  if (error instanceof SyntaxError) return error.message;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `网络错误 / network error (${cause?.code ?? cause?.message ?? (error as Error).message})`;
}
