// The `validate` command, as a webmaster runs it before uploading data files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const validate = (...files) =>
  spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'validate', ...files], { encoding: 'utf8' });

const demoFiles = () => {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
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
      channel: { id: 'qldt', name: '侨联动态' },
      items: [
        { title: '好', url: 'a.html', publishedAt: '2024-01-04T10:40:01+08:00' },
        { title: '坏', url: 'b.html', publishedAt: '2024-01-04' },
      ],
    }),
  );
  const notJson = join(dir, 'broken.json');
  writeFileSync(notJson, '{"version": 1,');
  const run = validate('demo/data/site.json', feed, notJson);
  assert.equal(run.status, 1);
  const lines = run.stdout.trim().split('\n');
  assert.deepEqual(lines.slice(0, 1), [
    `${feed}: items[1].publishedAt: 应为带时区的日期时间，如 2024-01-04T10:40:01+08:00 / expected an ISO 8601 date-time with offset`,
  ]);
  assert.match(lines[1], new RegExp(`^${notJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\(document\\): 不是有效的 JSON / not valid JSON`));
  assert.equal(lines.length, 2);
});

test('wrong usage explains itself and exits 2', () => {
  const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /Usage: qiaolian-widgets validate FILE/);
});
