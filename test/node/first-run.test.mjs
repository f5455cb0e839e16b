// What a first run prints and where it keeps what it generates: the cache folder (shared by every
// clone on the machine, movable by an environment variable) and the progress of a long step (one
// line rewritten in place on a terminal, a few plain lines in a log).
import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { cacheFolder } from '../../scripts/artefact-cache.mjs';
import { duration, progressLine } from '../../scripts/progress.mjs';

test('the cache folder: the environment variable, else the XDG cache home, else ~/.cache', () => {
  assert.equal(cacheFolder({ QIAOLIAN_WIDGETS_CACHE: 'somewhere', XDG_CACHE_HOME: '/xdg' }), resolve('somewhere'));
  assert.equal(cacheFolder({ XDG_CACHE_HOME: '/xdg' }), join('/xdg', 'qiaolian-widgets'));
  assert.equal(cacheFolder({}), join(homedir(), '.cache', 'qiaolian-widgets'));
});

/** A stream that records what is written to it. */
const stream = (isTTY) => ({ isTTY, written: [], write(text) { this.written.push(text); } });

test('in a log, progress is a plain line at each quarter, then the last line', () => {
  const out = stream(false);
  const progress = progressLine('dictionaries:', out);
  for (const fraction of [0.1, 0.2, 0.3, 0.55, 0.6, 0.8, 0.9]) progress.update(fraction);
  progress.done('dictionaries: done');
  assert.deepEqual(
    out.written.map((line) => line.replace(/ \(about .* left\)/, '')),
    ['dictionaries: 30%\n', 'dictionaries: 55%\n', 'dictionaries: 80%\n', 'dictionaries: done\n'],
  );
});

test('on a terminal, progress is one line rewritten in place, never going backwards', () => {
  const out = stream(true);
  const progress = progressLine('dictionaries:', out);
  progress.update(0.42);
  progress.update(0.3);
  progress.done('dictionaries: done');
  assert.equal(out.written[0], 'dictionaries: 0%');
  assert.ok(out.written[1].startsWith('\rdictionaries: 42%') && out.written[1].endsWith('\x1b[K'), out.written[1]);
  assert.equal(out.written.length, 3, 'a step back is not drawn');
  assert.equal(out.written[2], '\rdictionaries: done\x1b[K\n');
  assert.ok(!out.written.slice(0, 2).join('').includes('\n'), 'no new line until done');
});

test('the time left reads as a person says it', () => {
  assert.equal(duration(0.2), '1 s');
  assert.equal(duration(12.2), '13 s');
  assert.equal(duration(41.3), '45 s');
  assert.equal(duration(60), '1 min');
  assert.equal(duration(95), '1 min 35 s');
});
