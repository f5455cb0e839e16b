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
