/**
 * Each element's main states as its stories show them (ready, empty, error, and loading: a still line
 * of text), at 390 and 1280 px, in simplified, traditional and the elder mode, each shot clipped to the
 * story and to the first screen, compared with the baselines in test/visual/stories/ (a small share of
 * pixels may differ: anti-aliasing). After an intended change, look at the new shots, then
 * `npm run test:visual:update` (or `UPDATE_BASELINES=1 npx wtr --files test/visual-stories.test.ts`).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { nothing, render } from 'lit';
import sinon from 'sinon';
import * as library from '../src/index.js';
import { ELDER_ATTRIBUTE, setElderMode } from '../src/components/elder-toggle/elder-mode.js';
import { localesReady } from '../src/internal/localize.js';
import { scriptSwitch } from '../src/script/script-switch.js';
import type { DataStatus } from '../src/internal/data-element.js';
import { assertCjkFont } from './cjk-font.js';
import { PATIENCE, loaded, nextTask, setLang } from './helpers.js';
import { deepAll } from './reader-checks.js';
import { renderStory, type StoriesModule } from './story-render.js';
import { layoutSettled, quiet, sameEnvironment, visualDiff } from './visual-shots.js';

/** Per stories file, the stories that show its element's main states; the other stories are variations. */
const MAIN_STATES: Record<string, string[]> = {
  article: ['Seed', 'Loading', 'InvalidData'],
  'news-list': ['OneChannel', 'Empty', 'Loading', 'NotFound'],
  'site-header': ['BannerAndMenu', 'Loading', 'InvalidData'],
  'site-footer': ['Nanping', 'Loading', 'InvalidData'],
  'script-toggle': ['Taiwan'],
  'elder-toggle': ['Default'],
  'share-bar': ['Default'],
};

const SCREENS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const MODES = ['simplified', 'traditional', 'elder'] as const;
type Mode = (typeof MODES)[number];

/** The same Thursday afternoon in China as the demo pages' shots: the greeting's date and the "new" marks. */
const NOW = '2024-03-14T06:30:00Z';

type Settling = HTMLElement & { status?: DataStatus; updateComplete?: Promise<unknown> };

/** The baseline's name: the simplified shots keep the names they had before the other modes came. */
const shotName = (file: string, key: string, width: number, mode: Mode) => `stories/${file}-${key}-${width}${mode === 'simplified' ? '' : `-${mode}`}`;

async function shoot(file: string, key: string, width: number, height: number, mode: Mode) {
  const module = (await import(new URL(`../stories/${file}.stories.ts`, import.meta.url).href)) as StoriesModule;
  const meta = module.default;
  const story = module[key] as Parameters<typeof renderStory>[2] | undefined;
  expect(story, `stories/${file}.stories.ts exports ${key}`).to.exist;
  const expected = typeof story === 'function' ? undefined : story!.parameters?.expected?.status;

  // Only the story's own box, and no more of it than a first screen.
  const container = document.createElement('div');
  container.style.cssText = `display:flow-root;max-height:${height}px;overflow:hidden;background:#fff`;
  document.body.append(container);
  // As a site that sets the mode on <html> (and Storybook's toolbar) does, before the story renders.
  if (mode === 'elder') setElderMode(true, false);
  try {
    await renderStory(meta, key, story!, 'zh-Hans', container);
    const elements = [...container.querySelectorAll<Settling>(meta.component!)];
    expect(elements.length, `<${meta.component}> in the story`).to.be.greaterThan(0);
    for (const el of deepAll<Settling>(container, '*').filter((e) => e.localName.startsWith('ql-'))) {
      if (expected === 'loading') await el.updateComplete;
      else await loaded(el);
    }
    for (const el of elements) if (expected && el.status !== undefined) expect(el.status, `${key}: status`).to.equal(expected);
    if (mode === 'traditional') {
      // What a reader's click on 繁體 does (Taiwan standard, the toggles' default): the page's switch
      // converts the whole document, shadow roots included, then <html lang> says so and the elements'
      // own strings follow it.
      await scriptSwitch.request('zh-Hant', { variant: 'tw', remember: false });
      await waitUntil(() => !scriptSwitch.busy && scriptSwitch.shown === 'zh-Hant' && document.documentElement.lang === 'zh-Hant-TW', `${file} ${key}: in traditional`, PATIENCE);
      // The elements hear the lang through a MutationObserver, then ask for their strings' table.
      await nextTask();
      await localesReady();
      for (const el of deepAll<Settling>(container, '*').filter((e) => e.localName.startsWith('ql-'))) await el.updateComplete;
    }
    // Every image the shot shows has been drawn.
    const clip = container.getBoundingClientRect();
    const shown = (img: Element) => {
      const box = img.getBoundingClientRect();
      return box.width > 0 && box.bottom > clip.top && box.top < clip.bottom;
    };
    await waitUntil(() => deepAll<HTMLImageElement>(container, 'img').filter(shown).every((img) => img.complete), `${file} ${key}: images drawn`, PATIENCE);
    const broken = deepAll<HTMLImageElement>(container, 'img').filter((img) => shown(img) && img.naturalWidth === 0).map((img) => img.src);
    expect(broken, `${file} ${key}: images that did not load`).to.deep.equal([]);
    assertCjkFont();
    quiet(window);
    await layoutSettled(window, `${file} ${key}`);
    // Still the state it was meant to show (a loading story never answers; a slow machine must not turn it into another).
    for (const el of elements) if (expected && el.status !== undefined) expect(el.status, `${key}: status when shot`).to.equal(expected);
    await visualDiff(container, shotName(file, key, width, mode));
  } finally {
    // Back to the simplified page the next shot starts from (the switch restores every string it wrote).
    if (scriptSwitch.target !== 'zh-Hans' || scriptSwitch.busy) await scriptSwitch.request('zh-Hans', { remember: false });
    setElderMode(false, false);
    render(nothing, container);
    container.remove();
  }
}

describe('each element\'s main states, shot by shot', () => {
  let clock: sinon.SinonFakeTimers;

  before(async function () {
    // Pixels compare only where they are drawn alike: elsewhere the shots are skipped, saying why.
    const environment = await sameEnvironment();
    if (!environment.matches) {
      console.warn(`screenshot tests skipped: ${environment.why}`);
      this.skip();
    }
    await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    document.body.style.margin = '0';
    // Date alone: the elements' timers and the waits here keep running.
    clock = sinon.useFakeTimers({ now: Date.parse(NOW), toFake: ['Date'] });
    await setLang('zh-Hans');
  });

  beforeEach(() => {
    // Every remembered reader choice (another test file may have left one): the shots show the defaults.
    for (const key of Object.keys(localStorage)) if (key.startsWith('ql:')) localStorage.removeItem(key);
    document.documentElement.removeAttribute(ELDER_ATTRIBUTE);
  });

  after(async () => {
    clock?.restore();
    await executeServerCommand('emulate-media-features', []);
    await setViewport({ width: 800, height: 600 });
  });

  it('has a CJK font to draw with', () => assertCjkFont());

  it('shoots every element the library exports', () => {
    const tags = Object.values(library)
      .filter((value) => typeof value === 'function' && value.prototype instanceof HTMLElement)
      .map((value) => customElements.getName(value as CustomElementConstructor))
      .filter((tag): tag is string => !!tag);
    expect(tags.length).to.be.greaterThan(5);
    expect(tags.map((tag) => tag.replace(/^ql-/, '')).filter((name) => !MAIN_STATES[name]), 'elements without main-state shots').to.deep.equal([]);
  });

  for (const { width, height } of SCREENS) {
    for (const mode of MODES) {
      describe(`${width} px, ${mode}`, () => {
        before(() => setViewport({ width, height }));
        for (const [file, keys] of Object.entries(MAIN_STATES)) for (const key of keys) it(`${file}: ${key}`, () => shoot(file, key, width, height, mode));
      });
    }
  }
});
