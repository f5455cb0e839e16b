/** A lazy chunk: call it to load; `value` holds the module once it has arrived. */
export interface Lazy<T> {
  (): Promise<T>;
  readonly value?: T;
}

/**
 * Imports a lazy chunk once however many callers ask, e.g. `lazy(() => import('./x.js'))`. A failed
 * import (offline, a deploy replaced the chunk) is forgotten, so the next call tries again. A caller
 * that awaits the promise handles its rejection; one that only starts the import need not.
 */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  const get: { (): Promise<T>; value?: T } = () => {
    if (!pending) {
      pending = load().then((module) => (get.value = module));
      pending.catch(() => (pending = undefined));
    }
    return pending;
  };
  return get;
}
