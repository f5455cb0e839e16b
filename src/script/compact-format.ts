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
  /** Size of the alphabet of key code units, read from `buckets` and `bits` after the tables. */
  alphabet: number;
  /** Three symbols a shape: shared length, rest length, count of differing positions. */
  shapes: string;
  /** One symbol a phrase: its shape. */
  structure: string;
  /** One symbol a differing position: position + 16 × alternative. */
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

export class NumberWriter {
  buckets = '';
  private readonly symbols = symbolAlphabet();
  private readonly bitList: number[] = [];

  write(n: number) {
    if (!(n >= 0 && Number.isInteger(n))) throw new Error(`not a count: ${n}`);
    const b = 31 - Math.clz32(n + 1);
    this.buckets += this.symbols[b];
    const rest = n + 1 - 2 ** b;
    for (let j = b - 1; j >= 0; j--) this.bitList.push(Math.floor(rest / 2 ** j) % 2);
  }

  /** The bits written so far, six to a base-64 character (the last one padded with zeros). */
  bits(): string {
    let bits = '';
    for (let i = 0; i < this.bitList.length; i += 6) {
      let v = 0;
      for (let j = 0; j < 6; j++) v = v * 2 + (this.bitList[i + j] ?? 0);
      bits += BASE64[v];
    }
    return bits;
  }
}

/** Each base-64 character's value, by its code unit (made once: a group is read with a reader of its own). */
let base64Table: Uint8Array | undefined;
function base64Values(): Uint8Array {
  if (!base64Table) {
    base64Table = new Uint8Array(128);
    for (let i = 0; i < 64; i++) base64Table[BASE64.charCodeAt(i)] = i;
  }
  return base64Table;
}

/**
 * The streams' numbers one by one (`next`) from the `bucket`-th number, whose bits start at bit `bit`;
 * where the next number is (`bucket()`, `bit()`), and whether all have been read (`done`).
 */
export function numberReader(buckets: string, bits: string, symbol: Int16Array, bucket = 0, bit = 0) {
  const base64 = base64Values();
  let bucketAt = bucket;
  let bitAt = Math.floor(bit / 6);
  let heldBits = bit % 6 ? 6 - (bit % 6) : 0;
  let held = heldBits ? base64[bits.charCodeAt(bitAt++)] & ((1 << heldBits) - 1) : 0;
  const next = () => {
    const b = symbol[buckets.charCodeAt(bucketAt++)];
    while (heldBits < b) {
      held = (held << 6) | base64[bits.charCodeAt(bitAt++)];
      heldBits += 6;
    }
    heldBits -= b;
    const low = held >>> heldBits;
    held &= (1 << heldBits) - 1;
    return (1 << b) - 1 + low;
  };
  return { next, bucket: () => bucketAt, bit: () => bitAt * 6 - heldBits, done: () => bucketAt === buckets.length };
}

export type NumberReader = ReturnType<typeof numberReader>;

/** Reads one number from the streams. */
export type NextNumber = () => number;

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

export function readCharacterTable(next: NextNumber, count: number): CharacterTable {
  const sources = new Int32Array(count);
  const targets = new Int32Array(count);
  for (let i = 0, last = -1; i < count; i++) last = sources[i] = last + 1 + next();
  // Typed arrays, not a map: the table is read on a reader's first switch, and this is quicker to fill.
  const bmp = new Int32Array(0x10000);
  const astral = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const d = next();
    const source = sources[i];
    const target = (targets[i] = d & 1 ? source - (d + 1) / 2 : source + d / 2);
    if (source <= 0xffff) bmp[source] = target;
    else astral.set(source, target);
  }
  return { sources, targets, targetOf: (point) => (point <= 0xffff ? bmp[point] : (astral.get(point) ?? 0)) };
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
  const shapeList: string[] = [];
  let patches = '';
  let previous: number[] = [];
  for (const [n, { ranks }] of ranked.entries()) {
    let shared = 0;
    while (shared < previous.length && shared < ranks.length - 1 && previous[shared] === ranks[shared]) shared++;
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
    alphabet: alphabet.length,
    shapes: shapes.map((shape) => shape.split(',').map((n) => symbols[Number(n)]).join('')).join(''),
    structure: shapeList.map((shape) => symbols[shapeIndex.get(shape)!]).join(''),
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
 * The keys come in groups by their first code unit, and each group's numbers can be read on their
 * own: a first pass over the shapes (one symbol a phrase) and the bucket symbols finds where each
 * group's numbers and bits start, and the first unit of each. `readGroup(g)` then reads one group's
 * keys, in any order, so a converter reads only the groups its text needs.
 */
export function phraseReader(phrases: CompactPhrases, numbers: NumberReader, buckets: string, bits: string, symbol: Int16Array) {
  const { count, structure, patches } = phrases;
  const { next } = numbers;
  // The alphabet, rank group by rank group (1, 2, 4… units), each as gaps in code-unit order.
  const alphabet = new Uint16Array(phrases.alphabet);
  for (let start = 0, size = 1; start < alphabet.length; start += size, size *= 2) {
    for (let r = start, last = -1; r < Math.min(alphabet.length, start + size); r++) last = alphabet[r] = last + 1 + next();
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
  const patchesAt = new Int32Array(count);
  // Each shape by its symbol's code unit: the first pass reads a phrase's shape with one lookup.
  const sharedOf = new Uint8Array(0x800);
  const restOf = new Uint8Array(0x800);
  const differingOf = new Uint8Array(0x800);
  for (let c = 0; c < 0x800; c++) {
    const shape = 3 * symbol[c];
    if (shape < 0 || shape >= shapes.length) continue;
    [sharedOf[c], restOf[c], differingOf[c]] = [shapes[shape], shapes[shape + 1], shapes[shape + 2]];
  }

  // The first pass, as three flat loops (code that runs once is fastest in plain loops). A key that
  // shares nothing with the one before starts a group: sorted keys of two or more units that share
  // their first unit always share it.
  let groups = 0;
  /** Keys whose first two units differ from the key's before: the distinct pairs a lookup starts from. */
  let pairs = 0;
  for (let n = 0; n < count; n++) {
    const shared = sharedOf[structure.charCodeAt(n)];
    if (shared === 0) groups++;
    if (shared < 2) pairs++;
  }
  /** Per group: its first phrase (one more entry: the end), first number, first bit, first unit's rank, first unit and patch. */
  const groupFirst = new Int32Array(groups + 1);
  const groupBucket = new Int32Array(groups + 1);
  const groupBit = new Int32Array(groups);
  const groupRank = new Uint16Array(groups);
  const groupUnit = new Int32Array(groups);
  const groupPatch = new Int32Array(groups);
  /** The group of each first code unit, plus one (0: no key starts with it). */
  const groupOf = new Uint16Array(0x10000);
  const base64 = base64Values();
  // Where each group's phrases, numbers, units and patches start: from the shapes alone.
  let bucketAt = numbers.bucket();
  for (let n = 0, g = -1, unitAt = 0, patchAt = 0; n < count; n++) {
    const c = structure.charCodeAt(n);
    const shared = sharedOf[c];
    if (shared === 0) {
      g++;
      groupFirst[g] = n;
      groupBucket[g] = bucketAt;
      groupUnit[g] = unitAt;
      groupPatch[g] = patchAt;
    }
    bucketAt += restOf[c];
    unitAt += shared + restOf[c];
    patchAt += differingOf[c];
  }
  groupFirst[groups] = count;
  groupBucket[groups] = bucketAt;
  if (bucketAt !== buckets.length) throw new Error('the dictionary streams do not match its counts');
  // Where each group's bits start: the bucket symbols are the numbers' widths.
  for (let g = 0, i = numbers.bucket(), bitAt = numbers.bit(); g < groups; g++) {
    groupBit[g] = bitAt;
    for (const end = groupBucket[g + 1]; i < end; i++) bitAt += symbol[buckets.charCodeAt(i)];
  }
  // The first unit of each group: its rank's gap above the last group's first, the group's first number.
  for (let g = 0; g < groups; g++) {
    const b = symbol[buckets.charCodeAt(groupBucket[g])];
    let low = 0;
    for (let k = groupBit[g]; k < groupBit[g] + b; k++) low = (low << 1) | ((base64[bits.charCodeAt((k / 6) | 0)] >> (5 - (k % 6))) & 1);
    const gap = (1 << b) - 1 + low;
    groupRank[g] = g === 0 ? gap : groupRank[g - 1] + 1 + gap;
    groupOf[alphabet[groupRank[g]]] = g + 1;
  }

  const ranks = new Uint16Array(256);
  /** Reads group `g`'s keys into `units`, with where each starts, its length and its patches. */
  const readGroup = (g: number) => {
    // The numbers read inline (see `numberReader`): this runs for every group a text needs.
    let bucketAt = groupBucket[g];
    let bitAt = (groupBit[g] / 6) | 0;
    let heldBits = groupBit[g] % 6 ? 6 - (groupBit[g] % 6) : 0;
    let held = heldBits ? base64[bits.charCodeAt(bitAt++)] & ((1 << heldBits) - 1) : 0;
    let start = groupUnit[g];
    let patchAt = groupPatch[g];
    let previousLength = 0;
    for (let n = groupFirst[g]; n < groupFirst[g + 1]; n++) {
      const c = structure.charCodeAt(n);
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

  return { units, starts, lengths, differing, groups, pairs, groupFirst, groupOf, readGroup, value };
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
