import type { FeedItem } from '../../contract/documents.js';

/** One row of a list: a feed item with the name of the site it came from. */
export interface NewsRow extends FeedItem {
  /** The site's name, from the feed's `site.name`, e.g. 松溪县侨联. */
  siteName: string;
  /** `publishedAt` in milliseconds. */
  time: number;
}

export interface MergeInput {
  siteName: string;
  items: readonly FeedItem[];
}

/**
 * Merges feeds into one list: pinned items first, then newest first. An item whose URL (already
 * absolute) appeared earlier in that order is left out. The sort is stable, so items of equal rank
 * keep the order of the feeds and of their files.
 */
export function mergeFeeds(feeds: readonly MergeInput[]): NewsRow[] {
  const rows = feeds.flatMap(({ siteName, items }) =>
    items.map((item) => ({ ...item, siteName, time: Date.parse(item.publishedAt) })),
  );
  rows.sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned) || b.time - a.time);
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.url) && !!seen.add(row.url));
}

/**
 * The oldest unpinned item a feed has loaded so far. Its unloaded files hold only older items (feed
 * files run newest first), so nothing it has yet to load can sort above this time.
 */
export function frontier(items: readonly FeedItem[]): number {
  let oldest = Infinity;
  for (const item of items) if (!item.pinned) oldest = Math.min(oldest, Date.parse(item.publishedAt));
  return oldest;
}

/**
 * How many leading rows of a merged list are in their final place: those no unloaded item can sort
 * above. `frontiers` holds the frontier of every feed that still has files to load.
 */
export function settledCount(rows: readonly NewsRow[], frontiers: readonly number[]): number {
  if (!frontiers.length) return rows.length;
  const limit = Math.max(...frontiers);
  const index = rows.findIndex((row) => !row.pinned && row.time < limit);
  return index === -1 ? rows.length : index;
}
