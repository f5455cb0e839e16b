/**
 * What the screenshot tests share (test/visual.test.ts for the demo pages, test/visual-stories.test.ts
 * for the elements' main states): the runner's screenshot comparison, motion stopped, and a wait for
 * the layout to stop moving.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as regression from '@web/test-runner-visual-regression';
import { PATIENCE } from './helpers.js';
import { deepAll } from './reader-checks.js';

// The package's type entry re-exports a file whose types it does not ship, so TypeScript sees nothing.
export const { visualDiff } = regression as unknown as { visualDiff: (element: Node, name: string) => Promise<void> };

/** Carets, transitions and animations stop: a shot must not catch one half-way. */
const STILL = '*, *::before, *::after { caret-color: transparent !important; transition: none !important; animation: none !important; }';

const stilled = new WeakSet<Document | ShadowRoot>();

function still(root: Document | ShadowRoot) {
  if (stilled.has(root)) return;
  stilled.add(root);
  // The frame's nodes come from its own realm: no `instanceof` across it.
  const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const style = doc.createElement('style');
  style.textContent = STILL;
  (root === doc ? doc.head : root).append(style);
}

/** Stops motion in a page, its shadow roots and its frames (roots that appear later need another call). */
export function quiet(win: Window) {
  still(win.document);
  for (const el of deepAll(win.document, '*')) if (el.shadowRoot) still(el.shadowRoot);
  for (const frame of win.document.querySelectorAll('iframe')) quiet(frame.contentWindow!);
}

/** Where every box is, in the page and its frames: equal on two looks in a row means the layout has settled. */
export function layout(win: Window): string {
  const doc = win.document;
  const boxes = deepAll(doc, '*').map((el) => {
    const b = el.getBoundingClientRect();
    return `${b.x},${b.y},${b.width},${b.height}`;
  });
  const frames = [...doc.querySelectorAll('iframe')].map((f) => layout(f.contentWindow!));
  return `${boxes.join(';')}|${frames.join('|')}`;
}

/** Resolves once the page's layout (fonts loaded) is the same on two looks 100 ms apart. */
export async function layoutSettled(win: Window, label: string) {
  await win.document.fonts.ready;
  let last = '';
  await waitUntil(
    () => {
      const now = layout(win);
      const same = now === last;
      last = now;
      return same;
    },
    `${label}: layout settled`,
    { timeout: PATIENCE.timeout, interval: 100 },
  );
}

/** Whether this machine draws as the one that made the baselines did (same Chromium build, same CJK font file). */
export async function sameEnvironment(): Promise<{ matches: boolean; why: string }> {
  const env = (await executeServerCommand('visual-environment')) as {
    matches: boolean;
    recorded?: { chromium: string; font: string };
    current: { chromium: string; font: string };
  };
  const why = `baselines made with ${env.recorded?.chromium ?? '(none recorded)'} and ${env.recorded?.font ?? '(none)'}, this machine has ${env.current.chromium} and ${env.current.font}`;
  return { matches: env.matches, why };
}
