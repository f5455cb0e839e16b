import type { FeedItem } from '../../contract/documents.js';

/** One row of a list: a feed item with the name of the site it came from. */
export interface NewsRow extends FeedItem {
  /** The site's name: the item's own `site.name` (a row of an aggregate), else the feed's, e.g. 松溪县侨联. */
  siteName: string;
  /** `publishedAt` in milliseconds. */
  time: number;
}

export interface MergeInput {
  siteName: string;
  items: readonly FeedItem[];
}

/**
 * Merges feeds into one list: pinned items first, then newest first. An item is left out when an
 * earlier one in that order has its URL (already absolute), or the same `id` from the same site, known
 * by the name a row shows (the item's own `site.name`, else its feed's): a county's item reached both
 * directly and through an aggregate is one row. Items of equal rank keep the order of the feeds and of
 * their files.
 */
export function mergeFeeds(feeds: readonly MergeInput[]): NewsRow[] {
  const rows = feeds.flatMap(({ siteName, items }) =>
    items.map((item) => ({ ...item, siteName: item.site?.name ?? siteName, time: Date.parse(item.publishedAt) })),
  );
  return mergeItems(rows, (row) => row.siteName);
}

/**
 * The order and the duplicates of `mergeFeeds`, for items that already name their site: the items
 * themselves, neither copied nor changed, so a province's half a million rows are held once.
 */
export function mergeItems<T extends FeedItem>(items: readonly T[], siteOf: (item: T) => string): T[] {
  const times = Float64Array.from(items, (item) => Date.parse(item.publishedAt));
  const order = Uint32Array.from(items, (_, i) => i);
  order.sort((a, b) => Number(!!items[b].pinned) - Number(!!items[a].pinned) || times[b] - times[a] || a - b);
  // A newline never occurs in an absolute URL, so ids and URLs share one set without meeting.
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const i of order) {
    const item = items[i];
    const id = item.id === undefined ? undefined : `${siteOf(item)}\n${item.id}`;
    if (seen.has(item.url) || (id !== undefined && seen.has(id))) continue;
    seen.add(item.url);
    if (id !== undefined) seen.add(id);
    merged.push(item);
  }
  return merged;
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
