/** Paging arithmetic and the `?page=N` address of a page. */

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, size)));
}

/** Up to `span` consecutive page numbers around `current`, within 1…`last`. */
export function pageWindow(current: number, last: number, span = 5): number[] {
  const count = Math.min(span, last);
  const start = Math.min(Math.max(1, current - Math.floor(count / 2)), last - count + 1);
  return Array.from({ length: count }, (_, i) => start + i);
}

/**
 * The pages the compact pager's jump list offers: every page of a short list; for a long one (an
 * aggregate of a province can have thousands) the first and last pages, those near `current` and
 * about thirty evenly spread, so the list stays a few dozen entries long.
 */
export function jumpTargets(current: number, last: number): number[] {
  if (last <= 50) return Array.from({ length: last }, (_, i) => i + 1);
  const stride = Math.ceil(last / 30);
  const pages = new Set([1, 2, 3, last - 2, last - 1, last]);
  for (let n = current - 5; n <= current + 5; n++) if (n >= 1 && n <= last) pages.add(n);
  for (let n = stride; n < last; n += stride) pages.add(n);
  return [...pages].sort((a, b) => a - b);
}

/** The page number a URL asks for in parameter `param`, or 1. */
export function pageFromUrl(href: string, param: string): number {
  const value = Number(new URL(href).searchParams.get(param));
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

/** `href` with parameter `param` set to `page`; page 1 is the bare address, as a reader would type it. */
export function urlWithPage(href: string, param: string, page: number): string {
  const url = new URL(href);
  if (page > 1) url.searchParams.set(param, String(page));
  else url.searchParams.delete(param);
  return url.href;
}

/**
 * The address of page `page` for the pager's links: from `pattern` when the pages are files
 * (`news-{n}.html`, page 1 being `news.html`), else `?param=page` on `href`, relative to the page.
 */
export function pageHref(href: string, param: string, page: number, pattern?: string): string {
  if (pattern) return page > 1 ? pattern.replace('{n}', String(page)) : pattern.replace(/[-_]?\{n\}/, '');
  const url = new URL(urlWithPage(href, param, page));
  return `${url.pathname.split('/').pop() || './'}${url.search}${url.hash}`;
}
