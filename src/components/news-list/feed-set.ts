import { pageBase, pageOrigin } from '../../internal/page.js';
import { feedSchema, type FeedDocument } from '../../contract/documents.js';
import { loadDocument, type Failure } from '../../contract/loader.js';
import type { Problem } from '../../contract/schema.js';
import { frontier, mergeFeeds, settledCount, type NewsRow } from './merge-feeds.js';

/** One feed to load: the URL of its first file and, optionally, the site name to use in messages. */
export interface FeedSource {
  src: string;
  name?: string;
}

/** What was left out or guessed in one file of a feed; `url` is none for `.data` or inline JSON. */
export interface FileProblems {
  url?: string;
  problems: Problem[];
}

/** An address made absolute, or undefined when it is no address at all (`http://host:8O80/`). */
function absolute(src: string): string | undefined {
  try {
    return new URL(src, pageBase()).href;
  } catch {
    return undefined;
  }
}

export interface FeedState {
  /** Absolute URL of the feed's first file (as the page wrote it when it is no address at all). */
  url: string;
  /** The site's name: the feed's own once it has loaded, else the name the page gave, if any. */
  name?: string;
  /** The files loaded so far, in order. */
  files: FeedDocument[];
  /** The next file of the feed (`page.next` of the last file loaded). */
  next?: string;
  /** Why the last attempt to load the feed failed; the feed is not extended while this is set. */
  failure?: Failure;
}

/**
 * The feeds a list shows: the URLs of `src`, separated by whitespace, or else an inline JSON array of
 * `{src, name}`. Undefined when neither gives any (the inline JSON may be one Feed document instead).
 */
export function parseSources(src: string | undefined, inline: string | undefined): FeedSource[] | undefined {
  const urls = src?.trim();
  if (urls) return urls.split(/\s+/).map((url) => ({ src: url }));
  let list: unknown;
  try {
    list = JSON.parse(inline ?? '');
  } catch {
    return undefined; // not JSON: the base class reports it
  }
  if (!Array.isArray(list)) return undefined;
  return list
    .filter((entry): entry is FeedSource => typeof entry?.src === 'string')
    .map(({ src, name }) => ({ src, name: typeof name === 'string' ? name : undefined }));
}

/**
 * What to call a feed in a message: its site's name when known, else its address: the path on this
 * site, or the host name of another site, which is what a reader can recognise.
 */
export function siteLabel(feed: FeedState): string {
  if (feed.name) return feed.name;
  if (!absolute(feed.url)) return feed.url;
  const url = new URL(feed.url);
  return url.origin === pageOrigin() ? url.pathname : url.host;
}

/**
 * The feeds of one list and the rows merged from them. Each feed's first file loads when the list
 * appears; its further files (`page.next`) load only when the reader pages past the rows already
 * known to be in their final place. One feed failing never stops the others.
 */
export class FeedSet {
  readonly feeds: FeedState[];
  rows: NewsRow[] = [];
  /** The warnings of the files loaded so far, each file's once it has loaded (see `unsaid`). */
  readonly problems: FileProblems[] = [];
  private said = 0;
  private readonly fetched = new WeakMap<FeedState, Set<string>>();

  constructor(
    sources: readonly FeedSource[],
    private readonly timeout: number,
  ) {
    // An unparsable address stays as written: loading it fails like a county that does not answer.
    this.feeds = sources.map(({ src, name }) => ({ url: absolute(src) ?? src, name, files: [] }));
  }

  /** A set holding one feed document that is already checked (from `.data` or inline JSON). */
  static of(doc: FeedDocument, url: string, timeout: number, problems: Problem[]): FeedSet {
    const set = new FeedSet([{ src: url }], timeout);
    set.add(set.feeds[0], url, doc, problems, undefined);
    set.merge();
    return set;
  }

  /** The files whose warnings have not been asked for before. */
  unsaid(): FileProblems[] {
    return this.problems.slice(this.said, (this.said = this.problems.length));
  }

  get failed(): FeedState[] {
    return this.feeds.filter((feed) => feed.failure);
  }

  get loaded(): FeedState[] {
    return this.feeds.filter((feed) => feed.files.length);
  }

  /** Whether some feed has files left to load. */
  get hasMore(): boolean {
    return this.feeds.some((feed) => feed.next && !feed.failure);
  }

  /**
   * The number of rows all files together will give, from each feed's `page.totalItems` (minus the
   * duplicates seen so far); `exact` is false when a feed with more files does not state its total.
   */
  get total(): { count: number; exact: boolean } {
    let count = this.rows.length;
    let exact = true;
    for (const feed of this.feeds) {
      const stated = feed.files[0]?.page?.totalItems;
      if (!feed.next || feed.failure) continue;
      if (stated === undefined) exact = false;
      else count += Math.max(0, stated - itemsOf(feed).length);
    }
    return { count, exact };
  }

  /** Loads the first file of every feed, in parallel, each with its own timeout. */
  async loadFirst(signal: AbortSignal): Promise<void> {
    await Promise.all(this.feeds.map((feed) => this.fetchInto(feed, feed.url, signal)));
    this.merge();
  }

  /** Loads further files until the first `count` rows are final, or nothing more can be loaded. */
  async ensure(count: number, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const growing = this.feeds.filter((feed) => feed.next && !feed.failure);
      const frontiers = growing.map((feed) => frontier(itemsOf(feed)));
      if (!growing.length || settledCount(this.rows, frontiers) >= count) return;
      // Only the feeds holding the others back: their next files may hold rows for this page.
      const limit = Math.max(...frontiers);
      await Promise.all(
        growing.filter((_, i) => frontiers[i] === limit).map((feed) => this.fetchInto(feed, feed.next!, signal)),
      );
      this.merge();
    }
  }

  /** Tries every failed feed again: its first file, or the further file that failed. */
  async retry(signal: AbortSignal): Promise<void> {
    const failed = this.failed;
    for (const feed of failed) feed.failure = undefined;
    await Promise.all(failed.map((feed) => this.fetchInto(feed, feed.next ?? feed.url, signal)));
    this.merge();
  }

  private async fetchInto(feed: FeedState, url: string, signal: AbortSignal): Promise<void> {
    // Rejected only when aborted: superseded or disconnected, so not this feed's fault.
    const outcome = await loadDocument(url, feedSchema, { timeout: this.timeout, signal }).catch(() => undefined);
    if (!outcome || signal.aborted) return;
    if ('value' in outcome) this.add(feed, url, outcome.value, outcome.problems, url);
    else feed.failure = outcome;
  }

  private add(feed: FeedState, url: string, doc: FeedDocument, problems: Problem[], from: string | undefined) {
    const fetched = this.fetched.get(feed) ?? new Set<string>();
    this.fetched.set(feed, fetched.add(url));
    const known = new Set(itemsOf(feed).map((item) => item.url));
    feed.files.push(doc);
    feed.name = doc.site.name;
    this.problems.push({ url: from, problems });
    // A `next` back to a file already loaded, or after a file that added no row (the empty pages a
    // dynamic CMS links for ever, or the same page again under a new address), would load for ever.
    const next = doc.page?.next;
    feed.next = next && !fetched.has(next) && doc.items.some((item) => !known.has(item.url)) ? next : undefined;
  }

  private merge() {
    this.rows = mergeFeeds(this.loaded.map((feed) => ({ siteName: feed.name!, items: itemsOf(feed) })));
  }
}

function itemsOf(feed: FeedState) {
  return feed.files.flatMap((file) => file.items);
}
