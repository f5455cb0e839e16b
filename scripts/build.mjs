// npm run build: everything in dist/, then the gzip size of each file.
//   dist/*.js, dist/components/…   ES modules for npm users (Lit left as a dependency) + .d.ts
//   dist/cdn/qiaolian-widgets.js   the drop-in file, with its lazy chunks in dist/cdn/chunks/
//   dist/cdn/qiaolian-widgets.css  the cloak: hides elements' raw markup until they are defined (≤ 1 s)
//   dist/custom-elements.json      the Custom Elements Manifest
//   dist/vscode.html-custom-data.json  tags and attributes for editors' completion
//   dist/schema/*.schema.json      the data contract as JSON Schema
//   dist/cli.js                    the `qiaolian-widgets` command (validate, inline, aggregate, render)
//   dist/ssr.js                    `qiaolian-widgets/ssr`: renderPage, for Node
//   dist/hydrate.js                `qiaolian-widgets/hydrate.js`: hydration of server-rendered pages
//   dist/site/                     the demo site rendered on the server (Nanping article, Songxi, portal)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => join('node_modules', '.bin', name);

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), 'build', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'cdn', '--logLevel', 'warn');
run(bin('tsc'), '-p', 'tsconfig.build.json');
run('npm', 'run', '--silent', 'analyze');
run('node', 'scripts/vscode-data.mjs');
run(bin('tsx'), 'src/cli/write-schemas.ts', 'dist/schema');
// Node code: the command and `qiaolian-widgets/ssr`. Their dependencies stay imports (one Lit for the
// server renderer and the elements it renders); the elements themselves come from the npm build above.
run(bin('esbuild'), 'src/cli/main.ts', 'src/ssr/index.ts', '--bundle', '--splitting', '--platform=node', '--format=esm',
  '--target=node20', '--packages=external', '--outdir=dist/node', '--entry-names=[name]', '--chunk-names=chunks/[name]-[hash]',
  '--log-level=warning');
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './node/main.js';\n", { mode: 0o755 });
writeFileSync('dist/ssr.js', "export * from './node/index.js';\n");

// The demo site, rendered on the server as a county without a CMS would publish it.
run('node', 'dist/cli.js', 'render', 'demo/index.html', 'demo/songxi/index.html', 'demo/songxi/article.html', 'demo/portal.html',
  '--root', 'demo', '--out', 'dist/site', '--base-url', 'https://nanping.example.org/', '--drop-in', 'dist/cdn/qiaolian-widgets.js');

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const rows = [...files('dist')]
  .filter((path) => /\.(js|json)$/.test(path))
  .map((path) => {
    const bytes = readFileSync(path);
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => a.path.localeCompare(b.path));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log(`\n${'file'.padEnd(60)}      raw     gzip`);
for (const { path, raw, gzip } of rows) console.log(`${path.padEnd(60)}${kb(raw)}${kb(gzip)}`);
