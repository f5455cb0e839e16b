/**
 * What a reader sees, kept from changing by accident: the first screen of every demo page at 390 and
 * 1280 px, in simplified, traditional and the elder mode, compared with the baselines in test/visual/
 * (a small share of pixels may differ: anti-aliasing). After an intended change, look at the new
 * shots, then `npm run test:visual:update` (or `UPDATE_BASELINES=1 npx wtr --files test/visual.test.ts`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { ELDER_ATTRIBUTE, ELDER_KEY } from '../src/components/elder-toggle/elder-mode.js';
import { STORAGE_KEY as SCRIPT_KEY } from '../src/script/script-switch.js';
import { assertCjkFont } from './cjk-font.js';
import { PATIENCE } from './helpers.js';
import { deepAll } from './reader-checks.js';
import { layoutSettled, quiet, sameEnvironment, visualDiff } from './visual-shots.js';

/** The pages test/readers.test.ts checks, each a reader's whole page. */
const DEMOS = [
  '/demo/index.html',
  '/demo/portal.html',
  '/demo/province.html',
  '/demo/songxi/index.html',
  '/demo/songxi/article.html?id=sx-2024-0118',
  '/demo/themes/index.html',
  // The built drop-in file under a strict Content-Security-Policy (`npm test` builds it first).
  '/demo/csp/index.html',
  '/demo/themes/sample.html',
  '/demo/themes/gov-blue.html',
  '/demo/legacy-template.html',
];

/** A phone's and a desktop's first screen. */
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const MODES = ['simplified', 'traditional', 'elder'] as const;

/** A Thursday afternoon in China: the header's date and the lists' "new" marks depend on it. */
const NOW = '2024-03-14T06:30:00Z';

/** The page and the pages framed in it, each loaded, with every element settled and every image in view drawn. */
async function settled(win: Window): Promise<boolean> {
  const doc = win.document;
  if (doc.readyState !== 'complete' || doc.URL === 'about:blank') return false;
  const elements = deepAll(doc, '*').filter((el) => el.localName.startsWith('ql-')) as (HTMLElement & { status?: string })[];
  // An element with the CMS's markup and no data stays idle, showing that markup.
  if (elements.some((el) => !win.customElements.get(el.localName) || el.status === 'loading' || (el.status === 'idle' && el.hasAttribute('src')))) return false;
  const inView = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < win.innerHeight && box.width > 0;
  };
  if (deepAll(doc, 'img').some((img) => inView(img) && !(img as HTMLImageElement).complete)) return false;
  for (const frame of doc.querySelectorAll('iframe')) if (!frame.contentWindow || !(await settled(frame.contentWindow))) return false;
  return true;
}

async function shoot(path: string, width: number, height: number, mode: (typeof MODES)[number]) {
  // Every remembered reader choice (another test file may have left one): the shots show the defaults.
  for (const key of Object.keys(localStorage)) if (key.startsWith('ql:')) localStorage.removeItem(key);
  if (mode === 'elder') localStorage.setItem(ELDER_KEY, '1');
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0;display:block`;
  frame.src = mode === 'traditional' ? `${path}${path.includes('?') ? '&' : '?'}script=zh-Hant` : path;
  // Until the page's load event the frame holds an empty, finished document that would pass for settled.
  const onLoad = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await onLoad;
    const win = frame.contentWindow!;
    await waitUntil(() => settled(win), `${path}: loaded and settled`, PATIENCE);
    const doc = win.document;
    expect((win as Window & typeof globalThis).Date.now(), 'the frame\'s clock is frozen').to.equal(Date.parse(NOW));
    if (mode === 'traditional' && doc.querySelector('ql-script-toggle')) await waitUntil(() => doc.documentElement.lang.startsWith('zh-Hant'), `${path} in traditional`, PATIENCE);
    // Pages without the switch (the themes' samples) show the mode as a site that sets it would.
    if (mode === 'elder' && !doc.querySelector('ql-elder-toggle')) doc.documentElement.setAttribute(ELDER_ATTRIBUTE, '');
    assertCjkFont(doc);
    quiet(win);
    await layoutSettled(win, path);
    const name = `${path.replace(/^\/demo\//, '').replace(/\?.*$/, '').replace(/\.html$/, '').replace(/\//g, '-')}-${width}-${mode}`;
    await visualDiff(frame, name);
  } finally {
    frame.remove();
    localStorage.removeItem(ELDER_KEY);
    localStorage.removeItem(SCRIPT_KEY);
  }
}

describe('what readers see, shot by shot', () => {
  before(async function () {
    // Pixels compare only where they are drawn alike: elsewhere the shots are skipped, saying why.
    const environment = await sameEnvironment();
    if (!environment.matches) {
      console.warn(`screenshot tests skipped: ${environment.why}`);
      this.skip();
    }
    await executeServerCommand('freeze-frame-clock', NOW);
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    document.body.style.margin = '0';
  });

  after(() => executeServerCommand('emulate-media-features', []));

  // The shots show real characters only with a CJK font; without one they would compare boxes.
  it('has a CJK font to draw with', () => assertCjkFont());

  for (const { width, height } of SCREENS) {
    describe(`${width} px`, () => {
      before(async () => {
        await setViewport({ width, height });
      });
      for (const path of DEMOS) for (const mode of MODES) it(`${path} (${mode})`, () => shoot(path, width, height, mode));
    });
  }
});
