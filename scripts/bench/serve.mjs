// A static file server on 127.0.0.1 for the benchmarks: the repo's files, plus generated routes and
// raw handlers (for the broken-network figures: stalls, trickles, dropped connections).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.css': 'text/css' };

/** @typedef {() => [string, string | Buffer]} Route */
/** @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => void} Handler */

/**
 * Serves `root`; `routes` maps a path to a function returning [contentType, body]; `handlers` maps a
 * path prefix to a function that answers the request itself.
 * @param {string} root
 * @param {Record<string, Route>} [routes]
 * @param {Record<string, Handler>} [handlers]
 * @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
export function serve(root, routes = {}, handlers = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    try {
      const prefix = Object.keys(handlers).find((p) => path.startsWith(p));
      if (prefix) return handlers[prefix](req, res, url);
      if (routes[path]) {
        const [type, body] = routes[path]();
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        return res.end(body);
      }
      const file = resolve(base, `.${path}`);
      if (!file.startsWith(base)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}` })));
}

/**
 * A handler serving the files of `dir` under the path `prefix` (for a build outside the repo's paths).
 * @param {string} prefix @param {string} dir @returns {Handler}
 */
export function staticFiles(prefix, dir) {
  const base = resolve(dir);
  return async (_req, res, url) => {
    const file = resolve(base, `.${decodeURIComponent(url.pathname).slice(prefix.length - 1)}`);
    try {
      if (!file.startsWith(base)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
}
