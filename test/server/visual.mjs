// Screenshot comparison for test/visual.test.ts and test/visual-stories.test.ts: the runner's visual-regression plugin, with the
// baselines kept in test/visual/ (failed shots and diffs go to the system's temp folder, out of the
// repository), plus a command that freezes the clock of every framed page before its scripts run,
// so the header's date and the news lists' "new" marks are the same on every day.
// `npm run test:visual:update` rewrites the baselines.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

export const FAILED_DIR = path.join(os.tmpdir(), 'qiaolian-visual');

/** Where the baselines' environment is recorded, beside them. */
const ENVIRONMENT_FILE = 'test/visual/ENVIRONMENT.json';

/**
 * Pixels are comparable only between machines that draw alike: the same Chromium build and the same
 * CJK font file. The baselines record theirs (written with them, on UPDATE_BASELINES=1); on a machine
 * that differs the screenshot tests are skipped, saying why, rather than failing on anti-aliasing.
 * @param {import('puppeteer-core').Page} page
 */
async function environment(page) {
  let font = 'none';
  try {
    const file = execFileSync('fc-match', ['-f', '%{file}', 'WenQuanYi Micro Hei'], { encoding: 'utf8' });
    if (/wqy/i.test(file)) font = `${path.basename(file)} ${createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16)}`;
  } catch {
    // no fontconfig: no font to compare
  }
  const current = { chromium: await page.browser().version(), font };
  if (process.env.UPDATE_BASELINES === '1') writeFileSync(ENVIRONMENT_FILE, `${JSON.stringify(current, null, 2)}\n`);
  const recorded = existsSync(ENVIRONMENT_FILE) ? JSON.parse(readFileSync(ENVIRONMENT_FILE, 'utf8')) : undefined;
  return { matches: recorded?.chromium === current.chromium && recorded?.font === current.font, recorded, current };
}

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
      if (command === 'visual-environment') return environment(session.browser.getPage(session.id));
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
