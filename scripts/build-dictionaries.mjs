// Writes src/script/generated/traditional.ts: the simplified→traditional dictionary the script toggle
// loads (s2t, s2tw and s2hk share it), read from opencc-js's own dictionaries in node_modules plus the
// reviewed federation phrases of src/script/domain-phrases.ts (added to STPhrases, winning over an
// entry with the same key), with every phrase dropped that provably cannot change any output. Nothing here is committed: the file is
// regenerated whenever opencc-js or the generator changes (a stamp in its first line says which). A copy
// is kept in the machine's cache folder (scripts/artefact-cache.mjs), so other runs and other clones
// take it from there instead of generating it again.
//   node scripts/build-dictionaries.mjs [--force] [--stats] [--out FILE]
//     --force: generate even when up to date or cached; --stats: the passes and phases;
//     --out: write FILE instead of src/script/generated/traditional.ts
//
// ## OpenCC's simplified→traditional conversion, as opencc-js computes it
//
// (K below is OpenCC's phrase keys and the domain phrases: everything proved here is proved for that
// set, so the pruned table gives opencc-js's output with the domain phrases added, exactly.)
//
// After a character-by-character normalization, the text t is cut by greedy longest match over the
// phrase keys K (STPhrases then the regional list; none shorter than two characters): from the start,
// at each visited position p take the longest key matching there, else step over one character (a
// whole ideographic description sequence, IDS, when p starts one). Matched keys are segments; the
// characters stepped over between them form run segments. Each segment is converted by the phrase +
// character table: a phrase segment k becomes P[k]; a run u becomes C(u), its characters one by one
// (no key of K matches inside it at a visited position). Then, for s2tw and s2hk, a variant table V
// (TWVariantsPhrases + TWVariants, or the HK pair) converts each segment again, by the same greedy
// longest match, within that segment only. s2t has no V and no segments, and is the same as the above
// with V the identity. Write G(t) for the concatenated output of the first step.
//
// ## The pruning rule
//
// Every value has as many code points as its key (checked below), so each scan emits one output
// character per input character; and no key or value holds an IDS operator (checked below). Call A
// the scan with the current key set K and B the scan with K' = K \ {k}. A phrase k is removed only
// when `safeToRemove(k)` proves, for every text, that B gives A's output. It explores the two scans
// side by side from a position p where A matches k (before p they are the same scan, since they agree
// on every key but k). Whichever scan is behind takes its next step; its possible steps are every key
// of its set that agrees with the text known so far (k, then whatever keys the scans matched),
// including keys running past the known text, which then extend it, and the one-character step when no
// key lies wholly in the known text. That is a superset of what can really happen in any text. Each
// branch must:
//   S1  give the same output character at every position both scans have covered;
//   S2  end with both scans at the same position r (they have met: from r on they are one scan again,
//       until A matches k once more, which is the same situation from the start) within 64 code units
//       and 500 explored steps in all, or k is kept;
//   S3  at every cut between segments that one scan makes and the other may not (p when B's first step
//       is a run, r when one scan's last step is a phrase and the other's is not, and every inner cut
//       made by only one scan), admit no multi-character variant key w (TW and HK both, so one table
//       serves s2t, s2tw and s2hk) straddling the cut, whatever lies outside [p, r): no split w = w1 w2
//       into non-empty parts with w1 compatible with the output before the cut and w2 with the output
//       after it (compatible: one is a suffix, on the left, or a prefix, on the right, of the other).
//
// ## Why the output cannot change (for every text t)
//
// 1. G(t), the output of the first step, is the same: outside the stretches [p, r) where the scans
//    part, they take the same steps; inside each, the real text is one of the explored branches (S2:
//    every branch meets again), and on it every position gets the same character (S1).
// 2. Segments differ only at the cuts S3 lists. V scans each segment of G(t) greedily; merging or
//    splitting segments at a cut c changes nothing if no V key straddles c (S3, for any context) and
//    no IDS sequence does. For IDS: any scan over t steps over a whole IDS sequence or one character,
//    so every IDS operator before a visited position c either ends its sequence by c or runs off the
//    end of t; V sees the same operators at the same places (aligned, none produced or consumed), so
//    in the merged segment and in the left part alike it ends by c or runs off (one character). Then
//    the greedy scan of the merged segment reaches c exactly and goes on as the right part's scan.
//    Inside [p, r) the known text holds no IDS operator, so every step there is a key or one character.
// So each single removal leaves every output unchanged. Removals are made one at a time, each proved
// against the dictionary as it stands after the ones before, and repeated until none applies, so the
// final table gives OpenCC's output by induction. test/node/dictionary.test.mjs checks it against
// opencc-js on OpenCC's cases, the demo data and a seeded adversarial corpus of 2 million characters.
//
// The rule is necessary as well as sound in the common case: 中国 stays because 国 starts phrases
// whose value differs from the character-by-character one (in 中国X, A matches 中国 and B would match
// 国X), which is why dropping phrases "equal to their characters" changes about 1.4% of lines.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder, cachedArtefact, importedFiles, inputKey } from './artefact-cache.mjs';
import { duration, progressLine } from './progress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const OUT = resolve(option('--out') ?? join(root, 'src/script/generated/traditional.ts'));
const force = process.argv.includes('--force');
const stats = process.argv.includes('--stats');

const openccVersion = JSON.parse(readFileSync(join(root, 'node_modules/opencc-js/package.json'), 'utf8')).version;
// The output depends on opencc-js and on the code that computes it: this file and the library modules
// it runs (the compact format, the IDS rule), found by following their imports.
const stamp = inputKey(root, [openccVersion], importedFiles(fileURLToPath(import.meta.url), join(root, 'src')));
const header = `// Generated by scripts/build-dictionaries.mjs from opencc-js ${openccVersion} (${stamp}); do not edit.`;
const cached = cachedArtefact('dictionaries/traditional.ts', stamp);
const say = (line) => console.log(`dictionaries: ${line}`);
const shortPath = (path) => (path.startsWith(homedir()) ? `~${path.slice(homedir().length)}` : path);

async function main() {
  const current = readText(OUT);
  if (!force && current?.startsWith(header)) {
    // A clone that generated it before the cache existed, or with another cache folder, fills the cache.
    if (!existsSync(cached.path)) keep(current);
    say(`up to date (opencc-js ${openccVersion}, ${stamp}), nothing to generate`);
    return;
  }
  const copy = force ? undefined : cached.read();
  if (copy?.startsWith(header)) {
    write(copy);
    say(`taken from the cache (${shortPath(cached.path)}), nothing to generate`);
    return;
  }
  say(
    `generating the simplified→traditional dictionary from opencc-js ${openccVersion}: a minute or more, ` +
      `once per machine (then kept in ${shortPath(cacheFolder())})`,
  );
  const { body, summary } = await generate();
  write(body);
  keep(body);
  say(summary);
}

/** @param {string} path */
function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes the output whole or not at all: two commands started together (npm test and npm start) may
 * both write it, and a build may be reading it.
 * @param {string} body
 */
function write(body) {
  mkdirSync(dirname(OUT), { recursive: true });
  const temporary = `${OUT}.${process.pid}.tmp`;
  writeFileSync(temporary, body);
  renameSync(temporary, OUT);
}

/** @param {string} body */
function keep(body) {
  try {
    cached.write(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    say(`could not keep a copy in ${shortPath(cacheFolder())} (${reason}): the next clone generates it again`);
  }
}

/**
 * Share of the time in each phase, as measured (reading and checking opencc-js's tables, pruning,
 * writing the compact streams), so that the percentage moves at an even pace.
 */
const PHASES = { read: 0.01, prune: 0.98, write: 0.01 };

async function generate() {
  const started = performance.now();
  const progress = progressLine('dictionaries:');
  const phases = [];
  let phaseStart = started;
  const phaseDone = (name) => {
    const now = performance.now();
    phases.push(`${name} ${((now - phaseStart) / 1000).toFixed(1)} s`);
    phaseStart = now;
  };
  const { tsImport } = await import('tsx/esm/api');
  /** @type {typeof import('../src/script/domain-phrases.js')} */
  const domain = await tsImport('../src/script/domain-phrases.ts', import.meta.url);
  /** @type {typeof import('../src/script/compact-format.js')} */
  const format = await tsImport('../src/script/compact-format.ts', import.meta.url);
  /** @type {typeof import('../src/script/ideographic-description.js')} */
  const ids = await tsImport('../src/script/ideographic-description.ts', import.meta.url);

  const tables = await readOpenCC(domain.DOMAIN_PHRASES);
  checkPremises(tables, ids);
  progress.update(PHASES.read);
  phaseDone('read');

  const { kept, passes } = prune(tables, ids, (fraction) => progress.update(PHASES.read + PHASES.prune * fraction));
  phaseDone('prune');

  const data = serialize(tables, kept, format);
  const body = `${header}
// The simplified→traditional dictionary of the script toggle: OpenCC's phrases, less those that
// provably cannot change any output (the rule and its proof are in scripts/build-dictionaries.mjs).
import type { CompactDictionary } from '../compact-converter.js';

const dictionary: CompactDictionary = ${JSON.stringify(data)};
export default dictionary;
`;
  phaseDone('write');
  const overrides = (variant) => (variant.overrides ? variant.overrides.split('|').length : 0);
  progress.done(
    `dictionaries: ${kept.size} of ${tables.phrases.size} phrases kept (${passes.length} passes, ${data.phrases.patches.length} differing characters), ` +
      `tw ${overrides(data.tw)} / hk ${overrides(data.hk)} variant overrides, ${duration((performance.now() - started) / 1000)}`,
  );
  if (stats) for (const line of [...passes, phases.join(', ')]) say(line);
  return { body, summary: `written to ${shortPath(OUT)} and kept in ${shortPath(cached.path)}` };
}

/** A group of dictionaries as opencc-js reads it: the first dictionary wins, within one the last line. */
function readGroup(texts) {
  const table = new Map();
  for (const text of [...texts].reverse()) {
    for (const line of text.split('|')) {
      const [source, target] = line.split(' ');
      table.set(source, target);
    }
  }
  return table;
}

/**
 * OpenCC's simplified→traditional tables, as opencc-js's s2t, s2tw and s2hk read them, with the domain
 * phrases first in the phrase group (so they win on an equal key).
 */
async function readOpenCC(domainPhrases) {
  const load = async (name) => (await import(`opencc-js/dict/${name}`)).default;
  const STPhrases = await load('STPhrases');
  const regional = await load('STPhrases_GeneratedFromRegionalPhrases');
  const domain = domainPhrases.map(({ phrase, traditional }) => `${phrase} ${traditional}`).join('|');
  const phrases = readGroup([domain, STPhrases, regional]);
  const characters = readGroup([STPhrases, regional, await load('STCharacters')]);
  for (const key of characters.keys()) if ([...key].length > 1) characters.delete(key);
  const normalize = readGroup([await load('CJK_Compatibility_Ideographs')]);
  const variants = {
    tw: readGroup([await load('TWVariantsPhrases'), await load('TWVariants')]),
    hk: readGroup([await load('HKVariantsPhrases'), await load('HKVariants')]),
  };
  return { phrases, characters, normalize, variants };
}

const length = (s) => [...s].length;
const maxKeyLength = (keys) => Math.max(...[...keys].map((k) => k.length));

/** The premises of the proof, checked on the data. */
function checkPremises({ phrases, characters, normalize, variants }, { IDS_FIRST, IDS_LAST }) {
  const hasIds = (s) => [...s].some((c) => c.codePointAt(0) >= IDS_FIRST && c.codePointAt(0) <= IDS_LAST);
  for (const [name, table] of Object.entries({ phrases, characters, normalize, ...variants })) {
    for (const [source, target] of table) {
      if (hasIds(source) || hasIds(target)) throw new Error(`${name}: an IDS operator in ${source} ${target}`);
      if (length(source) !== length(target)) throw new Error(`${name}: ${source} → ${target} changes the length`);
    }
  }
  for (const key of phrases.keys()) if (length(key) < 2) throw new Error(`a one-character phrase: ${key}`);
  for (const key of normalize.keys()) {
    if (!/^[\uf900-\ufaff]$|^\ud87e[\udc00-\ude1f]$/.test(key)) throw new Error(`a normalized character outside the compatibility blocks: ${key}`);
  }
}

/**
 * The phrases that must stay (every other one provably changes no output), by the rule above.
 * `onProgress(fraction)` follows the passes; each judges every phrase still kept.
 */
function prune({ phrases, characters, variants }, { codePointLength }, onProgress) {
  const charOf = (c) => characters.get(c) ?? c;

  // ---- R3: straddling pieces of the multi-character variant keys ----
  const variantKeys = [...new Set([...variants.tw.keys(), ...variants.hk.keys()])].filter((w) => length(w) > 1);
  /** Every split w = w1 w2 of a variant key: the w2s by their w1, and by each suffix of their w1. */
  const rightsByLeft = new Map();
  const rightsBySuffixOfLeft = new Map();
  const push = (map, key, value) => (map.get(key) ?? map.set(key, []).get(key)).push(value);
  for (const w of variantKeys) {
    const points = [...w];
    for (let s = 1; s < points.length; s++) {
      const w1 = points.slice(0, s);
      const w2 = points.slice(s).join('');
      push(rightsByLeft, w1.join(''), w2);
      for (let from = 0; from < w1.length; from++) push(rightsBySuffixOfLeft, w1.slice(from).join(''), w2);
    }
  }
  const rightsByFirst = new Map();
  for (const w2 of new Set([...rightsByLeft.values()].flat())) push(rightsByFirst, w2.slice(0, 1), w2);
  const longestLeft = Math.max(...[...rightsByLeft.keys()].map((w1) => w1.length));
  const leftEnds = new Set([...rightsByLeft.keys()].map((w1) => w1.charCodeAt(w1.length - 1)));
  const fits = (right) => (w2) => right.startsWith(w2) || w2.startsWith(right);
  /** Whether some variant key could straddle a cut with `left` before it and `right` after it. */
  function straddles(left, right) {
    if (left === '') return rightsByFirst.get(right.slice(0, 1))?.some(fits(right)) ?? false;
    // w1 a suffix of left
    if (leftEnds.has(left.charCodeAt(left.length - 1))) {
      for (let from = Math.max(0, left.length - longestLeft); from < left.length; from++) {
        if (rightsByLeft.get(left.slice(from))?.some(fits(right))) return true;
      }
    }
    // left a suffix of w1 (the variant key starts before the known text)
    return (left.length <= longestLeft && rightsBySuffixOfLeft.get(left)?.some(fits(right))) || false;
  }

  // ---- pruning ----
  const kept = new Set(phrases.keys());
  let maxLength = maxKeyLength(phrases.keys());
  const allKeys = [...phrases.keys()].sort();
  const extendingCache = new Map();
  /** Every key that has `s` as a proper prefix. */
  function extending(s) {
    let found = extendingCache.get(s);
    if (found) return found;
    let lo = 0;
    let hi = allKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (allKeys[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    found = [];
    for (let i = lo; i < allKeys.length && allKeys[i].startsWith(s); i++) if (allKeys[i].length > s.length) found.push(allKeys[i]);
    extendingCache.set(s, found);
    return found;
  }

  /** Each phrase's value as code points, the way S1 compares them. */
  const values = new Map([...phrases].map(([key, value]) => [key, [...value]]));
  const NODE_BUDGET = 500;
  const MAX_TEXT = 64;
  const stepLength = codePointLength;

  /**
   * Whether removing `removed` (already out of `kept`) can change no output: the two scans, with it
   * (A) and without it (B), explored from a position where A matches it over every continuation of
   * the text, must meet again with the same output and no harmful change of segment cuts.
   */
  function safeToRemove(removed) {
    let budget = NODE_BUDGET;
    const inA = (q) => q === removed || kept.has(q);

    function emit(out, at, source, target) {
      const targetPoints = [...target];
      let i = at;
      for (const [n, c] of [...source].entries()) {
        out[i] = targetPoints[n];
        i += c.length;
      }
    }

    function finish(st) {
      const r = st.a;
      const cutsOf = (steps) => {
        const cuts = new Set();
        for (let n = 0; n < steps.length; n++) {
          const [from, to, isPhrase] = steps[n];
          if (isPhrase) {
            cuts.add(from);
            cuts.add(to);
          }
        }
        return cuts;
      };
      const cutsA = cutsOf(st.stepsA);
      const cutsB = cutsOf(st.stepsB);
      const differ = new Set();
      for (const x of [...cutsA, ...cutsB]) if (x > 0 && x < r && cutsA.has(x) !== cutsB.has(x)) differ.add(x);
      if (!st.stepsB[0][2]) differ.add(0);
      if (st.stepsA[st.stepsA.length - 1][2] !== st.stepsB[st.stepsB.length - 1][2]) differ.add(r);
      if (!differ.size) return true;
      let converted = '';
      const offset = new Map();
      for (let i = 0; i < r; i += stepLength(st.text, i)) {
        offset.set(i, converted.length);
        converted += st.outA[i];
      }
      offset.set(r, converted.length);
      for (const x of differ) {
        const at = offset.get(x);
        if (straddles(converted.slice(0, at), converted.slice(at))) return false;
      }
      return true;
    }

    function explore(st) {
      if (--budget < 0) return false;
      if (st.a === st.b) return finish(st);
      if (st.text.length > MAX_TEXT) return false;
      const lagA = st.a < st.b;
      const m = lagA ? st.a : st.b;
      const s = st.text.slice(m);
      const cap = (lagA ? st.consA : st.consB).get(m) ?? Infinity;
      const capB = st.consB.get(m) ?? Infinity;
      const allowed = (q) => (lagA ? inA(q) : kept.has(q)) && q.length <= cap && (!lagA || q.length <= capB || q === removed);
      let fixed = null;
      for (let len = Math.min(s.length, maxLength); len >= 2; len--) {
        const q = s.slice(0, len);
        if (allowed(q)) {
          fixed = q;
          break;
        }
      }
      const options = [fixed];
      if (s.length < maxLength) for (const q of extending(s)) if (allowed(q)) options.push(q);
      const other = lagA ? st.outB : st.outA;
      for (const q of options) {
        // S1 first, before any copying: most branches that fail, fail here.
        if (q) {
          const target = /** @type {string[]} */ (values.get(q));
          for (let i = m, n = 0; i < m + q.length; i += stepLength(q, i - m), n++) {
            if (other[i] !== undefined && other[i] !== target[n]) return false;
          }
        } else if (other[m] !== undefined && other[m] !== charOf(String.fromCodePoint(s.codePointAt(0)))) {
          return false;
        }
        const next = {
          text: q && q.length > s.length ? st.text + q.slice(s.length) : st.text,
          a: st.a,
          b: st.b,
          outA: lagA ? st.outA.slice() : st.outA,
          outB: lagA ? st.outB : st.outB.slice(),
          stepsA: lagA ? [...st.stepsA] : st.stepsA,
          stepsB: lagA ? st.stepsB : [...st.stepsB],
          consA: new Map(st.consA),
          consB: new Map(st.consB),
        };
        const out = lagA ? next.outA : next.outB;
        const steps = lagA ? next.stepsA : next.stepsB;
        let end;
        if (q) {
          end = m + q.length;
          emit(out, m, q, phrases.get(q));
          steps.push([m, end, true]);
        } else {
          end = m + stepLength(s, 0);
          emit(out, m, s.slice(0, end - m), charOf(s.slice(0, end - m)));
          steps.push([m, end, false]);
        }
        const length = q ? q.length : 1;
        (lagA ? next.consA : next.consB).set(m, length);
        if (lagA) next.consB.set(m, Math.min(next.consB.get(m) ?? Infinity, length));
        if (lagA) next.a = end;
        else next.b = end;
        if (!explore(next)) return false;
      }
      return true;
    }

    const start = {
      text: removed,
      a: removed.length,
      b: 0,
      outA: [],
      outB: [],
      stepsA: [[0, removed.length, true]],
      stepsB: [],
      consA: new Map([[0, removed.length]]),
      consB: new Map([[0, removed.length]]),
    };
    emit(start.outA, 0, removed, phrases.get(removed));
    return explore(start);
  }

  // Shorter phrases first: once they are judged, longer ones are judged against what will remain.
  const order = [...kept].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const passes = [];
  // Progress counts judgements, each pass judging every phrase still kept. Passes go on until one
  // removes nothing: three today, so three are expected, and one more after any later pass that removes some.
  let judged = 0;
  let expected;
  for (let removed = -1; removed !== 0; ) {
    removed = 0;
    expected = judged + kept.size * ([3, 2, 1][passes.length] ?? 2);
    for (const key of order) {
      if (!kept.has(key)) continue;
      kept.delete(key);
      if (safeToRemove(key)) removed++;
      else kept.add(key);
      if ((++judged & 63) === 0) onProgress(judged / expected);
    }
    maxLength = maxKeyLength(kept);
    passes.push(`pass ${passes.length + 1}: ${removed} removed, ${kept.size} kept`);
  }
  return { kept, passes };
}

/** The dictionary in the compact format (src/script/compact-format.ts), with the phrases `kept`. */
function serialize({ phrases, characters, normalize, variants }, kept, format) {
  const numbers = new format.NumberWriter();
  // The order of the streams: the two character tables, then the phrases' alphabet and keys.
  const normalizeCount = format.writeCharacterTable(numbers, normalize);
  const characterCount = format.writeCharacterTable(numbers, characters);
  const keptPhrases = new Map([...kept].map((key) => [key, phrases.get(key)]));
  const charwise = (key) => [...key].map((c) => characters.get(c) ?? c).join('');
  const { streams, order } = format.writePhrases(numbers, keptPhrases, charwise);
  return {
    version: openccVersion,
    normalize: normalizeCount,
    characters: characterCount,
    phrases: streams,
    buckets: numbers.buckets,
    bits: numbers.bits(),
    tw: format.writeVariant(variants.tw, order, phrases),
    hk: format.writeVariant(variants.hk, order, phrases),
  };
}

await main();
