// The `aggregate` command as a portal's cron job runs it: many county feeds on a real HTTP server,
// some failing, slow, paging without end or changing between runs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { feedFiles as writtenFiles, hashOf, mergeSources, RowFile, sourceRows } from '../../src/cli/aggregate-output.ts';
import { mergeItems } from '../../src/components/news-list/merge-feeds.ts';
import { checkDocument } from '../../src/contract/validate.ts';

const COUNTIES = 22;
// Generous, so the slow county (300 ms) stays within it on a loaded machine; only the stalled one runs out.
const TIMEOUT = 4000;
const MAX_PAGES = 4;
const pad = (n) => String(n).padStart(2, '0');
const HOUR = 3_600_000;
/** A date-time with offset, `hours` after 2024-01-01 00:00 China time. */
const at = (hours) => new Date(Date.UTC(2023, 11, 31, 16) + hours * HOUR).toISOString().replace('.000Z', '+00:00');

// What the server serves; the tests change it between runs.
const world = { failing: new Set(), extraItem: false };
const requests = []; // { path, conditional, status }

/** County n's page p (1 or 2): three rows each, at distinct times, linked by a relative `page.next`. */
function countyPage(n, p) {
  const id = pad(n);
  const items = [0, 1, 2].map((i) => ({
    id: `${id}-${p}-${i}`,
    title: `County ${id} news ${p}.${i}`,
    url: `a/${p}-${i}.html`,
    // Interleaves the counties, so the merge has real work to do.
    publishedAt: at(1000 - (p - 1) * 300 - i * 90 - n * 3),
  }));
  if (n === 3 && p === 1) items.push({ id: '03-pin', title: 'County 03 pinned notice', url: 'a/pin.html', publishedAt: at(1), pinned: true });
  if (n === 5 && p === 1) items.push({ title: 'Shared story, county 05 copy', url: 'http://shared.invalid/story.html', publishedAt: at(500) });
  if (n === 1 && p === 1) items.push({ title: 'Shared story, county 01 copy', url: 'http://shared.invalid/story.html', publishedAt: at(500) });
  // County 06 lists one article twice under two addresses; county 07 happens to use the same id.
  if (n === 6 && p === 2) items.push({ id: '06-1-0', title: 'County 06 repeat', url: 'a/repeat.html', publishedAt: at(10) });
  if (n === 7 && p === 1) items.push({ id: '06-1-0', title: 'County 07 own story', url: 'a/own.html', publishedAt: at(11) });
  if (n === 10 && p === 1 && world.extraItem) items.unshift({ id: '10-new', title: 'County 10 breaking news', url: 'a/new.html', publishedAt: at(2000) });
  if (n === 4 && p === 1) items[0].title = '@@GBK@@';
  return {
    version: 1,
    site: { name: `County ${id}`, url: `/c/${id}/` },
    channel: { id: 'news', name: 'News' },
    items,
    page: { number: p, totalPages: 2, ...(p === 1 ? { next: 'p2.json' } : { prev: 'p1.json' }) },
  };
}

const endlessPage = (kind, p) => ({
  version: 1,
  site: { name: `Endless ${kind}` },
  channel: { id: 'news', name: 'News' },
  items:
    kind === 'new' || p === 1
      ? [{ title: `Endless ${kind} ${p}`, url: `/endless/${kind}/${kind === 'new' ? p : 1}.html`, publishedAt: at(50 - p) }]
      : kind === 'same'
        ? [{ title: `Endless ${kind} 1`, url: `/endless/${kind}/1.html`, publishedAt: at(49) }]
        : [],
  page: { number: p, next: `?p=${p + 1}` },
});

function body(path, query) {
  const county = /^\/c\/(\d+)\/p([12])\.json$/.exec(path);
  if (county) return countyPage(Number(county[1]), Number(county[2]));
  const endless = /^\/endless\/(same|empty|new)$/.exec(path);
  if (endless) return endlessPage(endless[1], Number(query.get('p') ?? 1));
  if (path === '/fail/badnext.json') {
    const doc = endlessPage('badnext', 1);
    doc.items.push({ title: 'Hostile row', url: 'javascript:alert(1)', publishedAt: at(900) });
    return { ...doc, site: { name: 'Bad next' }, page: { next: 'http://[oops' } };
  }
  return undefined;
}

let server;
let origin;
const stalled = [];

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const entry = { path: url.pathname, conditional: !!(req.headers['if-none-match'] || req.headers['if-modified-since']), status: 0 };
    requests.push(entry);
    const send = (status, headers = {}, payload = '') => {
      entry.status = status;
      res.writeHead(status, headers).end(payload);
    };
    if (url.pathname === '/fail/stall.json') return void stalled.push(res);
    if (url.pathname === '/fail/500.json' || world.failing.has(url.pathname)) return send(500);
    if (url.pathname === '/fail/bad.json') return send(200, { 'content-type': 'application/json' }, '{"version": 1,');
    const doc = body(url.pathname, url.searchParams);
    if (!doc) return send(404);
    const text = JSON.stringify(doc);
    // County 04's CMS writes GBK and says so.
    const bytes = text.includes('@@GBK@@')
      ? Buffer.concat(text.split('@@GBK@@').flatMap((part, i) => (i ? [Buffer.from('cbc9cfaac7c8c1aa', 'hex'), Buffer.from(part)] : [Buffer.from(part)])))
      : Buffer.from(text);
    const charset = text.includes('@@GBK@@') ? 'gbk' : 'utf-8';
    // Odd counties answer with ETags, even ones with Last-Modified, as different CMSes do.
    const countyNumber = Number(/^\/c\/(\d+)\//.exec(url.pathname)?.[1] ?? 1);
    const validator =
      countyNumber % 2
        ? { etag: `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"` }
        : { 'last-modified': new Date(Date.UTC(2024, 0, 1) + (world.extraItem ? 1000 : 0)).toUTCString() };
    if (
      (validator.etag && req.headers['if-none-match'] === validator.etag) ||
      (validator['last-modified'] && req.headers['if-modified-since'] === validator['last-modified'])
    ) {
      return send(304, validator);
    }
    const reply = () => send(200, { 'content-type': `application/json; charset=${charset}`, ...validator }, bytes);
    // County 08 is slow but within the timeout.
    if (url.pathname.startsWith('/c/08/')) setTimeout(reply, 300);
    else reply();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  for (const res of stalled) res.destroy();
  server.closeAllConnections();
  server.close();
});

const dir = mkdtempSync(join(tmpdir(), 'ql-aggregate-'));
const out = join(dir, 'portal');

/** One feed kept on disk beside the portal, paging to a second file, with URLs relative to itself. */
function writeDiskFeed() {
  mkdirSync(join(dir, 'disk'), { recursive: true });
  const page = (p, items, next) => ({ version: 1, site: { name: 'Disk county', url: 'index.html' }, channel: { id: 'news', name: 'News' }, items, page: next ? { next } : {} });
  writeFileSync(join(dir, 'disk', 'feed.json'), JSON.stringify(page(1, [{ title: 'On disk 1', url: 'a/1.html', publishedAt: at(700) }], 'feed-2.json')));
  writeFileSync(join(dir, 'disk', 'feed-2.json'), JSON.stringify(page(2, [{ title: 'On disk 2', url: 'a/2.html', publishedAt: at(20) }])));
}

function sources() {
  const counties = Array.from({ length: COUNTIES }, (_, i) => `${origin}/c/${pad(i + 1)}/p1.json`);
  const list = join(dir, 'feeds.txt');
  // Most feeds come from a list file, as a cron job keeps them; two are named on the command line.
  writeFileSync(
    list,
    [
      '# county feeds',
      ...counties.slice(2),
      '',
      `${origin}/fail/500.json   # down since Monday`,
      `${origin}/fail/bad.json`,
      `${origin}/fail/stall.json`,
      `${origin}/fail/badnext.json`,
      ...['same', 'empty', 'new'].map((kind) => `${origin}/endless/${kind}`),
      'disk/feed.json',
    ].join('\n'),
  );
  return [counties[0], counties[1], '--list', list];
}

function aggregate(...args) {
  return new Promise((resolve) => {
    const child = spawn(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'aggregate', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const run = () =>
  aggregate('--out', out, '--page-size', '7', '--timeout', String(TIMEOUT), '--concurrency', '6', '--max-pages', String(MAX_PAGES), '--site-name', '南平市侨联', ...sources());

const feedFiles = () =>
  Object.fromEntries(
    readdirSync(out)
      .filter((name) => name.startsWith('feed-'))
      .map((name) => [name, readFileSync(join(out, name), 'utf8')]),
  );
const status = () => JSON.parse(readFileSync(join(out, 'status.json'), 'utf8'));
const statusOf = (path) => status().sources.find((source) => source.src.endsWith(path));
const rowsOf = (files) => Object.keys(files).sort((a, b) => parseInt(a.slice(5)) - parseInt(b.slice(5))).flatMap((name) => JSON.parse(files[name]).items);
const countRequests = (test) => requests.filter((entry) => test(entry.path)).length;
// In whole seconds, as Last-Modified and a web server's ETag see them.
const fileTimes = () => Object.fromEntries(Object.keys(feedFiles()).map((name) => [name, Math.floor(statSync(join(out, name)).mtimeMs / 1000)]));

let first;

test('first run: one merged feed in valid, linked pages, newest first, without duplicates or county pins', async () => {
  writeDiskFeed();
  const result = await run();
  assert.equal(result.status, 1, result.stderr); // three feeds failed
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, 30 + 1, result.stdout);
  assert.match(lines.at(-1), /^30 feed\(s\): 27 answered, 3 failed; \d+ items in \d+ file\(s\)/);

  first = feedFiles();
  const names = Object.keys(first);
  const docs = names.map((name) => JSON.parse(first[name]));
  const rows = rowsOf(first);
  const total = rows.length;
  assert.equal(names.length, Math.ceil(total / 7));
  for (const [i, doc] of docs.entries()) {
    const number = Number(/^feed-(\d+)\.json$/.exec(names[i])[1]);
    const checked = checkDocument('feed', doc, `https://portal.invalid/news/${names[i]}`);
    assert.ok(checked.ok, `${names[i]}: ${JSON.stringify(checked.problems)}`);
    assert.deepEqual(doc.site, { name: '南平市侨联' });
    assert.deepEqual(doc.page, {
      number,
      size: 7,
      totalItems: total,
      totalPages: names.length,
      ...(number < names.length ? { next: `feed-${number + 1}.json` } : {}),
      ...(number > 1 ? { prev: `feed-${number - 1}.json` } : {}),
    });
  }

  const times = rows.map((row) => Date.parse(row.publishedAt));
  assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest first');
  assert.ok(rows.every((row) => !('pinned' in row)), 'no county pin on the portal');
  assert.equal(new Set(rows.map((row) => row.url)).size, total, 'no URL twice');
  // Same URL from two counties: one row, from the county listed first (both have the same time).
  assert.deepEqual(rows.filter((row) => row.url === 'http://shared.invalid/story.html').map((row) => row.site.name), ['County 01']);
  // Same id twice from one site: one row; the same id from another site is another article.
  assert.deepEqual(rows.filter((row) => row.id === '06-1-0').map((row) => `${row.site.name}: ${row.title}`), ['County 06: County 06 news 1.0', 'County 07: County 07 own story']);
  // Every row keeps its county, with the county's address resolved.
  const row = rows.find((r) => r.id === '12-2-1');
  assert.deepEqual(row.site, { name: 'County 12', url: `${origin}/c/12/` });
  assert.equal(row.url, `${origin}/c/12/a/2-1.html`);
  assert.equal(rows.find((r) => r.id === '04-1-0').title, '松溪侨联', 'GBK decoded as the server declared');
  // A feed on disk keeps its relative addresses, now relative to the portal's folder.
  assert.deepEqual(rows.filter((r) => r.site.name === 'Disk county').map((r) => [r.url, r.site.url]), [
    ['../disk/a/1.html', '../disk/index.html'],
    ['../disk/a/2.html', '../disk/index.html'],
  ]);
  // All good counties, both pages each, are there (minus the duplicates above): paging was followed.
  assert.equal(new Set(rows.filter((r) => /^County \d+$/.test(r.site.name)).map((r) => r.site.name)).size, COUNTIES);
  assert.equal(rows.filter((r) => r.site.name === 'County 09').length, 6);

  const failures = Object.fromEntries(
    status().sources.filter((s) => !s.ok).map((s) => [s.src.replace(origin, ''), [s.error, s.usedLastGood, s.items]]),
  );
  assert.deepEqual(failures, {
    '/fail/500.json': ['HTTP 500', false, 0],
    '/fail/bad.json': [failures['/fail/bad.json'][0], false, 0],
    '/fail/stall.json': [`超时 / timed out after ${TIMEOUT} ms`, false, 0],
  });
  assert.match(failures['/fail/bad.json'][0], /not valid JSON/);
  // An unusable `page.next` costs only the paging: the file's rows are shown and the link is named.
  assert.equal(statusOf('/fail/badnext.json').ok, true);
  assert.equal(statusOf('/fail/badnext.json').items, 1);
  assert.match(statusOf('/fail/badnext.json').warnings.join('\n'), /page\.next/);
  // A row the contract cannot use is left out and named; the file's other rows stay.
  assert.match(statusOf('/fail/badnext.json').warnings.join('\n'), /items\[1\]\.url/);
  assert.ok(!rows.some((r) => r.title === 'Hostile row'));
});

test('first run: endless paging costs a bounded number of requests', () => {
  assert.equal(countRequests((path) => path === '/endless/same'), 2, 'a file that repeats the last one ends the chain');
  assert.equal(countRequests((path) => path === '/endless/empty'), 2, 'an empty file ends the chain');
  assert.equal(countRequests((path) => path === '/endless/new'), MAX_PAGES, '--max-pages caps an API that never ends');
  assert.match(statusOf('/endless/new').warnings.join('\n'), /--max-pages/);
});

test('second run: unchanged feeds answer 304 and the output is byte for byte the same; a failing county keeps its last good copy', async () => {
  const firstSuccess = statusOf('/c/09/p1.json').lastSuccess;
  world.failing.add('/c/09/p1.json');
  requests.length = 0;
  const before = fileTimes();
  const result = await run();
  assert.equal(result.status, 1);
  assert.deepEqual(feedFiles(), first);
  // Same bytes, same modification time: the web server's own ETags stay valid for readers.
  assert.deepEqual(fileTimes(), before);

  const county = requests.filter((entry) => entry.path.startsWith('/c/') && !entry.path.startsWith('/c/09/'));
  assert.equal(county.length, (COUNTIES - 1) * 2);
  assert.deepEqual(new Set(county.map((entry) => `${entry.conditional} ${entry.status}`)), new Set(['true 304']));

  const nine = statusOf('/c/09/p1.json');
  assert.deepEqual([nine.ok, nine.error, nine.usedLastGood, nine.lastSuccess, nine.items], [false, 'HTTP 500', true, firstSuccess, 6]);
  assert.match(result.stdout, /FAILED {2}County 09 \(.*\/c\/09\/p1\.json\): HTTP 500; kept the last good copy of /);
  assert.equal(status().totals.usedLastGood, 1);
});

test('third run: a county that changed is read again and its new row leads the portal', async () => {
  world.failing.clear();
  world.extraItem = true;
  requests.length = 0;
  const result = await run();
  assert.equal(result.status, 1);
  const rows = rowsOf(feedFiles());
  assert.deepEqual([rows[0].title, rows[0].site.name], ['County 10 breaking news', 'County 10']);
  assert.equal(rows.length, rowsOf(first).length + 1);
  // The changed county (Last-Modified moved for even counties) is fetched whole; odd counties still answer 304.
  assert.ok(requests.some((entry) => entry.path === '/c/10/p1.json' && entry.status === 200));
  assert.ok(requests.some((entry) => entry.path === '/c/11/p1.json' && entry.status === 304));
  assert.equal(statusOf('/c/09/p1.json').ok, true);
});

test('a run killed before it finished leaves no row file behind the next run', async () => {
  const small = join(dir, 'after-kill');
  const cache = join(dir, 'after-kill.cache');
  mkdirSync(cache, { recursive: true });
  // A process id no process has (above the kernel's highest), and one that runs: this test's own.
  writeFileSync(join(cache, 'rows-4194999.tmp'), 'rows of a killed run');
  writeFileSync(join(cache, `rows-${process.pid}.tmp`), 'rows of a run under way');
  const ok = await aggregate('--out', small, `${origin}/c/01/p1.json`);
  assert.equal(ok.status, 0, ok.stderr);
  const left = readdirSync(cache).filter((name) => name.startsWith('rows-'));
  assert.deepEqual(left, [`rows-${process.pid}.tmp`]);
});

test('all feeds answering exits 0; wrong usage exits 2 and says why', async () => {
  const small = join(dir, 'small');
  const ok = await aggregate('--out', small, `${origin}/c/01/p1.json`, `${origin}/c/02/p1.json`);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^2 feed\(s\): 2 answered, 0 failed; 13 items in 1 file\(s\)/m);

  const cases = [
    [[`${origin}/c/01/p1.json`], /--out DIR is required/],
    [['--out', small], /no feeds given/],
    [['--out', small, '--page-size', '0', 'x.json'], /--page-size must be a whole number/],
    [['--out', small, '--frobnicate', 'x.json'], /unknown option --frobnicate/],
    // The output folder is replaced whole: a folder holding anything else is refused, not emptied.
    [['--out', dir, 'x.json'], /holds files this command did not write/],
  ];
  const results = await Promise.all(cases.map(([args]) => aggregate(...args)));
  for (const [i, [args, reason]] of cases.entries()) {
    assert.equal(results[i].status, 2, args.join(' '));
    assert.match(results[i].stderr, reason);
  }
  assert.ok(readdirSync(dir).includes('feeds.txt'));
});

test("the merge keeps the list's order and duplicates, and writes the bytes JSON.stringify gives the whole feed", () => {
  // Ties in time, URLs and ids repeated within and across sites, rows of an aggregate naming their own
  // site, pins, rows without an id, and two URLs whose hashes are equal: all as mergeItems decides.
  const byHash = new Map();
  let collision;
  for (let n = 0; !collision; n++) {
    const url = `https://c.invalid/${n}.html`;
    const hash = hashOf(url);
    if (byHash.has(hash)) collision = [byHash.get(hash), url];
    else byHash.set(hash, url);
  }
  const sources = Array.from({ length: 12 }, (_, s) => ({
    site: { name: `Site ${s % 10}`, url: `https://s${s}.invalid/` },
    items: Array.from({ length: 40 }, (_, i) => ({
      ...((s * 7 + i) % 5 ? { id: `n${(s * 3 + i) % 17}` } : {}),
      title: `标题 ${s}-${i}`,
      url: i === 0 ? collision[s % 2] : `https://x.invalid/${(s * 11 + i * 7) % 90}.html`,
      publishedAt: at((s * 5 + i * 3) % 23),
      ...(i % 13 === 4 ? { pinned: true } : {}),
      ...(s === 11 && i % 3 === 0 ? { site: { name: `Own ${i % 4}` } } : {}),
    })),
  }));

  const expected = mergeItems(
    sources.flatMap(({ site, items }) =>
      structuredClone(items).map((item) => {
        if (item.pinned !== undefined) item.pinned = undefined;
        item.site ??= site;
        return item;
      }),
    ),
    (item) => item.site.name,
  );
  assert.ok(expected.length < 12 * 40 - 100, 'the sample has duplicates to leave out');
  assert.deepEqual(collision.map((url) => expected.filter((item) => item.url === url).length), [1, 1], 'equal hashes, two rows');

  const folder = mkdtempSync(join(tmpdir(), 'ql-merge-'));
  const file = new RowFile(folder);
  try {
    const merged = mergeSources(file, sources.map(({ site, items }) => sourceRows(file, site, items)));
    const head = { site: { name: 'Portal' }, channel: { id: 'c', name: 'C' } };
    const written = [...writtenFiles(file, merged, 9, head)];
    const pages = Math.ceil(expected.length / 9);
    assert.deepEqual(
      written.map(([name, bytes]) => [name, bytes.toString()]),
      Array.from({ length: pages }, (_, i) => [
        `feed-${i + 1}.json`,
        `${JSON.stringify({
          version: 1,
          ...head,
          items: expected.slice(i * 9, (i + 1) * 9),
          page: { number: i + 1, size: 9, totalItems: expected.length, totalPages: pages, ...(i + 1 < pages ? { next: `feed-${i + 2}.json` } : {}), ...(i ? { prev: `feed-${i}.json` } : {}) },
        })}\n`,
      ]),
    );
  } finally {
    file.remove();
  }
  assert.deepEqual(readdirSync(folder), [], 'the row file is gone');
});
