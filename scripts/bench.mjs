// npm run bench: figures measured in headless Chromium against the built drop-in file (production
// Lit, minified), served from 127.0.0.1. Each figure is the median of several runs.
//   - a merged list of 10 feeds × 500 items: time to the first page, then paging through every page
//   - the seed article: time to rendered, from src and from .data
//   - the drop-in file's gzip size, against its budget
// Then the script toggle's own benchmark, when present.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, longTaskProbe } from './bench/browser.mjs';
import { serve } from './bench/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_KB = 24;

execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });

const COUNTIES = ['延平区', '建阳区', '邵武市', '武夷山市', '建瓯市', '顺昌县', '浦城县', '光泽县', '松溪县', '政和县'];
const feedRoutes = Object.fromEntries(
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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (n) => `${n.toFixed(1)} ms`;

const { server, origin } = await serve('.', feedRoutes);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/scripts/bench/page.html`);
  await page.waitForFunction(() => customElements.get('ql-site-footer'));
  const hasList = await page.evaluate(() => !!customElements.get('ql-news-list'));
  const hasArticle = await page.evaluate(() => !!customElements.get('ql-article'));

  if (hasList) {
    const first = [];
    const paging = [];
    const worst = [];
    const longest = [];
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate(longTaskProbe);
      const result = await page.evaluate(async (count) => {
        const stage = document.getElementById('stage');
        stage.replaceChildren();
        const list = document.createElement('ql-news-list');
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
          [...list.shadowRoot.querySelectorAll('button, a')].find((el) => el.textContent.trim() === '下一页' && !el.disabled && el.getAttribute('aria-disabled') !== 'true');
        const times = [];
        const pagingStart = performance.now();
        for (let button = next(); button; button = next()) {
          const t = performance.now();
          button.click();
          await list.updateComplete;
          await new Promise(requestAnimationFrame);
          times.push(performance.now() - t);
        }
        return { firstPage, rows, pages: times.length + 1, paging: performance.now() - pagingStart, worst: Math.max(...times), longest: window.__longest };
      }, COUNTIES.length);
      if (result.rows === 0) throw new Error('the merged list rendered no rows');
      first.push(result.firstPage);
      paging.push(result.paging / Math.max(1, result.pages - 1));
      worst.push(result.worst);
      longest.push(result.longest);
      if (run === 0) console.log(`merged list: ${COUNTIES.length} feeds × 500 items, ${result.pages} pages of ${result.rows} rows`);
    }
    console.log(`  first page rendered (fetch, check, merge, render)   ${ms(median(first))}`);
    console.log(`  one page turn, mean over all pages                  ${ms(median(paging))}`);
    console.log(`  slowest page turn                                   ${ms(median(worst))}`);
    const longestTask = median(longest);
    console.log(`  longest main-thread task                            ${longestTask ? ms(longestTask) : 'none ≥ 50 ms'}`);
  } else {
    console.log('merged list: ql-news-list is not in the drop-in file yet');
  }

  if (hasArticle) {
    const fromSrc = [];
    const fromData = [];
    const data = JSON.parse(readFileSync('demo/data/article-songxi-three-chapters.json', 'utf8'));
    for (let run = 0; run < RUNS; run++) {
      const result = await page.evaluate(async (doc) => {
        const stage = document.getElementById('stage');
        const settle = async (el) => {
          await new Promise((done) => el.addEventListener('ql-load', done, { once: true }));
          await el.updateComplete;
          await new Promise(requestAnimationFrame);
        };
        stage.replaceChildren();
        let article = document.createElement('ql-article');
        article.setAttribute('src', '/demo/data/article-songxi-three-chapters.json');
        let start = performance.now();
        let done = settle(article);
        stage.append(article);
        await done;
        const src = performance.now() - start;
        const paragraphs = article.querySelectorAll('p').length;
        stage.replaceChildren();
        article = document.createElement('ql-article');
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
    console.log('seed article (18 blocks, 5 figures)');
    console.log(`  rendered from src (fetch, check, render)            ${ms(median(fromSrc))}`);
    console.log(`  rendered from .data (check, render)                 ${ms(median(fromData))}`);
  } else {
    console.log('seed article: ql-article is not in the drop-in file yet');
  }
} finally {
  await browser.close();
  server.close();
}

const cdn = 'dist/cdn';
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes, budget) => `${(bytes / 1024).toFixed(1)} KB gzip (budget ${budget} KB${bytes > budget * 1024 ? ', OVER' : ''})`;
const main = gz(join(cdn, 'qiaolian-widgets.js'));
console.log(`drop-in file qiaolian-widgets.js, every element${' '.repeat(24)} ${kb(main, BUDGET_KB)}`);
for (const [entry, label, budget] of [
  ['content-elements', 'with only the header, footer, article and news list', 24],
  ['header-footer', 'with only the header and the footer', 12],
]) {
  const subset = mkdtempSync(join(tmpdir(), 'ql-bench-'));
  execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--mode', 'cdn', '--logLevel', 'warn', '--outDir', subset], {
    stdio: 'inherit',
    env: { ...process.env, QL_ENTRY: `scripts/bench/${entry}.entry.ts` },
  });
  console.log(`  the same ${label.padEnd(52)} ${kb(gz(join(subset, 'qiaolian-widgets.js')), budget)}`);
  rmSync(subset, { recursive: true, force: true });
}
if (existsSync(join(cdn, 'chunks'))) {
  for (const name of readdirSync(join(cdn, 'chunks')).sort()) {
    console.log(`  lazy chunk ${name.padEnd(42)} ${(gz(join(cdn, 'chunks', name)) / 1024).toFixed(1)} KB gzip`);
  }
}

if (existsSync('scripts/bench-script-toggle.mjs')) {
  console.log('');
  execFileSync('node', ['scripts/bench-script-toggle.mjs'], { stdio: 'inherit' });
}

console.log('');
execFileSync('node', ['scripts/bench-dictionary.mjs'], { stdio: 'inherit' });
