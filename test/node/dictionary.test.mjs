// The compact simplified→traditional dictionary gives opencc-js's output, character for character:
// on OpenCC's published cases, on every demo article, and on a seeded corpus of 2 million characters
// made of dictionary phrases and characters placed side by side, where segmentation is most fragile.
// And a dictionary generated once is kept in the machine's cache and reused by a fresh clone.
//   node --import tsx --test test/node/   (the dictionary must be generated first:
//   node scripts/build-dictionaries.mjs)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js';
import dictionary from '../../src/script/generated/traditional.ts';
import { buildConverter } from '../../src/script/plans/to-traditional.ts';

const VARIANTS = { s2tw: ['tw', { from: 'cn', to: 'tw' }], s2hk: ['hk', { from: 'cn', to: 'hk' }], s2t: ['t', { from: 'cn', to: 't' }] };
const MISSING_FROM_OPENCC_JS = ['BYVoid_OpenCC_PR_1228_existing_behaviors', 'BYVoid_OpenCC_PR_1229_existing_behaviors', 'BYVoid_OpenCC_PR_464_xi_vs_xi'];
const pause = () => Promise.resolve();

/** Equal strings, or a failure naming where they part, with the text around it. */
function assertSame(actual, expected, what) {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 30));
  assert.fail(`${what}: first difference at ${i}\n  ours:     ${around(actual)}\n  opencc-js: ${around(expected)}`);
}

const converters = {};
for (const [name, [variant, options]] of Object.entries(VARIANTS)) {
  converters[name] = { ours: await buildConverter(variant, pause), opencc: OpenCC.Converter(options) };
}

test("OpenCC's published cases, as opencc-js converts them", () => {
  const { cases } = JSON.parse(readFileSync('test/fixtures/script/opencc-cases.json', 'utf8'));
  for (const name of Object.keys(VARIANTS)) {
    const { ours, opencc } = converters[name];
    assert.ok(cases[name].length > 20);
    for (const [id, input, expected] of cases[name]) {
      assertSame(ours(input), opencc(input), `${name} ${id}`);
      if (!MISSING_FROM_OPENCC_JS.includes(id)) assertSame(ours(input), expected, `${name} ${id} (OpenCC's expectation)`);
    }
  }
});

function* jsonFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* jsonFiles(path);
    else if (name.endsWith('.json')) yield path;
  }
}
const stringsOf = (value) => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : []);

test('every demo data file, whole', () => {
  let files = 0;
  for (const path of jsonFiles('demo/data')) {
    const text = stringsOf(JSON.parse(readFileSync(path, 'utf8'))).join('\n');
    for (const name of Object.keys(VARIANTS)) assertSame(converters[name].ours(text), converters[name].opencc(text), `${name} ${path}`);
    files++;
  }
  assert.ok(files > 5);
});

/** A small seeded generator, so every run checks the same corpus. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function dictionaryWords() {
  const entries = async (name) => (await import(`opencc-js/dict/${name}`)).default.split('|').map((line) => line.split(' '));
  const phrases = [...(await entries('STPhrases')), ...(await entries('STPhrases_GeneratedFromRegionalPhrases'))];
  const characters = await entries('STCharacters');
  const variants = [...(await entries('TWVariantsPhrases')), ...(await entries('HKVariantsPhrases'))];
  return { phrases: phrases.map(([s]) => s), characters: characters.map(([s, t]) => [s, t]).flat(), variants: variants.map(([s]) => s) };
}

test('a seeded corpus of 2 million characters: phrases and characters side by side', async () => {
  const { phrases, characters, variants } = await dictionaryWords();
  const next = random(20240104);
  const pick = (list) => list[Math.floor(next() * list.length)];
  // Phrases by their first character: to chain a phrase onto the end of another, overlapping it.
  const byFirst = new Map();
  for (const p of phrases) {
    const first = String.fromCodePoint(p.codePointAt(0));
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first).push(p);
  }
  const odd = ['⿰氵发', '⿲', '，', ' ', 'A', '\n', '豈', '\u{2f800}', '𠮷', '着', '台', '张栋梁'];
  const pieces = [];
  let length = 0;
  while (length < 2_000_000) {
    const r = next();
    let piece;
    if (r < 0.55) {
      piece = pick(phrases);
      // Often followed by a phrase that starts with its last character: the two overlap.
      const last = [...piece].at(-1);
      if (next() < 0.5 && byFirst.has(last)) piece += pick(byFirst.get(last)).slice(last.length);
    } else if (r < 0.85) piece = pick(characters);
    else if (r < 0.9) piece = pick(variants);
    else if (r < 0.93) piece = pick(odd);
    else piece = pick(phrases).slice(1);
    pieces.push(piece);
    length += piece.length;
  }
  const corpus = pieces.join('');
  for (const name of Object.keys(VARIANTS)) assertSame(converters[name].ours(corpus), converters[name].opencc(corpus), `${name} corpus`);
});

test('the compact streams are plain symbols: nothing a string literal must escape', () => {
  const { phrases, buckets, bits } = dictionary;
  const streams = { buckets, bits, shapes: phrases.shapes, structure: phrases.structure, patches: phrases.patches };
  for (const [name, stream] of Object.entries(streams)) {
    assert.ok(stream.length > 0, name);
    const bad = stream.match(/[^\x20-\x7e\u00c0-\u07ff]|["'`\\$]/);
    assert.equal(bad, null, `${name}: ${JSON.stringify(bad?.[0])}`);
  }
  assert.equal(phrases.structure.length, phrases.count);
});

test('a fresh clone takes the generated dictionary from the cache, says so in one line, and gets the same file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ql-dictionary-cache-'));
  try {
    const env = { ...process.env, QIAOLIAN_WIDGETS_CACHE: join(folder, 'cache') };
    const generate = (out) => execFileSync(process.execPath, ['scripts/build-dictionaries.mjs', '--out', out], { env, encoding: 'utf8' });
    const generated = readFileSync('src/script/generated/traditional.ts', 'utf8');
    // A clone whose dictionary is generated (this one's, copied), with an empty cache: it fills it.
    const first = join(folder, 'clone-a', 'traditional.ts');
    mkdirSync(join(folder, 'clone-a'));
    writeFileSync(first, generated);
    assert.match(generate(first), /^dictionaries: up to date .*nothing to generate\n$/);
    assert.equal(readdirSync(join(folder, 'cache', 'dictionaries')).length, 1);
    // A fresh clone: nothing generated yet.
    const second = join(folder, 'clone-b', 'traditional.ts');
    const said = generate(second);
    assert.match(said, /^dictionaries: taken from the cache \(.*\), nothing to generate\n$/);
    assert.equal(readFileSync(second, 'utf8'), generated);
    // Its second run finds its own copy up to date.
    assert.match(generate(second), /^dictionaries: up to date /);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
