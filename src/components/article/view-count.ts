import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadJson } from '../../contract/loader.js';

/**
 * Asks a counter for an article's 浏览次数: `GET url` → `{"views": n}`. Rejects on any failure (network,
 * HTTP status, timeout, a body without a whole number), so the caller can simply hide the field.
 */
async function fetchViewCount(url: string, signal: AbortSignal, timeout: number): Promise<number> {
  const { json } = await loadJson(url, { signal, timeout });
  const views = (json as { views?: unknown } | null)?.views;
  if (typeof views !== 'number' || !Number.isInteger(views) || views < 0) throw new Error('no view count in the answer');
  return views;
}

/**
 * The 浏览次数 of the article shown, from its counter: asked again whenever the counter's URL changes,
 * the request abandoned when the element leaves the page.
 */
export class ViewCountController implements ReactiveController {
  private url?: string;
  private request?: AbortController;
  /** The counter's answer: `undefined` while it is asked, `null` once it failed. */
  private count?: number | null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.request?.abort();
    this.request = this.url = undefined;
  }

  /** Asks the counter at `url` (checked and absolute; none for no counter) unless it is the one asked last. */
  follow(url: string | undefined, timeout: number) {
    if (url === this.url) return;
    this.request?.abort();
    this.url = url;
    this.count = undefined;
    if (!url) return;
    const request = (this.request = new AbortController());
    const settle = (count: number | null) => {
      if (this.request !== request) return; // another counter since
      this.count = count;
      this.host.requestUpdate();
    };
    fetchViewCount(url, request.signal, timeout).then(settle, () => settle(null));
  }

  /** What 浏览次数 shows: the counter's number, `fallback` while it is asked, nothing once it failed. */
  views(fallback: number | undefined): number | undefined {
    const { count } = this;
    return !this.url ? fallback : count === null ? undefined : (count ?? fallback);
  }
}
