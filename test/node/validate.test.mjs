// The `validate` command, as a webmaster runs it before uploading data files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const validate = (...files) =>
  spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'validate', ...files], { encoding: 'utf8' });

const demoFiles = () => {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      // status.json is the aggregate command's report on its sources, not a contract document.
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.json') && entry.name !== 'status.json' ? [join(dir, entry.name)] : [],
    );
  return walk('demo/data');
};

test('every demo data file is valid: exit 0, no problem lines', () => {
  const files = demoFiles();
  assert.ok(files.length >= 2);
  const run = validate(...files);
  assert.equal(run.stdout, '');
  assert.equal(run.status, 0, run.stderr);
});

test('a broken file exits 1 and names the file, the path and the problem in both languages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ql-validate-'));
  const feed = join(dir, 'feed.json');
  writeFileSync(
    feed,
    JSON.stringify({
      version: 1,
      site: { name: '松溪县侨联' },
      channel: { id: 'qldt', name: '' },
      items: [{ title: '好', url: 'a.html', publishedAt: '2024-01-04T10:40:01+08:00' }],
    }),
  );
  const notJson = join(dir, 'broken.json');
  writeFileSync(notJson, '{"version": 1,');
  const run = validate('demo/data/site.json', feed, notJson);
  assert.equal(run.status, 1);
  const lines = run.stdout.trim().split('\n');
  assert.deepEqual(lines.slice(0, 1), [`${feed}: channel.name: 不能为空 / must not be empty`]);
  assert.match(lines[1], new RegExp(`^${notJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\(document\\): 不是有效的 JSON / not valid JSON`));
  assert.equal(lines.length, 2);
});

test('a CMS export with blank fields, placeholder links and dates without offsets is usable: warnings, exit 0; --strict fails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ql-validate-'));
  const feed = join(dir, 'feed.json');
  writeFileSync(
    feed,
    JSON.stringify({
      version: 1,
      site: { name: '松溪县侨联', url: '' },
      channel: { id: 'qldt', name: '侨联动态', url: 'javascript:void(0)' },
      items: [
        { title: '好', url: 'a.html', publishedAt: '2024-01-04 10:40:01', source: '', summary: '  ' },
        { title: '占位', url: 'javascript:void(0)', publishedAt: '2024-01-03T09:00:00+08:00' },
        { title: '不存在的日子', url: 'c.html', publishedAt: '2024-02-30T10:00:00+08:00' },
      ],
    }),
  );
  const run = validate(feed);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(
    run.stdout.trim().split('\n').map((line) => line.slice(feed.length + 2).replace(/:.*/, '')).sort(),
    ['channel.url', 'items[0].publishedAt', 'items[1].url', 'items[2].publishedAt'],
  );
  assert.match(run.stderr, /1 file\(s\) with warnings/);
  assert.equal(validate('--strict', feed).status, 1);
});

test('malformed filing numbers are warnings naming the field', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ql-validate-')), 'site.json');
  const site = JSON.parse(readFileSync('demo/data/site.json', 'utf8'));
  writeFileSync(file, JSON.stringify({ ...site, filing: { icp: '闽ICP备123号', police: '闽公网安备3501020200072号', siteCode: '35' } }));
  const run = validate(file);
  assert.equal(run.status, 0, run.stderr);
  for (const field of ['filing.icp', 'filing.police', 'filing.siteCode']) assert.match(run.stdout, new RegExp(`: ${field}: .*official format`));
});

test('wrong usage explains itself and exits 2', () => {
  const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Usage: qiaolian-widgets validate \[--strict\] FILE/);
});

const cli = (...args) => spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', ...args], { encoding: 'utf8' });
const tempDir = () => mkdtempSync(join(tmpdir(), 'ql-validate-'));

test('a GBK file (as old CMSes write) is read, reported as not UTF-8, and fails only with --strict', () => {
  const file = join(tempDir(), 'site.json');
  // 南平市侨联 and 南平市归国华侨联合会 in GBK bytes, as an old CMS exports them.
  const name = Buffer.from('c4cfc6bdcad0c7c8c1aa', 'hex');
  const organization = Buffer.from('c4cfc6bdcad0b9e9b9fabbaac7c8c1aabacfbbe1', 'hex');
  writeFileSync(file, Buffer.concat([Buffer.from('{"version":1,"name":"'), name, Buffer.from('","organization":"'), organization, Buffer.from('"}')]));
  const run = cli('validate', file);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /GB18030/);
  const strict = cli('validate', '--strict', file);
  assert.equal(strict.status, 1);
  // And the text was decoded, not turned into mojibake: the inline block carries the real name.
  assert.match(cli('inline', file).stdout, /南平市归国华侨联合会/);
});

test('a UTF-8 byte-order mark is accepted', () => {
  const file = join(tempDir(), 'site.json');
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync('demo/data/site.json')]));
  const run = cli('validate', file);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.stdout, '');
});

test('a directory argument says it is a directory', () => {
  const run = cli('validate', 'demo/data');
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^demo\/data: \(document\): .*is a directory/);
});

test('a string that would end an inline block is a warning, and inline prints a block that keeps it', () => {
  const file = join(tempDir(), 'article.json');
  const doc = { version: 1, title: '标题</script><script>alert(1)</script>', publishedAt: '2024-01-04T10:40:01+08:00', body: [{ type: 'paragraph', text: '<!-- 注释' }] };
  writeFileSync(file, JSON.stringify(doc));
  const run = cli('validate', file);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /: title: .*inline JSON block/);
  assert.match(run.stdout, /: body\[0\]\.text: .*inline JSON block/);
  const block = cli('inline', file).stdout;
  assert.ok(block.startsWith('<script type="application/json">\n'));
  const inner = block.slice(block.indexOf('\n') + 1, block.lastIndexOf('\n</script>'));
  assert.ok(!/<\/script|<!--/i.test(inner), 'nothing inside can end the block');
  assert.deepEqual(JSON.parse(inner), doc);
});

test('unknown commands, even Object members, are usage errors', () => {
  assert.equal(cli('constructor').status, 2);
  assert.equal(cli('inline').status, 2);
});

test('relative URLs in a file resolve the same from a Windows path as from a POSIX one', async () => {
  const { siteAddressOf } = await import('../../src/cli/read-json.ts');
  const windows = siteAddressOf('C:\\Users\\webmaster\\site\\data\\article.json');
  assert.equal(windows, 'https://site.invalid/Users/webmaster/site/data/article.json');
  assert.equal(new URL('../images/a.jpg', windows).href, 'https://site.invalid/Users/webmaster/site/images/a.jpg');
  assert.equal(siteAddressOf('data\\articles\\a.json'), 'https://site.invalid/data/articles/a.json');
  assert.equal(siteAddressOf('./data/articles/a.json'), 'https://site.invalid/data/articles/a.json');
});
