// npm start: serves the repository and prints the demo pages' addresses. The pages load the library
// straight from src/ (compiled on the fly), with the demo data in demo/data/. Each step says what it
// does as it starts: the dictionary (generated on a machine's first run, with its progress, then
// taken from the cache) and the development server.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const began = performance.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
console.log('qiaolian-widgets demo: checking the 简/繁 dictionary, then starting the development server');

const code = await new Promise((done) => {
  const child = spawn(process.execPath, [join(root, 'scripts/build-dictionaries.mjs')], { cwd: root, stdio: 'inherit' });
  child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(error);
    done(1);
  });
});
if (code !== 0) process.exit(code);

console.log('qiaolian-widgets demo: starting the development server');
// Vite is loaded only now, so the first line above appears at once.
const { createServer } = await import('vite');
const server = await createServer({ root, server: { port: Number(process.env.PORT ?? 5173), host: process.env.HOST } });
await server.listen();
const base = (server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.server.port}/`).replace(/\/$/, '');
console.log(`
  qiaolian-widgets demo, ready in ${((performance.now() - began) / 1000).toFixed(1)} s
    The Nanping article page (the seed page, rebuilt)  ${base}/demo/index.html
    The Songxi county site, with paginated news        ${base}/demo/songxi/index.html
    The Nanping portal, merging ten county feeds       ${base}/demo/portal.html
    The same feeds aggregated once, paged file by file ${base}/demo/province.html

  Press Ctrl+C to stop.
`);
