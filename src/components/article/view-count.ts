/**
 * Asks a counter for an article's 浏览次数: `GET url` → `{"views": n}`. Rejects on any failure (network,
 * HTTP status, timeout, a body without a whole number), so the caller can simply hide the field.
 */
export async function fetchViewCount(url: string, signal: AbortSignal, timeout: number): Promise<number> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(abort, timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { views } = ((await response.json()) ?? {}) as { views?: unknown };
    if (typeof views !== 'number' || !Number.isInteger(views) || views < 0) throw new Error('no view count in the answer');
    return views;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
