/// <reference types="node" />
/**
 * `qiaolian-widgets aggregate`: builds a portal's merged feed once, on a schedule, instead of in every
 * reader's browser. Reads every county feed (bounded concurrency, conditional requests), merges them
 * newest first and writes `feed-1.json … feed-K.json` and `status.json` into the output folder.
 */
import { readCacheEntry, writeCacheEntry, type CacheEntry, type CachedPage } from './aggregate-cache.js';
import { parseAggregateArgs, type AggregateOptions } from './aggregate-options.js';
import { feedFiles, mergeSources, outputFolderProblem, pageCount, replaceFolder, RowFile, sourceRows, type SourceRows } from './aggregate-output.js';
import { readSource, type SourceRead } from './aggregate-source.js';

export const AGGREGATE_USAGE = `aggregate Builds one merged feed from many: every SRC is a feed URL (http/https) or file;
          --list FILE names more, one per line (# starts a comment). Each feed's page.next is
          followed (at most --max-pages files, default 50; a loop or a file with no new rows ends it), rows are
          merged newest first, duplicates (same URL, or same id from the same site) left out, each
          row keeps its county as site {name, url}, county pins are dropped. Writes DIR/feed-1.json …
          feed-K.json (--page-size rows each, default 20) and DIR/status.json, replacing DIR whole.
          ETags and the last good copy of every feed are kept in --cache (default DIR.cache, beside
          DIR); a feed that fails is shown from its last good copy. --timeout MS per request
          (default 10000), --concurrency N feeds at once (default 8), --site-name, --site-url,
          --channel-id, --channel-name: the merged feed's own site and channel.
          Exit 1 when some feed failed (the output is still written).`;

interface SourceOutcome {
  src: string;
  read: Omit<SourceRead, 'pages'>;
  /** The feed's own name, from the files the merge uses: this run's, or the last good copy when this run failed. */
  name?: string;
  files: number;
  items: number;
  /** Those files' rows, as they are written; the files themselves are let go once read. */
  rows?: SourceRows;
  lastSuccess?: string;
  usedLastGood: boolean;
}

/** What the rest of the run needs of one source: its rows as bytes, its figures, never its parsed files. */
function outcome(file: RowFile, src: string, { error, warnings, requests, notModified }: SourceRead, used: CachedPage[], usedLastGood: boolean, lastSuccess?: string): SourceOutcome {
  const read = { ...(error ? { error } : {}), warnings, requests, notModified };
  const site = used[0]?.doc.site;
  const items = used.flatMap((page) => page.doc.items);
  return {
    src,
    read,
    name: site?.name,
    files: used.length,
    items: items.length,
    rows: site ? sourceRows(file, site, items) : undefined,
    lastSuccess,
    usedLastGood,
  };
}

/** Runs `work` on every item with at most `limit` running at once; results in the items' order. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function summaryLine(outcome: SourceOutcome, items: number): string {
  const { read } = outcome;
  const name = outcome.name;
  const who = name ? `${name} (${outcome.src})` : outcome.src;
  const files = `${items} items, ${outcome.files} file(s)`;
  const warnings = read.warnings.length ? `, ${read.warnings.length} warning(s)` : '';
  if (!read.error) {
    const unchanged = read.notModified ? `, ${read.notModified} not modified` : '';
    return `ok      ${who}: ${files}${unchanged}${warnings}`;
  }
  const kept = outcome.usedLastGood
    ? `kept the last good copy of ${outcome.lastSuccess} (${files})`
    : outcome.files
      ? `no earlier copy; kept what was read (${files})`
      : 'no earlier copy: not shown';
  return `FAILED  ${who}: ${read.error}; ${kept}${warnings}`;
}

export async function aggregate(args: string[]): Promise<number> {
  const options = await parseAggregateArgs(args);
  const problem = 'usage' in options ? options.usage : await outputFolderProblem(options.out);
  if ('usage' in options || problem) {
    console.error(`qiaolian-widgets aggregate: ${problem}\nUsage: qiaolian-widgets aggregate --out DIR [options] SRC... (qiaolian-widgets --help)`);
    return 2;
  }
  // The rows wait in a file of the cache folder between reading and writing, deleted as the run ends.
  const file = new RowFile(options.cache);
  try {
    return await build(options, file);
  } finally {
    file.remove();
  }
}

async function build(options: AggregateOptions, file: RowFile): Promise<number> {
  const sources = [...new Set(options.sources)];
  const outcomes = await inPool(sources, options.concurrency, async (src): Promise<SourceOutcome> => {
    const cached = await readCacheEntry(options.cache, src);
    const read = await readSource(src, cached, options);
    if (!read.error) {
      const entry: CacheEntry = { src, lastSuccess: new Date().toISOString(), pages: read.pages };
      await writeCacheEntry(options.cache, entry);
      return outcome(file, src, read, read.pages, false, entry.lastSuccess);
    }
    // A county that fails is shown as it last was; with no earlier copy, with whatever files did answer.
    if (cached?.pages.length) return outcome(file, src, read, cached.pages, true, cached.lastSuccess);
    return outcome(file, src, read, read.pages, false);
  });

  const counts = outcomes.map((outcome) => outcome.items);
  const rows = mergeSources(file, outcomes.flatMap((outcome) => (outcome.rows ? [outcome.rows] : [])));
  const pages = pageCount(rows.length, options.pageSize);
  const failed = outcomes.filter((outcome) => outcome.read.error);
  const status = {
    generatedAt: new Date().toISOString(),
    totals: {
      sources: outcomes.length,
      failed: failed.length,
      usedLastGood: failed.filter((outcome) => outcome.usedLastGood).length,
      items: rows.length,
      files: pages,
    },
    sources: outcomes.map((outcome, i) => ({
      src: outcome.src,
      name: outcome.name ?? null,
      ok: !outcome.read.error,
      lastSuccess: outcome.lastSuccess ?? null,
      items: counts[i],
      files: outcome.files,
      requests: outcome.read.requests,
      notModified: outcome.read.notModified,
      usedLastGood: outcome.usedLastGood,
      ...(outcome.read.error ? { error: outcome.read.error } : {}),
      ...(outcome.read.warnings.length ? { warnings: outcome.read.warnings } : {}),
    })),
  };
  // status.json is for people, and carries times.
  const feeds = feedFiles(file, rows, options.pageSize, options);
  function* files(): Generator<[string, string | Buffer]> {
    yield* feeds;
    yield ['status.json', `${JSON.stringify(status, null, 2)}\n`];
  }
  try {
    await replaceFolder(options.out, files());
  } catch (error) {
    console.error(`qiaolian-widgets aggregate: cannot write ${options.out}: ${(error as Error).message}`);
    return 1;
  }

  outcomes.forEach((outcome, i) => console.log(summaryLine(outcome, counts[i])));
  const kept = status.totals.usedLastGood ? ` (${status.totals.usedLastGood} shown from their last good copy)` : '';
  console.log(
    `${outcomes.length} feed(s): ${outcomes.length - failed.length} answered, ${failed.length} failed${kept}; ` +
      `${rows.length} items in ${pages} file(s) → ${options.out}`,
  );
  return failed.length ? 1 : 0;
}
