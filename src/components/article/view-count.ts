import { loadJson } from '../../contract/loader.js';

/**
 * Asks a counter for an article's 浏览次数: `GET url` → `{"views": n}`. Rejects on any failure (network,
 * HTTP status, timeout, a body without a whole number), so the caller can simply hide the field.
 */
export async function fetchViewCount(url: string, signal: AbortSignal, timeout: number): Promise<number> {
  const { json } = await loadJson(url, { signal, timeout });
  const views = (json as { views?: unknown } | null)?.views;
  if (typeof views !== 'number' || !Number.isInteger(views) || views < 0) throw new Error('no view count in the answer');
  return views;
}
