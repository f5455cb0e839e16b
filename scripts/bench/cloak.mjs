// The cloak stylesheet as the drop-in ships it (qiaolian-widgets.css), in a page without the script:
// how long a never-defined element stays hidden, and how soon the cloak lifts once an element is
// defined, once asserted inside test/cloak.test.ts. Visibility is read each frame; median of the runs.
import { median } from './pages.mjs';

/** Routes for the served origin: a page with the built cloak stylesheet and no element script. @type {Record<string, import('./serve.mjs').Route>} */
export const cloakRoutes = {
  '/bench/cloak.html': () => [
    'text/html',
    `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>cloak</title>
<link rel="stylesheet" href="/drop-in/qiaolian-widgets.css"></head><body><main id="stage"></main></body></html>`,
  ],
};

/**
 * @param {import('./figures.mjs').Figures} figures
 * @param {{ browser: import('puppeteer-core').Browser, origin: string, runs: number }} context
 */
export async function measureCloak(figures, { browser, origin, runs }) {
  console.log(`cloak stylesheet, a fresh tab per run, median of ${runs}`);
  const reveal = [];
  const lift = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/bench/cloak.html`);
      const result = await page.evaluate(async () => {
        const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
        const shown = (/** @type {Element} */ el) => el.checkVisibility({ visibilityProperty: true });
        /** Milliseconds from `start` until every element is shown, read once a frame. @param {Element[]} els @param {number} start */
        const until = async (els, start) => {
          while (!els.every(shown)) await new Promise(requestAnimationFrame);
          return performance.now() - start;
        };
        stage.innerHTML = `<ql-never-defined class="ql-cloak" id="fake">永不定义</ql-never-defined>
          <ql-site-header><nav slot="tools" id="tools"><a href="/">导航</a></nav></ql-site-header>
          <section class="ql-cloak" id="container"><ql-news-list></ql-news-list></section>`;
        const cloaked = ['#fake', '#tools', '#container'].map((selector) => /** @type {Element} */ (stage.querySelector(selector)));
        const start = performance.now();
        if (cloaked.some(shown)) throw new Error('the cloak hid nothing');
        const reveal = await until(cloaked, start);

        stage.innerHTML = `<ql-late-element class="ql-cloak" id="late">稍后定义</ql-late-element>
          <section class="ql-cloak" id="later"><ql-share-bar></ql-share-bar></section>`;
        const late = ['#late', '#later'].map((selector) => /** @type {Element} */ (stage.querySelector(selector)));
        if (late.some(shown)) throw new Error('the cloak hid nothing');
        const defined = performance.now();
        customElements.define('ql-late-element', class extends HTMLElement {});
        customElements.define('ql-share-bar', class extends HTMLElement {});
        return { reveal, lift: await until(late, defined) };
      });
      reveal.push(result.reveal);
      lift.push(result.lift);
    } finally {
      await page.close();
    }
  }
  figures.add('cloak.reveal', median(reveal));
  figures.add('cloak.lift', median(lift));
}
