// Our own federation-news sentences, each with its traditional form checked by hand (the fixture's
// note says how): the toggle's converter gets at most a quarter of the sentences wrong that opencc-js
// gets wrong, and none of the controls, where opencc-js is right.
//   node --import tsx --test test/node/   (the dictionary must be generated first)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { federationErrors } from '../../scripts/federation-errors.mjs';

const { items, controls, ours, opencc } = await federationErrors();

test('the set covers every rule, with enough sentences and controls', () => {
  assert.ok(items.length >= 150, `${items.length} sentences`);
  assert.ok(controls.length >= 50, `${controls.length} controls`);
  for (const rule of ['domain', 'surname', 'site']) assert.ok(items.filter((item) => item.rule === rule).length >= 10, rule);
});

test('opencc-js gets the controls right and the rule sentences wrong, as the set was written to show', () => {
  assert.deepEqual(opencc.controls, []);
  assert.equal(opencc.items.length, 132);
});

test('ours: at most a quarter of opencc-js errors, none on the controls', () => {
  assert.deepEqual(ours.controls, []);
  // The three left: a surname after 和 or 、 rather than a title, and 于国庆 read as "at National Day".
  assert.deepEqual(
    ours.items.map((item) => item.simplified),
    ['侨领于建华和范志强共同出席。', '副会长余小波、范国栋出席。', '侨领于国庆捐资设立奖学金。'],
  );
  assert.ok(ours.items.length * 4 <= opencc.items.length);
});

test('the seed article in traditional, with the demo site phrases: 僑聯系統, 赴松開展, 來松', async () => {
  const { readFileSync } = await import('node:fs');
  const { tsImport } = await import('tsx/esm/api');
  const plan = await tsImport('../../src/script/plans/to-traditional.ts', import.meta.url);
  const article = JSON.parse(readFileSync('demo/data/article-songxi-three-chapters.json', 'utf8'));
  const site = JSON.parse(readFileSync('demo/data/site.json', 'utf8'));
  const text = JSON.stringify(article);
  for (const variant of ['tw', 'hk', 't']) {
    const convert = (await plan.buildConverter(variant, () => Promise.resolve())).withPhrases(site.script.phrases);
    const converted = convert(text);
    assert.match(converted, /認真落實僑聯系統/);
    assert.match(converted, /赴松開展/);
    assert.match(converted, /來松參觀/);
    assert.doesNotMatch(converted, /聯繫統|赴鬆/);
  }
});
