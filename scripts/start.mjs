// npm start: serves the repository and prints the demo pages' addresses. The pages load the library
// straight from src/ (compiled on the fly), with the demo data in demo/data/.
import { createServer } from 'vite';

const server = await createServer({ server: { port: Number(process.env.PORT ?? 5173), host: process.env.HOST } });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
console.log(`
  qiaolian-widgets demo
    The Nanping article page (the seed page, rebuilt)  ${base}/demo/index.html
    The Songxi county site, with paginated news        ${base}/demo/songxi/index.html
    The Nanping portal, merging ten county feeds       ${base}/demo/portal.html
    An old CMS template (table layout, global resets)  ${base}/demo/legacy-template.html

  Press Ctrl+C to stop.
`);
