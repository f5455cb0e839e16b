// Screenshot comparison for test/visual.test.ts and test/visual-stories.test.ts: the runner's visual-regression plugin, with the
// baselines kept in test/visual/ (failed shots and diffs go to the system's temp folder, out of the
// repository), plus a command that freezes the clock of every framed page before its scripts run,
// so the header's date and the news lists' "new" marks are the same on every day.
// `npm run test:visual:update` rewrites the baselines.
import os from 'node:os';
import path from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

export const FAILED_DIR = path.join(os.tmpdir(), 'qiaolian-visual');

export function visualPlugin() {
  const exact = process.env.VISUAL_EXACT === '1';
  const compare = visualRegressionPlugin({
    update: process.env.UPDATE_BASELINES === '1',
    baseDir: 'test/visual',
    getBaselineName: ({ name }) => name,
    getFailedName: ({ name }) => path.join(FAILED_DIR, `${name}.png`),
    getDiffName: ({ name }) => path.join(FAILED_DIR, `${name}-diff.png`),
    // pixelmatch's per-pixel colour tolerance, and the share of pixels that may differ: enough for
    // anti-aliasing noise, far below a changed word or a moved box. VISUAL_EXACT=1 fails on any pixel
    // that changed at all: how to tell whether the shots are stable on a machine.
    diffOptions: { threshold: exact ? 0 : 0.1 },
    failureThreshold: exact ? 0 : 0.05,
    failureThresholdType: 'percent',
  });
  const frozen = new WeakMap();
  return {
    name: 'visual',
    async executeCommand(args) {
      const { command, payload, session } = args;
      if (command !== 'freeze-frame-clock') return compare.executeCommand?.(args);
      const page = session.browser.getPage(session.id);
      if (frozen.has(page)) return true;
      // Only frames: the test page's own timers must keep running. Date alone is fixed; timers run.
      const { identifier } = await page.evaluateOnNewDocument((now) => {
        if (window === window.top) return;
        const RealDate = Date;
        class FixedDate extends RealDate {
          constructor(...args) {
            if (args.length === 0) super(now);
            else super(.../** @type {[string | number | Date]} */ (/** @type {unknown} */ (args)));
          }
          /** @override */
          static now() {
            return now;
          }
        }
        window.Date = /** @type {DateConstructor} */ (/** @type {unknown} */ (FixedDate));
      }, Date.parse(payload));
      frozen.set(page, identifier);
      return true;
    },
  };
}
