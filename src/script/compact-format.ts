/**
 * The compact dictionary format: how scripts/build-dictionaries.mjs writes the simplified→traditional
 * dictionary and how compact-converter.ts reads it back. Both sides of every stream are here, side by
 * side, so the writer and the reader cannot drift apart. The browser chunk keeps only the readers
 * (nothing here runs on import, so the writers are left out of it).
 *
 * Gzip codes bytes, so the phrase list is written as homogeneous streams it compresses well rather
 * than as CJK text (three UTF-8 bytes a character, each byte coded on its own):
 *   - every code unit of the keys is replaced by its rank in an alphabet ordered by frequency (rank
 *     groups 0, 1–2, 3–6, 7–14, … in code-unit order within a group, so the alphabet itself is stored
 *     as small gaps), and the keys are sorted by those ranks;
 *   - each key is front-coded against the one before: the length it shares, then the rest; the first
 *     unit of the rest is stored as its gap above the previous key's unit at that position (sorted
 *     keys only go up), the others as ranks;
 *   - the normalization and character tables come first in the same streams (see `writeCharacterTable`);
 *   - every number n (table gaps and distances, alphabet gaps, key gaps, ranks) is written as its
 *     bucket b = ⌊log2(n + 1)⌋, one symbol in `buckets`, and the b bits of n + 1 - 2^b, packed six to
 *     a character in `bits`;
 *   - each phrase's shape (shared length, rest length, count of differing positions) is one symbol in
 *     `structure`, an index into `shapes`; each code point where the value differs from the
 *     character-by-character conversion is one symbol in `patches`: its position + 16 × the index of
 *     the value's character among `alternatives` for the key's character there.
 *   - the phrases come in groups, one a first code unit (see `phraseReader`); `GROUP` starts each
 *     group in `buckets`, `bits`, `structure` and `patches`, so that a reader finds any group with no
 *     pass over the phrases before it, and reads only the groups its text needs.
 * Symbols are printable ASCII (no quote, backslash or dollar sign), then U+00C0…: no escapes in the
 * generated string literals. The phrase order is the sorted rank order: phrases with the same first
 * two code units stay consecutive, as the converter's lookup needs.
 */
import { codePointLength, idsEnd } from './ideographic-description.js';

/** A variant step (Taiwan or Hong Kong forms) applied after the traditional conversion. */
export interface CompactVariant {
  /** Pairs of code points: source then target. */
  characters: string;
  /** `"source target|…"`: the variant phrases, matched within one segment. */
  phrases: string;
  /** `"index value|…"`: kept phrases whose value the variant phrases change, given whole. */
  overrides: string;
}

export interface CompactDictionary {
  /** The opencc-js version the dictionary was generated from. */
  version: string;
  /** Count of pairs, read first from `buckets` and `bits`: CJK compatibility ideographs and their unified forms. */
  normalize: number;
  /** Count of pairs, read next: simplified and traditional characters. */
  characters: number;
  /** The kept phrases, front-coded, each with its differing positions. */
  phrases: CompactPhrases;
  /** One symbol a number (table gaps, alphabet, keys): its bucket b. */
  buckets: string;
  /** The b low bits of each number, six to a character. */
  bits: string;
  tw: CompactVariant;
  hk: CompactVariant;
}

/** The kept phrases as streams (see the top of this file). */
export interface CompactPhrases {
  count: number;
  /** Code units of all the keys together. */
  units: number;
  /** Keys whose first two units differ from the key's before: the distinct pairs a lookup starts from. */
  pairs: number;
  /** Groups of keys: one a first code unit. */
  groups: number;
  /** Size of the alphabet of key code units, read from `buckets` and `bits` after the tables. */
  alphabet: number;
  /** Three symbols a shape: shared length, rest length, count of differing positions. */
  shapes: string;
  /** One symbol a phrase: its shape; `GROUP` before each group. */
  structure: string;
  /** One symbol a differing position: position + 16 × alternative; `GROUP` before each group. */
  patches: string;
  /** `"source alternatives…|…"`: value characters met at differing positions, by key character. */
  alternatives: string;
}

/** A patch holds its position below this and its alternative above: a differing position is < 16. */
const PATCH_POSITIONS = 16;

// ---- symbols ----

/**
 * The value of each symbol by its code unit, -1 for a character that is not one: printable ASCII but
 * quotes, backslash and dollar sign, then U+00C0…U+07FF, numbered in that order.
 */
export function symbolValues(): Int16Array {
  const values = new Int16Array(0x800).fill(-1);
  const excluded = [0x22, 0x24, 0x27, 0x5c, 0x60]; // " $ ' \ `
  for (let c = 0x20, n = 0; c < 0x800; c++) if (c < 0x7f ? !excluded.includes(c) : c >= 0xc0) values[c] = n++;
  return values;
}

/** The symbols in value order: symbol n is `symbolAlphabet()[n]`. */
function symbolAlphabet(): string {
  let symbols = '';
  symbolValues().forEach((value, c) => {
    if (value >= 0) symbols += String.fromCharCode(c);
  });
  return symbols;
}

// ---- numbers: a bucket symbol each, then its low bits ----

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Ends one group of numbers and starts the next, in `buckets`, in `bits` (whose groups each start on a
 * character of their own) and in the phrase streams: a reader finds each group by searching for the
 * mark, and reads it without the numbers before. DEL: not a symbol, one byte, and no escape in a string
 * literal. (The marks add 6 KB to the gzipped chunk, and spare a first switch 3–5 ms of reading.)
 */
export const GROUP = '\u007f';

export class NumberWriter {
  buckets = '';
  private readonly symbols = symbolAlphabet();
  private bitList: number[] = [];
  private readonly bitGroups: string[] = [];

  write(n: number) {
    if (!(n >= 0 && Number.isInteger(n))) throw new Error(`not a count: ${n}`);
    const b = 31 - Math.clz32(n + 1);
    this.buckets += this.symbols[b];
    const rest = n + 1 - 2 ** b;
    for (let j = b - 1; j >= 0; j--) this.bitList.push(Math.floor(rest / 2 ** j) % 2);
  }

  /** Starts a group: the numbers written next are read from its start (see `GROUP`). */
  startGroup() {
    this.bitGroups.push(base64Of(this.bitList));
    this.bitList = [];
    this.buckets += GROUP;
  }

  /** The bits written so far, six to a base-64 character (each group's last one padded with zeros). */
  bits(): string {
    return [...this.bitGroups, base64Of(this.bitList)].join(GROUP);
  }
}

/** Bits (0 or 1 each), six to a base-64 character, the last one padded with zeros. */
function base64Of(bitList: number[]): string {
  let bits = '';
  for (let i = 0; i < bitList.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = v * 2 + (bitList[i + j] ?? 0);
    bits += BASE64[v];
  }
  return bits;
}

/** Each base-64 character's value, by its code unit (made once). */
let base64Table: Uint8Array | undefined;
function base64Values(): Uint8Array {
  if (!base64Table) {
    base64Table = new Uint8Array(128);
    for (let i = 0; i < 64; i++) base64Table[BASE64.charCodeAt(i)] = i;
  }
  return base64Table;
}

/**
 * The streams' numbers in order, from the first: `many(count)` reads the next `count` of them into an
 * array in one loop (a first switch reads about 16,000 so, before any phrase); `bucket()` is where the
 * next number is.
 */
export function numberReader(buckets: string, bits: string, symbol: Int16Array) {
  const base64 = base64Values();
  let bucketAt = 0;
  let bitAt = 0;
  let heldBits = 0;
  let held = 0;
  const many = (count: number) => {
    const out = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const b = symbol[buckets.charCodeAt(bucketAt++)];
      while (heldBits < b) {
        held = (held << 6) | base64[bits.charCodeAt(bitAt++)];
        heldBits += 6;
      }
      heldBits -= b;
      out[i] = (1 << b) - 1 + (held >>> heldBits);
      held &= (1 << heldBits) - 1;
    }
    return out;
  };
  return { many, bucket: () => bucketAt };
}

export type NumberReader = ReturnType<typeof numberReader>;

// ---- one-character tables: sorted sources as gaps, then each target's zigzag distance ----

/** Writes the pairs of `table` that change a character; returns how many (the reader's count). */
export function writeCharacterTable(numbers: NumberWriter, table: Map<string, string>): number {
  const changed = [...table].filter(([s, t]) => s !== t);
  for (const [s, t] of changed) if ([...s].length !== 1 || [...t].length !== 1) throw new Error(`not one character: ${s} ${t}`);
  const list = changed.map(([s, t]) => [s.codePointAt(0)!, t.codePointAt(0)!]).sort((a, b) => a[0] - b[0]);
  let last = -1;
  for (const [source] of list) {
    numbers.write(source - last - 1);
    last = source;
  }
  // Zigzag: 2d for a distance d ≥ 0, -2d - 1 below.
  for (const [source, target] of list) numbers.write(target >= source ? 2 * (target - source) : 2 * (source - target) - 1);
  return list.length;
}

export function readCharacterTable(numbers: NumberReader, count: number): CharacterTable {
  const sources = numbers.many(count);
  for (let i = 0, last = -1; i < count; i++) last = sources[i] += last + 1;
  const targets = numbers.many(count);
  for (let i = 0; i < count; i++) {
    const d = targets[i];
    targets[i] = d & 1 ? sources[i] - (d + 1) / 2 : sources[i] + d / 2;
  }
  // Looked up by binary search: the converter's fast path has tables of its own, and these are met
  // only for phrases' values and rare runs.
  const targetOf = (point: number) => {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const source = sources[middle];
      if (source === point) return targets[middle];
      if (source < point) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  };
  return { sources, targets, targetOf };
}

/** A one-character table as read: the sources in ascending order, each with its target. */
export interface CharacterTable {
  /** Code points the table changes, ascending. */
  sources: Int32Array;
  /** The code point each source becomes. */
  targets: Int32Array;
  /** The code point `point` becomes, 0 where the table leaves it. */
  targetOf(point: number): number;
}

// ---- the alphabet of key code units: rank groups 0, 1–2, 3–6…, each in code-unit order ----

/** The alphabet in rank order: `units` by frequency, regrouped by rank group; written as gaps. */
function writeAlphabet(numbers: NumberWriter, byFrequency: number[]): number[] {
  const alphabet: number[] = [];
  for (let b = 0; 2 ** b - 1 < byFrequency.length; b++) {
    const group = byFrequency.slice(2 ** b - 1, 2 ** (b + 1) - 1).sort((x, y) => x - y);
    let last = -1;
    for (const unit of group) {
      numbers.write(unit - last - 1);
      last = unit;
    }
    alphabet.push(...group);
  }
  return alphabet;
}

// ---- the phrases ----

const unitsOf = (key: string) => Array.from({ length: key.length }, (_, i) => key.charCodeAt(i));
const byCountThenName = <T>(counts: Map<T, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([item]) => item);

/**
 * Writes the phrases (key → value; `plain` is the character-by-character value of a key): their keys
 * into `numbers` after the tables, the rest as the returned streams. `order` is the phrases in
 * stream order, which the variant overrides count in.
 */
export function writePhrases(
  numbers: NumberWriter,
  phrases: Map<string, string>,
  plain: (key: string) => string,
): { streams: CompactPhrases; order: string[] } {
  const symbols = symbolAlphabet();
  const unitFrequency = new Map<number, number>();
  for (const key of phrases.keys()) for (const unit of unitsOf(key)) unitFrequency.set(unit, (unitFrequency.get(unit) ?? 0) + 1);
  const byFrequency = [...unitFrequency].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([unit]) => unit);
  const alphabet = writeAlphabet(numbers, byFrequency);
  const rankOf = new Map(alphabet.map((unit, rank) => [unit, rank]));

  const ranked = [...phrases.keys()].map((key) => ({ key, ranks: unitsOf(key).map((u) => rankOf.get(u)!) }));
  ranked.sort((x, y) => {
    const a = x.ranks;
    const b = y.ranks;
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  });
  const order = ranked.map(({ key }) => key);

  // For each key character at a differing position, the value characters met there, most frequent first.
  const alternativeCounts = new Map<string, Map<string, number>>();
  const differences = order.map((key) => {
    const points = [...key];
    const value = [...phrases.get(key)!];
    const plainValue = [...plain(key)];
    const found: [number, string, string][] = [];
    value.forEach((c, i) => {
      if (c === plainValue[i]) return;
      found.push([i, points[i], c]);
      const counts = alternativeCounts.get(points[i]) ?? alternativeCounts.set(points[i], new Map()).get(points[i])!;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    });
    return found;
  });
  const alternatives = new Map([...alternativeCounts].map(([source, counts]) => [source, byCountThenName(counts)]));
  for (const [source, targets] of alternatives) if (targets.includes('|') || source === '|') throw new Error('a separator in the alternatives');

  const shapeCounts = new Map<string, number>();
  /** Each phrase's shape, and `GROUP` before each group's first. */
  const shapeList: string[] = [];
  let patches = '';
  let previous: number[] = [];
  let pairs = 0;
  let groups = 0;
  for (const [n, { ranks }] of ranked.entries()) {
    let shared = 0;
    while (shared < previous.length && shared < ranks.length - 1 && previous[shared] === ranks[shared]) shared++;
    if (shared === 0) {
      groups++;
      numbers.startGroup();
      shapeList.push(GROUP);
      patches += GROUP;
    }
    if (shared < 2) pairs++;
    for (let i = shared; i < ranks.length; i++) numbers.write(i === shared && shared < previous.length ? ranks[i] - previous[i] - 1 : ranks[i]);
    const found = differences[n];
    const shape = `${shared},${ranks.length - shared},${found.length}`;
    shapeList.push(shape);
    shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);
    for (const [position, source, target] of found) {
      if (position >= PATCH_POSITIONS) throw new Error(`a differing position past ${PATCH_POSITIONS - 1} in ${order[n]}`);
      patches += symbols[position + PATCH_POSITIONS * alternatives.get(source)!.indexOf(target)];
    }
    previous = ranks;
  }
  const shapes = byCountThenName(shapeCounts);
  const shapeIndex = new Map(shapes.map((shape, n) => [shape, n]));
  const streams: CompactPhrases = {
    count: order.length,
    units: order.reduce((sum, key) => sum + key.length, 0),
    pairs,
    groups,
    alphabet: alphabet.length,
    shapes: shapes.map((shape) => shape.split(',').map((n) => symbols[Number(n)]).join('')).join(''),
    structure: shapeList.map((shape) => (shape === GROUP ? GROUP : symbols[shapeIndex.get(shape)!])).join(''),
    patches,
    alternatives: [...alternatives].map(([source, targets]) => source + targets.join('')).join('|'),
  };
  return { streams, order };
}

/**
 * Reads the phrases back: every key into one array of code units, phrase n being `units[starts[n] …
 * + lengths[n]]`. A value is the key's characters converted one by one by the character table, with
 * `differing[n]` code points patched: `value(n, characters)` gives it. `numbers` must be past the
 * character tables: the alphabet is read first.
 *
 * The keys come in groups by their first code unit, each group's streams after a `GROUP`: one `split`
 * a stream finds them all, and the first number of each gives its first unit. `readGroup(g)` then reads
 * one group's keys, in any order, so a converter reads only the groups its text needs.
 */
export function phraseReader(phrases: CompactPhrases, numbers: NumberReader, buckets: string, bits: string, symbol: Int16Array) {
  const { count } = phrases;
  // The alphabet, rank group by rank group (1, 2, 4… units), each as gaps in code-unit order.
  const gaps = numbers.many(phrases.alphabet);
  const alphabet = new Uint16Array(phrases.alphabet);
  for (let start = 0, size = 1; start < alphabet.length; start += size, size *= 2) {
    for (let r = start, last = -1; r < Math.min(alphabet.length, start + size); r++) last = alphabet[r] = last + 1 + gaps[r];
  }
  const shapes = new Uint8Array(phrases.shapes.length);
  for (let i = 0; i < shapes.length; i++) shapes[i] = symbol[phrases.shapes.charCodeAt(i)];
  const alternatives = new Map<number, string[]>();
  for (const entry of phrases.alternatives.split('|')) {
    const [source, ...targets] = [...entry];
    alternatives.set(source.codePointAt(0)!, targets);
  }
  const units = new Uint16Array(phrases.units);
  const starts = new Int32Array(count);
  const lengths = new Uint8Array(count);
  const differing = new Uint8Array(count);
  /** Where each phrase's patches start in `patches`. */
  const patchesAt = new Int32Array(count);
  // Each shape by its symbol's code unit: a phrase's shape with one lookup.
  const sharedOf = new Uint8Array(0x800);
  const restOf = new Uint8Array(0x800);
  const differingOf = new Uint8Array(0x800);
  for (let c = 0; c < 0x800; c++) {
    const shape = 3 * symbol[c];
    if (shape < 0 || shape >= shapes.length) continue;
    [sharedOf[c], restOf[c], differingOf[c]] = [shapes[shape], shapes[shape + 1], shapes[shape + 2]];
  }

  // Where each group starts in each stream (just after its mark); the part before the first mark of
  // `buckets` and `bits` holds the tables and the alphabet.
  const groups = phrases.groups;
  const { structure, patches } = phrases;
  const bucketStart = groupStarts(buckets, groups);
  const bitStart = groupStarts(bits, groups);
  const shapeStart = groupStarts(structure, groups);
  const patchStart = groupStarts(patches, groups);
  if (numbers.bucket() !== bucketStart[0] - 1) throw new Error('the dictionary streams do not match its counts');
  /** Per group: its first phrase (one more entry: the end), and its first unit's rank. */
  const groupFirst = new Int32Array(groups + 1);
  const groupRank = new Uint16Array(groups);
  /** The group of each first code unit, plus one (0: no key starts with it). */
  const groupOf = new Uint16Array(0x10000);
  const base64 = base64Values();
  for (let g = 0, n = 0; g < groups; g++) {
    groupFirst[g] = n;
    n += shapeStart[g + 1] - shapeStart[g] - 1;
    // The first unit: its rank's gap above the last group's first, the group's first number.
    const b = symbol[buckets.charCodeAt(bucketStart[g])];
    let low = 0;
    for (let k = 0; k < b; k++) low = (low << 1) | ((base64[bits.charCodeAt(bitStart[g] + ((k / 6) | 0))] >> (5 - (k % 6))) & 1);
    const gap = (1 << b) - 1 + low;
    groupRank[g] = g === 0 ? gap : groupRank[g - 1] + 1 + gap;
    groupOf[alphabet[groupRank[g]]] = g + 1;
  }
  groupFirst[groups] = count;
  if (groups && groupFirst[groups - 1] + shapeStart[groups] - shapeStart[groups - 1] - 1 !== count) {
    throw new Error('the dictionary streams do not match its counts');
  }

  /** The units of the groups read so far take `units` from the start, in the order they were read. */
  let unitsUsed = 0;
  const ranks = new Uint16Array(256);
  /** Reads group `g`'s keys into `units`, with where each starts, its length and its patches. */
  const readGroup = (g: number) => {
    // The numbers read inline (see `numberReader`): this runs for every group a text needs.
    let bucketAt = bucketStart[g];
    let bitAt = bitStart[g];
    let held = 0;
    let heldBits = 0;
    let start = unitsUsed;
    let patchAt = patchStart[g];
    let previousLength = 0;
    for (let k = shapeStart[g], n = groupFirst[g]; n < groupFirst[g + 1]; k++, n++) {
      const c = structure.charCodeAt(k);
      const shared = sharedOf[c];
      const length = shared + restOf[c];
      for (let i = 0, from = start - previousLength; i < shared; i++) units[start + i] = units[from + i];
      for (let i = shared; i < length; i++) {
        const b = symbol[buckets.charCodeAt(bucketAt++)];
        while (heldBits < b) {
          held = (held << 6) | base64[bits.charCodeAt(bitAt++)];
          heldBits += 6;
        }
        heldBits -= b;
        const number = (1 << b) - 1 + (held >>> heldBits);
        held &= (1 << heldBits) - 1;
        // The first unit of the rest: its gap above the previous key's unit there, if it had one.
        const rank = i === 0 ? groupRank[g] : i === shared && shared < previousLength ? ranks[i] + 1 + number : number;
        ranks[i] = rank;
        units[start + i] = alphabet[rank];
      }
      starts[n] = start;
      lengths[n] = length;
      patchesAt[n] = patchAt;
      patchAt += differing[n] = differingOf[c];
      start += length;
      previousLength = length;
    }
    unitsUsed = start;
  };

  const value = (n: number, characters: CharacterTable) => {
    const points = [...String.fromCharCode(...units.subarray(starts[n], starts[n] + lengths[n]))];
    const value = points.map((c) => {
      const target = characters.targetOf(c.codePointAt(0)!);
      return target ? String.fromCodePoint(target) : c;
    });
    for (let k = patchesAt[n]; k < patchesAt[n] + differing[n]; k++) {
      const patch = symbol[patches.charCodeAt(k)];
      const position = patch % PATCH_POSITIONS;
      value[position] = alternatives.get(points[position].codePointAt(0)!)![(patch / PATCH_POSITIONS) | 0];
    }
    return value;
  };
  return { units, starts, lengths, differing, groups, pairs: phrases.pairs, groupFirst, groupOf, readGroup, value };
}

/** Where each of the `groups` groups starts in `stream` (just after its mark); then the stream's end + 1. */
function groupStarts(stream: string, groups: number): Int32Array {
  const starts = new Int32Array(groups + 1);
  let n = 0;
  for (let at = stream.indexOf(GROUP); at >= 0; at = stream.indexOf(GROUP, at + 1)) {
    if (n === groups) throw new Error('the dictionary streams do not match its counts');
    starts[n++] = at + 1;
  }
  if (n !== groups) throw new Error('the dictionary streams do not match its counts');
  starts[groups] = stream.length + 1;
  return starts;
}

export type PhraseReader = ReturnType<typeof phraseReader>;

// ---- the variant steps ----

/**
 * OpenCC's greedy longest match over a small table, with its rule for ideographic description
 * sequences: the variant step, run exactly (by the converter, and by the generator for the overrides).
 */
export function greedyTable() {
  const entries = new Map<string, string>();
  let maxLength = 1;
  return {
    entries,
    /** A later entry replaces an earlier one with the same source. */
    add(source: string, target: string) {
      entries.set(source, target);
      maxLength = Math.max(maxLength, source.length);
    },
    convert(text: string): string {
      let out = '';
      for (let i = 0; i < text.length; ) {
        let end = 0;
        for (let j = Math.min(text.length, i + maxLength); j > i; j--) {
          if (entries.has(text.slice(i, j))) {
            end = j;
            break;
          }
        }
        if (end) {
          out += entries.get(text.slice(i, end));
        } else {
          end = idsEnd(text, i) || i + codePointLength(text, i);
          out += text.slice(i, end);
        }
        i = end;
      }
      return out;
    },
  };
}

/**
 * Writes a variant table (one group of OpenCC's variant dictionaries, resolved): its characters, its
 * phrases, and the phrases of `order` (with their values in `phrases`) whose value its phrases change.
 */
export function writeVariant(table: Map<string, string>, order: string[], phrases: Map<string, string>): CompactVariant {
  const characters = [...table].filter(([s]) => [...s].length === 1);
  const multi = [...table].filter(([s]) => [...s].length > 1);
  const exact = greedyTable();
  for (const [source, target] of table) exact.add(source, target);
  const characterOf = new Map(characters);
  const overrides: string[] = [];
  for (const [n, key] of order.entries()) {
    const value = phrases.get(key)!;
    const converted = exact.convert(value);
    if (converted !== [...value].map((c) => characterOf.get(c) ?? c).join('')) overrides.push(`${n} ${converted}`);
  }
  return {
    characters: characters
      .filter(([s, t]) => s !== t)
      .map(([s, t]) => s + t)
      .join(''),
    phrases: multi.map(([s, t]) => `${s} ${t}`).join('|'),
    overrides: overrides.join('|'),
  };
}

/** A variant's characters: code point → its variant form. */
export function readVariantCharacters(variant: CompactVariant): Map<number, string> {
  const points = [...variant.characters];
  const table = new Map<number, string>();
  for (let i = 0; i < points.length; i += 2) table.set(points[i].codePointAt(0)!, points[i + 1]);
  return table;
}

/** A variant's phrases, `[source, target]`, in the order written. */
export function readVariantPhrases(variant: CompactVariant): [string, string][] {
  return variant.phrases.split('|').map((line) => line.split(' ') as [string, string]);
}

/** A variant's overrides: `[phrase index, whole value]`. */
export function readOverrides(variant: CompactVariant): [number, string][] {
  if (!variant.overrides) return [];
  return variant.overrides.split('|').map((line) => {
    const space = line.indexOf(' ');
    return [Number(line.slice(0, space)), line.slice(space + 1)];
  });
}
