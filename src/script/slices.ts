/**
 * Long work (building tables, converting a page) runs in slices so the page stays responsive. This
 * module is for the lazy chunks; the drop-in file's own pause, `nextTask`, is in next-task.ts, so the
 * two never share a module.
 */

/** Gives the main thread back between slices of work; resolves in a new task. */
export type Yielder = () => Promise<void>;

/** Milliseconds of work per slice: well under the 50 ms that counts as a long task, even on a slow phone. */
export const SLICE_MS = 8;
