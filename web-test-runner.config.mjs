import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, requireChrome } from './scripts/find-chrome.mjs';
import { testEndpoints } from './test/server/endpoints.mjs';
import { mediaFeaturesPlugin } from './test/server/media-features.mjs';
import { prerenderedSitePlugin } from './test/server/prerendered-site.mjs';
import { visualPlugin } from './test/server/visual.mjs';

export default {
  // The screenshot comparisons run too: on a machine whose Chromium build or CJK font differs from the
  // baselines' (test/visual/ENVIRONMENT.json) they are skipped, saying why.
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  middleware: [testEndpoints],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), mediaFeaturesPlugin(), visualPlugin(), prerenderedSitePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: requireChrome(),
        headless: true,
        args: chromeArgs,
        timeout: 180_000, // a busy machine starts the browser slowly
        // The browser runs in a zone far from China, so every China-time test means something.
        env: { ...process.env, TZ: 'America/Los_Angeles' },
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="zh-Hans">
      <head><meta charset="utf-8"><title>qiaolian-widgets tests</title></head>
      <body>
        <script type="module" src="/test/setup.ts"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  // Elements warn in the console about bad data by design; tests that care stub console.warn and
  // assert on it. Their warnings would otherwise bury the report (the XSS corpus alone writes hundreds),
  // as would Lit's notice that the tests run its development build.
  filterBrowserLogs: ({ type, args }) =>
    !(typeof args[0] === 'string' && ((type === 'warn' && args[0].startsWith('<ql-')) || args[0].startsWith('Lit is in dev mode'))),
  concurrency: 1,
  // Sized for a 2-core machine busy with other work (`npm run test:stress` keeps every core busy):
  // a test that waits for the browser fails on its own message (test/helpers.ts PATIENCE, 30 s)
  // before mocha's timeout; whole files and the browser's start get minutes.
  testFramework: { config: { timeout: 90_000 } },
  testsStartTimeout: 120_000,
  testsFinishTimeout: 20 * 60_000,
  browserStartTimeout: 180_000,
};
