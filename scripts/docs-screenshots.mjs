// The screenshots of the Storybook docs pages (stories/assets/*.png), taken from the demo pages in
// headless Chromium at a phone's and a desktop's width. CI does not run this; run it after a visible
// change: `node scripts/docs-screenshots.mjs` (or only some: `… screenshot-legacy.png`). Chinese text needs a CJK font on the machine (on
// Debian: fonts-wqy-microhei).
import { createServer } from 'vite';
import { launch } from './bench/browser.mjs';

const SHOTS = [
  { file: 'screenshot-article.png', path: '/demo/index.html', width: 1024, height: 1100 },
  { file: 'screenshot-article-phone.png', path: '/demo/index.html', width: 390, height: 844, scale: 2 },
  { file: 'screenshot-channel.png', path: '/demo/songxi/index.html', width: 1024, height: 1000 },
  { file: 'screenshot-portal.png', path: '/demo/portal.html', width: 1024, height: 900 },
  { file: 'screenshot-portal-phone.png', path: '/demo/portal.html', width: 390, height: 844, scale: 2 },
  // The banner's channel menu, folded on a phone, opened by its 栏目 button.
  { file: 'screenshot-menu-phone.png', path: '/demo/portal.html', width: 390, height: 640, scale: 2, openMenu: true },
  { file: 'screenshot-themes.png', path: '/demo/themes/index.html', width: 1400, height: 1050 },
  { file: 'screenshot-legacy.png', path: '/demo/legacy-template.html', width: 800, height: 900 },
];

const wanted = process.argv.slice(2);
const shots = wanted.length ? SHOTS.filter((shot) => wanted.includes(shot.file)) : SHOTS;

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls?.local[0].replace(/\/$/, '');
const browser = await launch();
try {
  for (const { file, path, width, height, scale = 1, openMenu } of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width, height, deviceScaleFactor: scale });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle0' });
    // Elements settle after their data arrives (and frames after theirs).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    if (openMenu) {
      await page.evaluate(() => {
        const header = document.querySelector('ql-site-header');
        /** @type {HTMLButtonElement | null | undefined} */ (header?.shadowRoot?.querySelector('[part="menu-button"]'))?.click();
      });
    }
    await page.screenshot({ path: `stories/assets/${file}` });
    await page.close();
    console.log(`stories/assets/${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
