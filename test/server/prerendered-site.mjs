// The demo site rendered on the server (`qiaolian-widgets render`), for test/prerendered.test.ts:
// written once when the test server starts, into node_modules/.cache/qiaolian-prerendered/, and served
// from there like any file of the repository. It points at the built drop-in (dist/cdn), which
// `npm run test:browser` builds first.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

export const PRERENDERED_DIR = 'node_modules/.cache/qiaolian-prerendered';
export const PRERENDERED_PAGES = [
  'demo/index.html',
  'demo/songxi/index.html',
  'demo/songxi/article.html',
  'demo/portal.html',
  'demo/legacy-template.html',
  'demo/themes/sample.html',
];

export function prerenderedSitePlugin() {
  return {
    name: 'prerendered-site',
    serverStart() {
      if (!existsSync('dist/cdn/qiaolian-widgets.js')) return; // a run without the drop-in: the test says so
      rmSync(PRERENDERED_DIR, { recursive: true, force: true });
      const args = ['--import', 'tsx', 'src/cli/main.ts', 'render', ...PRERENDERED_PAGES, '--root', 'demo'];
      args.push('--out', PRERENDERED_DIR, '--base-url', 'https://nanping.example.org/', '--drop-in', 'dist/cdn/qiaolian-widgets.js');
      // Warnings (the portal's missing county) are expected; a failure stops the run here, loudly.
      execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      // Beside them, a page not rendered on the server that loads the same drop-in file.
      writeFileSync(
        `${PRERENDERED_DIR}/plain.html`,
        '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>plain</title>' +
          '<script type="module" src="qiaolian-widgets/qiaolian-widgets.js"></script></head>' +
          '<body><ql-site-footer src="/demo/data/site.json"></ql-site-footer></body></html>',
      );
    },
  };
}
