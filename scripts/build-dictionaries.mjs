// Writes src/script/generated/traditional.ts: the simplified→traditional dictionary the script toggle
// loads (s2t, s2tw and s2hk share it), read from opencc-js's own dictionaries in node_modules, with
// every phrase dropped that provably cannot change any output. Nothing here is committed: the file is
// regenerated whenever opencc-js or this script changes (a stamp in its first line says which).
//   node scripts/build-dictionaries.mjs [--force] [--stats]
//
// ## OpenCC's simplified→traditional conversion, as opencc-js computes it
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
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/script/generated/traditional.ts');
const force = process.argv.includes('--force');
const stats = process.argv.includes('--stats');

const openccVersion = JSON.parse(readFileSync(join(root, 'node_modules/opencc-js/package.json'), 'utf8')).version;
const stamp = createHash('sha256')
  .update(openccVersion)
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex')
  .slice(0, 16);
const header = `// Generated by scripts/build-dictionaries.mjs from opencc-js ${openccVersion} (${stamp}); do not edit.`;

function upToDate() {
  try {
    return readFileSync(OUT, 'utf8').startsWith(header);
  } catch {
    return false;
  }
}

if (!force && upToDate()) {
  if (stats) console.log(`dictionaries: up to date (opencc-js ${openccVersion})`);
  process.exit(0);
}

const started = performance.now();
const load = async (name) => (await import(`opencc-js/dict/${name}`)).default;

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

const STPhrases = await load('STPhrases');
const regional = await load('STPhrases_GeneratedFromRegionalPhrases');
const phrases = readGroup([STPhrases, regional]);
const characters = readGroup([STPhrases, regional, await load('STCharacters')]);
for (const key of characters.keys()) if ([...key].length > 1) characters.delete(key);
const normalize = readGroup([await load('CJK_Compatibility_Ideographs')]);
const variants = {
  tw: readGroup([await load('TWVariantsPhrases'), await load('TWVariants')]),
  hk: readGroup([await load('HKVariantsPhrases'), await load('HKVariants')]),
};

// ---- the premises of the proof, checked on the data ----
const IDS = /[\u2ff0-\u2fff]/;
const length = (s) => [...s].length;
for (const [name, table] of Object.entries({ phrases, characters, normalize, ...variants })) {
  for (const [source, target] of table) {
    if (IDS.test(source) || IDS.test(target)) throw new Error(`${name}: an IDS operator in ${source} ${target}`);
    if (length(source) !== length(target)) throw new Error(`${name}: ${source} → ${target} changes the length`);
  }
}
for (const key of phrases.keys()) if (length(key) < 2) throw new Error(`a one-character phrase: ${key}`);

const charOf = (c) => characters.get(c) ?? c;
const charwise = (s) => [...s].map(charOf).join('');

/** OpenCC's greedy longest match over `table` (a Map), with its IDS rule: the reference scan. */
function idsArity(cp) {
  if (cp < 0x2ff0 || cp > 0x2fff) return 0;
  return cp === 0x2ff2 || cp === 0x2ff3 ? 3 : 2;
}
function idsEnd(s, i) {
  const arity = idsArity(s.codePointAt(i));
  if (!arity) return 0;
  let end = i + (s.codePointAt(i) > 0xffff ? 2 : 1);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    end = idsEnd(s, end) || end + (s.codePointAt(end) > 0xffff ? 2 : 1);
  }
  return end;
}
function longestMatchConvert(s, table, maxLength) {
  let out = '';
  for (let i = 0; i < s.length; ) {
    let end = 0;
    for (let j = Math.min(s.length, i + maxLength); j > i; j--) {
      if (table.has(s.slice(i, j))) {
        end = j;
        break;
      }
    }
    if (end) {
      out += table.get(s.slice(i, end));
      i = end;
    } else {
      const ids = idsEnd(s, i);
      const next = ids > i ? ids : i + (s.codePointAt(i) > 0xffff ? 2 : 1);
      out += s.slice(i, next);
      i = next;
    }
  }
  return out;
}
const maxKeyLength = (table) => Math.max(...[...table.keys()].map((k) => k.length));

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
let maxLength = maxKeyLength(phrases);
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
const stepLength = (text, i) => (text.codePointAt(i) > 0xffff ? 2 : 1);

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
        const target = values.get(q);
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
let passes = 0;
for (let removed = -1; removed !== 0; passes++) {
  removed = 0;
  for (const key of order) {
    if (!kept.has(key)) continue;
    kept.delete(key);
    if (safeToRemove(key)) removed++;
    else kept.add(key);
  }
  maxLength = maxKeyLength(new Map([...kept].map((k) => [k, 1])));
  if (stats) console.log(`pass ${passes + 1}: ${removed} removed, ${kept.size} kept`);
}

// ---- serialization ----
// Gzip codes bytes, so the phrase list is written as homogeneous streams it compresses well rather
// than as CJK text (three UTF-8 bytes a character, each byte coded on its own):
//   - every code unit of the keys is replaced by its rank in an alphabet ordered by frequency (rank
//     groups 0, 1–2, 3–6, 7–14, … in code-unit order within a group, so the alphabet itself is stored
//     as small gaps), and the keys are sorted by those ranks;
//   - each key is front-coded against the one before: the length it shares, then the rest; the first
//     unit of the rest is stored as its gap above the previous key's unit at that position (sorted
//     keys only go up), the others as ranks;
//   - the normalization and character tables come first in the same streams (see `writePairs`);
//   - every number n (table gaps and distances, alphabet gaps, key gaps, ranks) is written as its bucket b = ⌊log2(n + 1)⌋, one
//     symbol in `buckets`, and the b bits of n + 1 - 2^b, packed six to a character in `bits`;
//   - each phrase's shape (shared length, rest length, count of differing positions) is one symbol in
//     `structure`, an index into `shapes`; each code point where the value differs from the
//     character-by-character conversion is one symbol in `patches`: its position + 16 × the index of
//     the value's character among `alternatives` for the key's character there.
// Symbols are printable ASCII (no quote, backslash or dollar sign), then U+00C0…: no escapes in the
// generated string literals. The phrase order is the sorted rank order: phrases with the same first
// two code units stay consecutive, as the converter's lookup needs.
const SYMBOLS = symbolAlphabet();
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function symbolAlphabet() {
  let symbols = '';
  for (let c = 0x20; c < 0x7f; c++) if (!'"\'`\\$'.includes(String.fromCharCode(c))) symbols += String.fromCharCode(c);
  for (let c = 0xc0; c < 0x800; c++) symbols += String.fromCharCode(c);
  return symbols;
}
const bucketOf = (n) => 31 - Math.clz32(n + 1);
let buckets = '';
const bitList = [];
function writeNumber(n) {
  if (!(n >= 0 && Number.isInteger(n))) throw new Error(`not a count: ${n}`);
  const b = bucketOf(n);
  buckets += SYMBOLS[b];
  const rest = n + 1 - 2 ** b;
  for (let j = b - 1; j >= 0; j--) bitList.push(Math.floor(rest / 2 ** j) % 2);
}
/** A one-character table, sorted by source: the gaps between sources, then each target's distance from
 * its source (zigzag: 2d for d ≥ 0, -2d - 1 below). Returns the number of pairs. */
function writePairs(table) {
  const list = [...table].filter(([s, t]) => s !== t).map(([s, t]) => [s.codePointAt(0), t.codePointAt(0)]);
  for (const [s, t] of table) if (s !== t && (length(s) !== 1 || length(t) !== 1)) throw new Error(`not one character: ${s} ${t}`);
  list.sort((a, b) => a[0] - b[0]);
  let last = -1;
  for (const [source] of list) {
    writeNumber(source - last - 1);
    last = source;
  }
  for (const [source, target] of list) writeNumber(target >= source ? 2 * (target - source) : 2 * (source - target) - 1);
  return list.length;
}
const normalizeCount = writePairs(normalize);
const characterCount = writePairs(characters);
const unitsOf = (key) => Array.from({ length: key.length }, (_, i) => key.charCodeAt(i));

// The alphabet: every code unit of the kept keys, by frequency, regrouped by rank bucket.
const unitFrequency = new Map();
for (const key of kept) for (const unit of unitsOf(key)) unitFrequency.set(unit, (unitFrequency.get(unit) ?? 0) + 1);
const byFrequency = [...unitFrequency].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([unit]) => unit);
const alphabet = [];
for (let b = 0; 2 ** b - 1 < byFrequency.length; b++) {
  alphabet.push(...byFrequency.slice(2 ** b - 1, 2 ** (b + 1) - 1).sort((x, y) => x - y));
}
const rankOf = new Map(alphabet.map((unit, rank) => [unit, rank]));
for (let b = 0; 2 ** b - 1 < alphabet.length; b++) {
  let last = -1;
  for (const unit of alphabet.slice(2 ** b - 1, 2 ** (b + 1) - 1)) {
    writeNumber(unit - last - 1);
    last = unit;
  }
}

const ranked = [...kept].map((key) => ({ key, ranks: unitsOf(key).map((u) => rankOf.get(u)) }));
ranked.sort((x, y) => {
  const a = x.ranks;
  const b = y.ranks;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
});
const sorted = ranked.map(({ key }) => key);
const index = new Map(sorted.map((key, n) => [key, n]));

/** For each key character at a differing position, the value characters met there, most frequent first. */
const alternativeCounts = new Map();
const differences = sorted.map((key) => {
  const points = [...key];
  const value = [...phrases.get(key)];
  const plain = [...charwise(key)];
  const found = [];
  value.forEach((c, i) => {
    if (c === plain[i]) return;
    found.push([i, points[i], c]);
    const counts = alternativeCounts.get(points[i]) ?? alternativeCounts.set(points[i], new Map()).get(points[i]);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  });
  return found;
});
const alternatives = new Map(
  [...alternativeCounts].map(([source, counts]) => [source, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c)]),
);
for (const [source, targets] of alternatives) if (targets.includes('|') || source === '|') throw new Error('a separator in the alternatives');

const shapeCounts = new Map();
const shapeList = [];
let patches = '';
let patched = 0;
let previous = [];
for (const [n, { ranks }] of ranked.entries()) {
  let shared = 0;
  while (shared < previous.length && shared < ranks.length - 1 && previous[shared] === ranks[shared]) shared++;
  for (let i = shared; i < ranks.length; i++) writeNumber(i === shared && shared < previous.length ? ranks[i] - previous[i] - 1 : ranks[i]);
  const found = differences[n];
  const shape = `${shared},${ranks.length - shared},${found.length}`;
  shapeList.push(shape);
  shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);
  for (const [position, source, target] of found) {
    const alternative = alternatives.get(source).indexOf(target);
    if (position > 15) throw new Error(`a differing position past 15 in ${sorted[n]}`);
    patches += SYMBOLS[position + 16 * alternative];
    patched++;
  }
  previous = ranks;
}
const shapes = [...shapeCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([shape]) => shape);
const shapeIndex = new Map(shapes.map((shape, n) => [shape, n]));
const structure = shapeList.map((shape) => SYMBOLS[shapeIndex.get(shape)]).join('');
while (bitList.length % 6) bitList.push(0);
let bits = '';
for (let i = 0; i < bitList.length; i += 6) {
  let v = 0;
  for (let j = 0; j < 6; j++) v = v * 2 + bitList[i + j];
  bits += BASE64[v];
}
const phraseData = {
  count: sorted.length,
  units: sorted.reduce((sum, key) => sum + key.length, 0),
  alphabet: alphabet.length,
  shapes: shapes.map((shape) => shape.split(',').map((n) => SYMBOLS[Number(n)]).join('')).join(''),
  structure,
  patches,
  alternatives: [...alternatives].map(([source, targets]) => source + targets.join('')).join('|'),
};
for (const key of normalize.keys()) {
  if (!/^[\uf900-\ufaff]$|^\ud87e[\udc00-\ude1f]$/.test(key)) throw new Error(`a normalized character outside the compatibility blocks: ${key}`);
}

const pairs = (table) => [...table].filter(([s, t]) => s !== t).map(([s, t]) => s + t).join('');

/** Per variant: its character table, its phrase table, and the kept phrases its phrases change. */
function variantData(table) {
  const chars = new Map([...table].filter(([s]) => length(s) === 1));
  const multi = new Map([...table].filter(([s]) => length(s) > 1));
  const max = maxKeyLength(table);
  const overrides = [];
  for (const key of sorted) {
    const value = phrases.get(key);
    const exact = longestMatchConvert(value, table, max);
    const plain = [...value].map((c) => chars.get(c) ?? c).join('');
    if (exact !== plain) overrides.push(`${index.get(key)} ${exact}`);
  }
  return { characters: pairs(chars), phrases: [...multi].map(([s, t]) => `${s} ${t}`).join('|'), overrides: overrides.join('|') };
}

const data = {
  version: openccVersion,
  normalize: normalizeCount,
  characters: characterCount,
  phrases: phraseData,
  buckets,
  bits,
  tw: variantData(variants.tw),
  hk: variantData(variants.hk),
};

const body = `${header}
// The simplified→traditional dictionary of the script toggle: OpenCC's phrases, less those that
// provably cannot change any output (the rule and its proof are in scripts/build-dictionaries.mjs).
import type { CompactDictionary } from '../compact-converter.js';

const dictionary: CompactDictionary = ${JSON.stringify(data)};
export default dictionary;
`;
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, body);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `dictionaries: ${kept.size} of ${phrases.size} phrases kept (${passes} passes, ${patched} differing characters), ` +
    `tw ${data.tw.overrides ? data.tw.overrides.split('|').length : 0} / hk ${data.hk.overrides ? data.hk.overrides.split('|').length : 0} variant overrides, ${seconds} s`,
);
