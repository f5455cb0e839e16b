// The compact simplified→traditional dictionary gives opencc-js's output, character for character,
// except where our two rules apply, and every such difference is listed by rule below: the domain
// phrases (src/script/domain-phrases.ts, e.g. 侨联系统 → 僑聯系統) and surnames after titles
// (src/script/names-after-titles.ts). Checked on OpenCC's published cases, on every demo article, and
// on a seeded corpus of 2 million characters made of dictionary phrases and characters placed side by
// side, where segmentation is most fragile, with our federation sentences mixed in.
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
import { DOMAIN_PHRASES } from '../../src/script/domain-phrases.ts';
import { surnamesAfterTitles } from '../../src/script/names-after-titles.ts';
import { buildConverter } from '../../src/script/plans/to-traditional.ts';
import { buildCompactConverter } from '../../src/script/compact-converter.ts';

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

/**
 * Where ours and opencc-js differ, each difference named by the rule that explains it: `surname`, or
 * `domain <key>` when it lies in an occurrence of a domain phrase and is that phrase's character;
 * anything else is `unexplained`. Counts by name.
 */
function differencesByRule(input, ours, theirs) {
  const counts = {};
  if (ours === theirs) return counts;
  const text = [...input];
  const a = [...ours];
  const b = [...theirs];
  assert.equal(a.length, b.length);
  // Code-unit index of each code point, to read the surname rule's positions.
  const unitAt = [];
  for (let k = 0, u = 0; k < text.length; u += text[k].length, k++) unitAt.push(u);
  const surnames = surnamesAfterTitles(input);
  const joined = text.join('');
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    let rule = 'unexplained';
    if (surnames.has(unitAt[k])) rule = 'surname';
    else {
      for (const { phrase, traditional } of DOMAIN_PHRASES) {
        for (let start = Math.max(0, k - phrase.length + 1); start <= k; start++) {
          if (joined.startsWith(phrase, unitAt[start]) && [...traditional][k - start] === a[k]) rule = `domain ${phrase}`;
        }
      }
    }
    counts[rule] = (counts[rule] ?? 0) + 1;
  }
  return counts;
}

const converters = {};
for (const [name, [variant, options]] of Object.entries(VARIANTS)) {
  converters[name] = { ours: await buildConverter(variant, pause), opencc: OpenCC.Converter(options) };
}

// Every difference from opencc-js, by rule and variant; nothing unexplained. Counts of characters.
// 侨联系统 in the demo data: 16 in the counties' articles and feeds, 5 more in the province aggregate's rows.
const DEMO_DIFFERENCES = { 's2tw domain 侨联系统': 21, 's2hk domain 侨联系统': 21, 's2t domain 侨联系统': 21 };
const corpusDifferences = {
  'domain 侨联系列': 144,
  'domain 侨联系统': 491,
  'domain 商联系统': 53,
  'domain 妇联系统': 44,
  'domain 总结发言': 50,
  'domain 文联系统': 26,
  'domain 残联系统': 13,
  surname: 1157,
};
const CORPUS_DIFFERENCES = { s2tw: corpusDifferences, s2hk: corpusDifferences, s2t: corpusDifferences };

test("OpenCC's published cases, as opencc-js converts them", () => {
  const { cases } = JSON.parse(readFileSync('test/fixtures/script/opencc-cases.json', 'utf8'));
  for (const name of Object.keys(VARIANTS)) {
    const { ours, opencc } = converters[name];
    assert.ok(cases[name].length > 20);
    for (const [id, input, expected] of cases[name]) {
      // OpenCC's own cases have no federation phrase and no surname after a title.
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

test('every demo data file, whole: differences only by rule', () => {
  let files = 0;
  const found = {};
  for (const path of jsonFiles('demo/data')) {
    const text = stringsOf(JSON.parse(readFileSync(path, 'utf8'))).join('\n');
    for (const name of Object.keys(VARIANTS)) {
      for (const [rule, n] of Object.entries(differencesByRule(text, converters[name].ours(text), converters[name].opencc(text)))) {
        found[`${name} ${rule}`] = (found[`${name} ${rule}`] ?? 0) + n;
      }
    }
    files++;
  }
  assert.ok(files > 5);
  // 侨联系统 in the demo data, in each variant: one character each time (聯繫統 → 聯系統).
  assert.deepEqual(found, DEMO_DIFFERENCES);
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
  const { items, controls } = JSON.parse(readFileSync('test/fixtures/script/federation-sentences.json', 'utf8'));
  const sentences = [...items, ...controls].map(({ simplified }) => simplified);
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
    else if (r < 0.935) piece = pick(sentences);
    else piece = pick(phrases).slice(1);
    pieces.push(piece);
    length += piece.length;
  }
  const corpus = pieces.join('');
  const found = {};
  for (const name of Object.keys(VARIANTS)) found[name] = differencesByRule(corpus, converters[name].ours(corpus), converters[name].opencc(corpus));
  assert.deepEqual(found, CORPUS_DIFFERENCES);
});

test('the compact streams are plain symbols: nothing a string literal must escape', () => {
  const { phrases, buckets, bits } = dictionary;
  const streams = { buckets, bits, shapes: phrases.shapes, structure: phrases.structure, patches: phrases.patches };
  for (const [name, stream] of Object.entries(streams)) {
    assert.ok(stream.length > 0, name);
    // Symbols, and the group mark (DEL) between groups of phrases.
    const bad = stream.match(/[^\x20-\x7f\u00c0-\u07ff]|["'`\\$]/);
    assert.equal(bad, null, `${name}: ${JSON.stringify(bad?.[0])}`);
  }
  // A symbol a phrase, and a mark before each group.
  assert.equal(phrases.structure.replaceAll('\x7f', '').length, phrases.count);
});

test('each group of phrases is found by its mark, and a stream that lost one is refused, not misread', async () => {
  const { phrases, buckets, bits } = dictionary;
  for (const [name, stream] of Object.entries({ buckets, bits, structure: phrases.structure, patches: phrases.patches })) {
    assert.equal(stream.split('\x7f').length - 1, phrases.groups, name);
  }
  const convert = await buildCompactConverter(dictionary, 'tw', pause);
  assert.equal(convert('侨联组织开展联谊活动'), '僑聯組織開展聯誼活動');
  // One mark gone from the middle of a stream: every group after it would be read from the wrong place.
  const withoutOneMark = (stream) => {
    const at = stream.indexOf('\x7f', stream.length >> 1);
    return stream.slice(0, at) + stream.slice(at + 1);
  };
  for (const broken of [
    { ...dictionary, bits: withoutOneMark(bits) },
    { ...dictionary, buckets: withoutOneMark(buckets) },
    { ...dictionary, phrases: { ...phrases, patches: withoutOneMark(phrases.patches) } },
  ]) {
    await assert.rejects(buildCompactConverter(broken, 'tw', pause), /the dictionary streams do not match its counts/);
  }
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
