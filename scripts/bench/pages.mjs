// Everyday pages with the drop-in file: a merged list of 10 feeds × 500 items (first page, then paging
// through every page) and the seed article (from src and from .data). Figures for the record, median
// of `runs`; they have no budget yet.
import { readFileSync } from 'node:fs';
import { longTaskProbe } from './browser.mjs';

const COUNTIES = ['延平区', '建阳区', '邵武市', '武夷山市', '建瓯市', '顺昌县', '浦城县', '光泽县', '松溪县', '政和县'];

/** Routes for the served origin: /bench/feed-N.json, ten county feeds of 500 items. @type {Record<string, import('./serve.mjs').Route>} */
export const feedRoutes = Object.fromEntries(
  COUNTIES.map((county, f) => [
    `/bench/feed-${f}.json`,
    () => [
      'application/json',
      JSON.stringify({
        version: 1,
        site: { name: `${county}侨联`, url: `https://county-${f}.example/` },
        channel: { id: 'qldt', name: '侨联动态' },
        items: Array.from({ length: 500 }, (_, i) => ({
          title: `${county}侨联召开第${i + 1}次归侨侨眷代表座谈会，听取意见建议，推动为侨服务工作落到实处`,
          url: `https://county-${f}.example/qldt/${i}.html`,
          publishedAt: new Date(Date.UTC(2024, 0, 4) - (i * 10 + f) * 3_600_000).toISOString().replace('Z', '+00:00'),
          pinned: i === 0 && f === 0,
        })),
      }),
    ],
  ]),
);

/** @param {number[]} values */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {import('./figures.mjs').Figures} figures
 * @param {{ browser: import('puppeteer-core').Browser, origin: string, runs: number }} context
 */
export async function measurePages(figures, { browser, origin, runs }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/scripts/bench/page.html`);
    await page.waitForFunction(() => customElements.get('ql-site-footer'));

    const first = [];
    const turn = [];
    const worst = [];
    const longest = [];
    let shape = '';
    for (let run = 0; run < runs; run++) {
      await page.evaluate(longTaskProbe);
      const result = await page.evaluate(async (count) => {
        const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
        stage.replaceChildren();
        const list = /** @type {HTMLElement & { updateComplete: Promise<unknown> }} */ (document.createElement('ql-news-list'));
        list.setAttribute('src', Array.from({ length: count }, (_, f) => `/bench/feed-${f}.json`).join(' '));
        const start = performance.now();
        const loaded = new Promise((done) => list.addEventListener('ql-load', done, { once: true }));
        stage.append(list);
        await loaded;
        await list.updateComplete;
        await new Promise(requestAnimationFrame);
        const firstPage = performance.now() - start;
        const rows = list.querySelectorAll('li').length;
        const next = () =>
          /** @type {HTMLElement[]} */ ([...(list.shadowRoot?.querySelectorAll('button, a') ?? [])]).find(
            (el) => el.textContent?.trim() === '下一页' && !(/** @type {HTMLButtonElement} */ (el).disabled) && el.getAttribute('aria-disabled') !== 'true',
          );
        const times = [];
        const pagingStart = performance.now();
        for (let button = next(); button; button = next()) {
          const t = performance.now();
          button.click();
          await list.updateComplete;
          await new Promise(requestAnimationFrame);
          times.push(performance.now() - t);
        }
        const longest = /** @type {{ __longest: number }} */ (/** @type {unknown} */ (window)).__longest;
        return { firstPage, rows, pages: times.length + 1, paging: performance.now() - pagingStart, worst: Math.max(...times), longest };
      }, COUNTIES.length);
      if (result.rows === 0) throw new Error('the merged list rendered no rows');
      first.push(result.firstPage);
      turn.push(result.paging / Math.max(1, result.pages - 1));
      worst.push(result.worst);
      longest.push(result.longest);
      shape = `${COUNTIES.length} feeds × 500 items, ${result.pages} pages of ${result.rows} rows`;
    }
    console.log(`merged list: ${shape}, median of ${runs}`);
    figures.add('list.first-page', median(first), { unit: 'ms', note: 'fetch, check, merge, render' });
    figures.add('list.page-turn', median(turn), { unit: 'ms', note: 'mean over all pages' });
    figures.add('list.slowest-page-turn', median(worst), { unit: 'ms' });
    figures.add('list.longest-task', median(longest), { unit: 'ms' });

    const fromSrc = [];
    const fromData = [];
    const data = JSON.parse(readFileSync('demo/data/article-songxi-three-chapters.json', 'utf8'));
    for (let run = 0; run < runs; run++) {
      const result = await page.evaluate(async (doc) => {
        /** @typedef {HTMLElement & { updateComplete: Promise<unknown>, data: unknown }} Article */
        const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
        /** @param {Article} el */
        const settle = async (el) => {
          await new Promise((done) => el.addEventListener('ql-load', done, { once: true }));
          await el.updateComplete;
          await new Promise(requestAnimationFrame);
        };
        stage.replaceChildren();
        let article = /** @type {Article} */ (document.createElement('ql-article'));
        article.setAttribute('src', '/demo/data/article-songxi-three-chapters.json');
        let start = performance.now();
        let done = settle(article);
        stage.append(article);
        await done;
        const src = performance.now() - start;
        const paragraphs = article.querySelectorAll('p').length;
        stage.replaceChildren();
        article = /** @type {Article} */ (document.createElement('ql-article'));
        article.data = doc;
        start = performance.now();
        done = settle(article);
        stage.append(article);
        await done;
        return { src, data: performance.now() - start, paragraphs };
      }, data);
      if (result.paragraphs === 0) throw new Error('the article rendered no paragraphs');
      fromSrc.push(result.src);
      fromData.push(result.data);
    }
    console.log(`seed article (18 blocks, 5 figures), median of ${runs}`);
    figures.add('article.from-src', median(fromSrc), { unit: 'ms', note: 'fetch, check, render' });
    figures.add('article.from-data', median(fromData), { unit: 'ms', note: 'check, render' });
  } finally {
    await page.close();
  }
}
