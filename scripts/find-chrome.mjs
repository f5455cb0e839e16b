// Finds the Chrome or Chromium the tests, benchmarks and screenshots run in: $CHROME_PATH, or the
// usual install locations. Run directly, it checks and explains how to get one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  return candidates.find((path) => path && existsSync(path));
}

/** Flags for headless runs on CI machines and containers (root needs --no-sandbox). */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(
      [
        'No Chrome or Chromium found: the tests run in a real browser.',
        '  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
        '  macOS:         install Google Chrome, or brew install --cask chromium',
        '  Elsewhere:     set CHROME_PATH to the browser executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
    process.exit(1);
  }
  console.log(`Browser: ${requireChrome()}`);
}
