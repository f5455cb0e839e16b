// Broken networks against the drop-in's four data elements, each with timeout="500": how long from
// being inserted to showing the error state, once asserted inside test/broken-network.test.ts and
// test/loader.test.ts. The figure is the slowest of the four elements in a run; the median of the runs.
import { readFileSync } from 'node:fs';
import { median } from './pages.mjs';

export const TIMEOUT = 500;

const DOCUMENT = readFileSync('demo/data/site.json');

/** @type {Record<string, import('./serve.mjs').Handler>} */
export const networkHandlers = {
  // Never answers; the browser gives up.
  '/bench/stall': (req) => req.resume(),
  // Answers 301 to the other of two addresses, for ever.
  '/bench/redirect-loop/': (_req, res, url) => {
    const other = url.pathname.endsWith('/a') ? 'b' : 'a';
    res.writeHead(301, { location: `/bench/redirect-loop/${other}${url.search}`, 'cache-control': 'no-store' }).end();
  },
  // Sends the headers and half the body, then destroys the socket.
  '/bench/drop': (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': DOCUMENT.length, 'cache-control': 'no-store' });
    res.write(DOCUMENT.subarray(0, DOCUMENT.length >> 1));
    setTimeout(() => req.socket.destroy(), 50);
  },
  // 16 bytes every 100 ms: far slower than the timeout.
  '/bench/trickle': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': DOCUMENT.length, 'cache-control': 'no-store' });
    let sent = 0;
    const timer = setInterval(() => {
      res.write(DOCUMENT.subarray(sent, (sent += 16)));
      if (sent >= DOCUMENT.length) {
        clearInterval(timer);
        res.end();
      }
    }, 100);
    res.on('close', () => clearInterval(timer));
  },
};

const CASES = {
  'network.stall': '/bench/stall',
  'network.trickle': '/bench/trickle',
  'network.drop': '/bench/drop',
  'network.redirect-loop': '/bench/redirect-loop/a',
};

/**
 * @param {import('./figures.mjs').Figures} figures
 * @param {{ browser: import('puppeteer-core').Browser, origin: string, runs: number }} context
 */
export async function measureNetwork(figures, { browser, origin, runs }) {
  console.log(`broken networks, timeout="${TIMEOUT}" on each data element of the drop-in file, slowest of the four, median of ${runs}`);
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/scripts/bench/page.html`);
    await page.waitForFunction(() => ['ql-article', 'ql-news-list', 'ql-site-header', 'ql-site-footer'].every((tag) => customElements.get(tag)));
    for (const [name, src] of Object.entries(CASES)) {
      const values = [];
      for (let run = 0; run < runs; run++) {
        values.push(
          await page.evaluate(
            async (src, timeout, run) => {
              const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
              stage.replaceChildren();
              const times = await Promise.all(
                ['ql-site-header', 'ql-site-footer', 'ql-article', 'ql-news-list'].map((tag) => {
                  const el = /** @type {any} */ (document.createElement(tag));
                  el.setAttribute('timeout', String(timeout));
                  el.setAttribute('src', `${src}?run=${run}&tag=${tag}`);
                  const failed = new Promise((resolve) => el.addEventListener('ql-error', resolve, { once: true }));
                  const started = performance.now();
                  stage.append(el);
                  return failed.then(async () => {
                    await el.updateComplete;
                    if (el.status !== 'error' || !el.shadowRoot.querySelector('[part="error"]')) throw new Error(`${tag} on ${src}: ${el.status}`);
                    return performance.now() - started;
                  });
                }),
              );
              stage.replaceChildren();
              return Math.max(...times);
            },
            src,
            TIMEOUT,
            run,
          ),
        );
      }
      figures.add(name, median(values));
    }
    // The loader's own timeout, shorter: an article with timeout="200" against the stall.
    const short = [];
    for (let run = 0; run < runs; run++) {
      short.push(
        await page.evaluate(async (run) => {
          const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
          const el = /** @type {any} */ (document.createElement('ql-article'));
          el.setAttribute('timeout', '200');
          el.setAttribute('src', `/bench/stall?short=${run}`);
          const failed = new Promise((resolve) => el.addEventListener('ql-error', resolve, { once: true }));
          const started = performance.now();
          stage.replaceChildren(el);
          await failed;
          const took = performance.now() - started;
          if (el.status !== 'error') throw new Error(`timeout="200": ${el.status}`);
          stage.replaceChildren();
          return took;
        }, run),
      );
    }
    figures.add('loader.timeout', median(short));
  } finally {
    await page.close();
  }
}
