// Endpoints the browser tests fetch, to exercise real network behaviour: errors, stalls, counts.
//   /__test__/status/500          answers with that status
//   /__test__/stall?key=K         never answers; records when the browser gives up (aborts)
//   /__test__/delay/300?file=P    serves repo file P after 300 ms
//   /__test__/text?body=...       answers 200 with that body as application/json (for malformed JSON)
//   /__test__/stats?key=K         {requests, aborted} seen for key K so far (key from ?key=)
//   /__test__/redirect-loop/a     301 to .../b, which answers 301 back to .../a, for ever
//   /__test__/drop?file=P         sends the headers and half of repo file P, then destroys the socket
//   /__test__/trickle/MS?file=P&chunk=N   sends file P N bytes (default 16) every MS ms; records aborts
//   /__test__/big-feed/N          a valid Feed document of N items, newest first
//   /__test__/recover/N?key=K&file=P      answers 503 to the first N requests for key K, then serves P
//   /__test__/fail-next?path=P    the next request for a path starting with P (a lazy chunk, say) fails as
//                                 if offline; /__test__/stats?key=fail-next:P counts those failed
//   /__test__/encoded/E?body=JSON[&charset=C]   the JSON text encoded as E (gbk, big5 or utf-8-bom), served
//                                 as application/json with `; charset=C` only when C is given
//   /__test__/endless/N?key=K[&rows=R&mode=repeat]  a dynamic CMS API: page N of a feed whose page.next always
//                                 links page N+1; page 1 holds R rows (default 3), later pages none, or with
//                                 mode=repeat the same rows again; every page states totalItems 1000
// And one header rule:
//   /demo/csp/…?report=K          served with STRICT_CSP, the policy the strict-CSP demo page must meet; with
//                                 ?report=K, also report-only with the same policy, reporting to:
//   /__test__/csp-report?key=K    POST: stores a violation report; GET: the reports stored for key K
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const stats = new Map();
const statsFor = (key) => {
  if (!stats.has(key)) stats.set(key, { requests: 0, aborted: 0 });
  return stats.get(key);
};
const root = resolve('.');

/** Encoders for the legacy encodings Node can only decode: each character's bytes, found by decoding every pair. */
const encoders = new Map();
function encoderFor(encoding) {
  if (!encoders.has(encoding)) {
    const decoder = new TextDecoder(encoding);
    const table = new Map();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
    encoders.set(encoding, table);
  }
  const table = encoders.get(encoding);
  return (text) =>
    Buffer.from(
      [...text].flatMap((char) => {
        if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
        const bytes = table.get(char);
        if (!bytes) throw new Error(`${char} has no ${encoding} bytes`);
        return bytes;
      }),
    );
}

async function readRepoFile(path) {
  const file = resolve(root, String(path));
  if (!file.startsWith(root)) throw new Error(`outside the repository: ${path}`);
  return readFile(file, 'utf8');
}

/** Path prefixes whose next request fails (see fail-next). */
const failNext = new Set();
/**
 * The lazy chunks test/lazy-import.test.ts makes fail: never kept by the browser, which the runner lets
 * keep every module for a year, so that test can fail them whatever test file loaded them before.
 */
const UNCACHED = ['/src/components/share-bar/qr-popover.', '/src/components/share-bar/opt-in-targets.'];

/** Violation reports of the strict-CSP page, by key. */
const cspReports = new Map();

/**
 * The strictest policy a site can set for the widgets: scripts and styles from the site itself, Trusted
 * Types enforced, and only two policy names allowed: ours (the sanitizer) and `lit-html`, the policy
 * Lit creates when its module loads to build templates. Listing only `qiaolian-widgets` refuses
 * Lit's policy and no element is defined.
 */
export const STRICT_CSP =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types qiaolian-widgets lit-html";

export async function testEndpoints(ctx, next) {
  if (UNCACHED.some((prefix) => ctx.path.startsWith(prefix))) {
    // The runner sets its caching header after this middleware has run: replace it as the headers go out.
    const { res } = ctx;
    const writeHead = res.writeHead;
    res.writeHead = (...args) => {
      res.setHeader('cache-control', 'no-store');
      return writeHead.apply(res, args);
    };
  }
  const failing = [...failNext].find((prefix) => ctx.path.startsWith(prefix));
  if (failing) {
    // Cut off mid-body, as when the network drops: the browser neither retries it nor caches it (a 503 would
    // be cached, since the dev server marks every module immutable; an empty drop is retried at once).
    failNext.delete(failing);
    statsFor(`fail-next:${failing}`).requests++;
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'text/javascript', 'content-length': 1000, 'cache-control': 'no-store' });
    ctx.res.write('export ');
    await new Promise((done) => setTimeout(done, 50));
    ctx.req.socket.destroy();
    return;
  }
  if (ctx.path.startsWith('/demo/csp/')) {
    ctx.set('content-security-policy', STRICT_CSP);
    // Events fired while the page's modules start cannot be heard from outside its frame; reports can.
    const report = ctx.query.report;
    if (report) ctx.set('content-security-policy-report-only', `${STRICT_CSP}; report-uri /__test__/csp-report?key=${encodeURIComponent(report)}`);
    return next();
  }
  if (ctx.path === '/__test__/csp-report') {
    const reports = cspReports.get(ctx.query.key) ?? [];
    cspReports.set(ctx.query.key, reports);
    ctx.set('cache-control', 'no-store');
    if (ctx.method === 'POST') {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      reports.push(JSON.parse(body)['csp-report'] ?? body);
      ctx.status = 204;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(reports);
    return;
  }
  if (!ctx.path.startsWith('/__test__/')) return next();
  const key = ctx.query.key;
  if (key && !ctx.path.startsWith('/__test__/stats')) statsFor(key).requests++;
  const [, , kind, arg] = ctx.path.split('/');
  ctx.set('cache-control', 'no-store');
  switch (kind) {
    case 'status':
      ctx.status = Number(arg);
      ctx.body = `status ${arg}`;
      return;
    case 'stall':
      ctx.respond = false;
      await new Promise((done) => {
        ctx.req.on('close', () => {
          if (key) statsFor(key).aborted++;
          done(undefined);
        });
      });
      return;
    case 'delay': {
      await new Promise((done) => setTimeout(done, Number(arg)));
      const file = resolve(root, String(ctx.query.file));
      if (!file.startsWith(root)) return (ctx.status = 403);
      ctx.type = 'application/json';
      ctx.body = await readFile(file, 'utf8');
      return;
    }
    case 'text':
      ctx.type = 'application/json';
      ctx.body = String(ctx.query.body ?? '');
      return;
    case 'redirect-loop': {
      const other = arg === 'a' ? 'b' : 'a';
      ctx.status = 301;
      ctx.redirect(`/__test__/redirect-loop/${other}${ctx.search}`);
      ctx.status = 301;
      return;
    }
    case 'drop': {
      const body = Buffer.from(await readRepoFile(ctx.query.file));
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'cache-control': 'no-store' });
      ctx.res.write(body.subarray(0, body.length >> 1));
      await new Promise((done) => setTimeout(done, 50));
      ctx.req.socket.destroy();
      return;
    }
    case 'trickle': {
      const body = Buffer.from(await readRepoFile(ctx.query.file));
      const chunk = Number(ctx.query.chunk ?? 16);
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'cache-control': 'no-store' });
      await new Promise((done) => {
        let sent = 0;
        const timer = setInterval(() => {
          ctx.res.write(body.subarray(sent, (sent += chunk)));
          if (sent >= body.length) finish(false);
        }, Number(arg));
        const finish = (aborted) => {
          clearInterval(timer);
          if (aborted && key) statsFor(key).aborted++;
          if (!aborted) ctx.res.end();
          done(undefined);
        };
        ctx.res.on('close', () => sent < body.length && finish(true));
      });
      return;
    }
    case 'recover': {
      if (statsFor(key).requests <= Number(arg)) {
        ctx.status = 503;
        ctx.body = 'not yet';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await readRepoFile(ctx.query.file);
      return;
    }
    case 'big-feed': {
      const start = Date.UTC(2024, 0, 4, 2);
      const items = Array.from({ length: Number(arg) }, (_, i) => ({
        title: `松溪县侨联第${i}条消息：凝侨心 护侨益 聚侨力`,
        url: `/news/${i}.html`,
        publishedAt: new Date(start - i * 3_600_000).toISOString(),
        source: '本站原创',
      }));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ version: 1, site: { name: '松溪县侨联' }, channel: { id: 'qjyw', name: '侨界要闻' }, items });
      return;
    }
    case 'encoded': {
      const text = String(ctx.query.body ?? '');
      const body =
        arg === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) : encoderFor(arg)(text);
      // Set by hand: Koa's `ctx.type` would add `charset=utf-8` to every JSON answer.
      ctx.set('content-type', `application/json${ctx.query.charset ? `; charset=${ctx.query.charset}` : ''}`);
      ctx.body = body;
      return;
    }
    case 'endless': {
      const page = Number(arg);
      const start = Date.UTC(2024, 0, 4, 2);
      const rows = Array.from({ length: Number(ctx.query.rows ?? 3) }, (_, i) => ({
        title: `建阳区侨联第${i}条消息`,
        url: `/endless/${i}.html`,
        publishedAt: new Date(start - i * 3_600_000).toISOString(),
      }));
      const items = page === 1 || ctx.query.mode === 'repeat' ? rows : [];
      const next = `/__test__/endless/${page + 1}${ctx.search}`;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        version: 1,
        site: { name: '建阳区侨联' },
        channel: { id: 'qjyw', name: '侨界要闻' },
        items,
        page: { number: page, totalItems: 1000, next },
      });
      return;
    }
    case 'fail-next':
      failNext.add(String(ctx.query.path));
      ctx.status = 204;
      return;
    case 'stats':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(statsFor(key));
      return;
    default:
      return next();
  }
}
