/**
 * Long work (building tables, converting a page) runs in slices so the page stays responsive. This
 * module is for the lazy chunks; the drop-in file's own pause, `nextTask`, is in next-task.ts, so the
 * two never share a module.
 */

/** Gives the main thread back between slices of work; resolves in a new task. */
export type Yielder = () => Promise<void>;

/** Milliseconds of work per slice: well under the 50 ms that counts as a long task, even on a slow phone. */
export const SLICE_MS = 8;

/**
 * Characters of text written to the page in a frame while it switches, at first: about a screenful.
 * The layout that follows a frame's writes grows with them (and the first frame shapes every new
 * glyph), so the page writes more per frame only while its frames stay short (see `PageConversion`).
 */
export const FIRST_FRAME_CHARACTERS = 1500;
/** The most characters written in one frame, however fast the frames are. */
export const MAX_FRAME_CHARACTERS = 12_000;

/**
 * The pause between two frames' writes: the next animation frame, so that each frame lays out only
 * what was written since the last. A page hidden meanwhile has no frames: a short timer stands in.
 */
export const nextFrame: Yielder = () =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      resolve();
    };
    const timer = setTimeout(done, 100);
    const frame = requestAnimationFrame(done);
  });
