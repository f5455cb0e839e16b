// The README's element reference is generated from the elements' JSDoc; it must not fall behind.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('README.md element reference matches the code (npm run docs)', () => {
  const analyze = spawnSync('npm', ['run', '--silent', 'analyze'], { encoding: 'utf8' });
  assert.equal(analyze.status, 0, analyze.stderr);
  const check = spawnSync('node', ['scripts/api-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});
