/** Gives the main thread back between slices of work; resolves in a new task. */
export type Yielder = () => Promise<void>;

/** Milliseconds of work per slice: well under the 50 ms that counts as a long task, even on a slow phone. */
export const SLICE_MS = 8;

/** The default pause: `scheduler.yield()` where the browser has it, else a fresh task. */
export const nextTask: Yielder = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
};
