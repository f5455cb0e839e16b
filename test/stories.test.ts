/**
 * Every story of every stories file, rendered in Chromium in each UI language and checked with
 * axe-core, so a story that breaks fails CI. Which files: one per element that `src/index.ts` exports
 * (`ql-site-footer` → `stories/site-footer.stories.ts`), so a new element without stories fails here,
 * plus the files listed in EXTRA_STORIES.
 */
import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import * as library from '../src/index.js';
import type { DataStatus } from '../src/internal/data-element.js';
import { LOCALES } from '../stories/locales.js';
import { axeViolations, loaded, setLang } from './helpers.js';
import { renderStory, storyExports, type StoriesModule } from './story-render.js';

/** Stories files not named after an element (compositions, pages, elements not yet exported); by base name. */
const EXTRA_STORIES: string[] = [];

/** Base names of the stories files to check: one per element the library exports, plus the extras. */
function storiesFiles(): string[] {
  const names = new Set(EXTRA_STORIES);
  for (const value of Object.values(library)) {
    if (typeof value !== 'function' || !(value.prototype instanceof HTMLElement)) continue;
    const tag = customElements.getName(value as CustomElementConstructor);
    if (tag) names.add(tag.replace(/^ql-/, ''));
  }
  return [...names].sort();
}

const files = storiesFiles();
const modules = await Promise.all(
  files.map(async (name) => {
    const url = new URL(`../stories/${name}.stories.ts`, import.meta.url).href;
    try {
      return { name, module: (await import(url)) as StoriesModule };
    } catch (error) {
      return { name, error };
    }
  }),
);

describe('stories', () => {
  it('finds the stories files of the footer and the header', () => {
    expect(files).to.include.members(['site-footer', 'site-header']);
  });

  for (const { name, module, error } of modules) {
    describe(`stories/${name}.stories.ts`, () => {
      if (!module) {
        it('exists and loads', () => {
          throw new Error(`stories/${name}.stories.ts could not be loaded: ${String(error)}`);
        });
        return;
      }
      const meta = module.default;
      const stories = storyExports(module);

      it('names its element and has stories', () => {
        expect(meta?.title, 'default export title').to.be.a('string');
        expect(meta.component, 'default export component').to.match(/^ql-/);
        expect(customElements.get(meta.component!), `${meta.component} is defined`).to.exist;
        expect(stories.length, 'number of stories').to.be.greaterThan(0);
      });

      for (const [key, story] of stories) {
        const expected = typeof story === 'function' ? undefined : story.parameters?.expected?.status;
        // Every language, and the elder mode (7:1 contrast) in simplified Chinese.
        const runs = [...LOCALES.map(({ value }) => ({ locale: value, elder: false })), { locale: 'zh-Hans', elder: true }];
        for (const { locale, elder } of runs) {
          describe(`${key} (${locale}${elder ? ', elder mode' : ''})`, () => {
            let container: HTMLElement;
            beforeEach(async () => {
              await setLang(locale);
              document.documentElement.toggleAttribute('data-ql-elder', elder);
              container = document.createElement('div');
              document.body.append(container);
            });
            afterEach(() => {
              render(nothing, container);
              container.remove();
              document.documentElement.lang = 'zh-Hans';
              document.documentElement.removeAttribute('data-ql-elder');
            });

            it(`renders ${expected ? `as ${expected}` : 'and settles'}, with no axe violations`, async () => {
              await renderStory(meta, key, story, locale, container);
              const elements = [...container.querySelectorAll(meta.component!)] as (HTMLElement & {
                status?: DataStatus;
                updateComplete?: Promise<unknown>;
              })[];
              expect(elements.length, `<${meta.component}> in the story`).to.be.greaterThan(0);
              for (const element of elements) {
                if (expected === 'loading') await element.updateComplete;
                else await loaded(element);
                if (element.status === undefined) continue; // not a data element
                if (expected) expect(element.status, 'status').to.equal(expected);
                else expect(element.status, 'status').to.be.oneOf(['ready', 'empty', 'error']);
              }
              expect(await axeViolations(container, { enhancedContrast: elder })).to.deep.equal([]);
            });
          });
        }
      }
    });
  }
});
