/** The warnings each element has given: each is said once per element. */
const warned = new WeakMap<Element, Set<string>>();

/** The longest wait a browser timer can hold. */
export const MAX_WAIT = 2 ** 31 - 1;

/**
 * A number attribute as the element uses it: the page's value when `valid`, else `fallback`, with a
 * console warning. `page-size="abc"` would otherwise show 共NaN页, and a `timeout` past what
 * `setTimeout` can wait (2^31-1 ms) would give up at once.
 */
export function numberAttribute(host: Element, name: string, value: number, fallback: number, valid: (n: number) => boolean): number {
  if (valid(value)) return value;
  const said = `<${host.localName}>: ${name}="${host.getAttribute(name) ?? value}" is out of range; using ${fallback}`;
  const given = warned.get(host) ?? new Set();
  if (!given.has(said)) console.warn(said);
  warned.set(host, given.add(said));
  return fallback;
}
