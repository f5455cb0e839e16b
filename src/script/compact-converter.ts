/**
 * The simplified→traditional converter built from the compact dictionary that
 * scripts/build-dictionaries.mjs generates: OpenCC's output (s2t, s2tw, s2hk), from one flat table
 * of phrases stored as their differences from the character-by-character result. Building it reads
 * the generator's compact streams (numbers as a bucket symbol plus packed bits) into typed arrays (no
 * per-phrase objects, no tries) in one loop, in slices, so the page never freezes.
 */
// Types and a constant only: the pause comes from the caller, so this module shares no chunk with the page.
import type { Convert } from './phrase-table.js';
import { IDS_FIRST, IDS_LAST, codePointLength, idsEnd } from './ideographic-description.js';
import { SLICE_MS, type Yielder } from './slices.js';

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
  /** The kept phrases, front-coded, each with its differing positions (see the generator). */
  phrases: CompactPhrases;
  /** One symbol a number (table gaps, alphabet, keys): its bucket b. */
  buckets: string;
  /** The b low bits of each number, six to a character. */
  bits: string;
  tw: CompactVariant;
  hk: CompactVariant;
}

/** The kept phrases as the generator's streams (scripts/build-dictionaries.mjs describes them). */
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

export type TraditionalVariant = 't' | 'tw' | 'hk';

const COMPATIBILITY = /[\uf900-\ufaff\ud87e]/;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Value of each symbol character: printable ASCII but quotes, backslash and dollar sign, then U+00C0…. */
function symbolValues() {
  const values = new Int16Array(0x800).fill(-1);
  let n = 0;
  for (let c = 0x20; c < 0x7f; c++) if (!'"\'`\\$'.includes(String.fromCharCode(c))) values[c] = n++;
  for (let c = 0xc0; c < 0x800; c++) values[c] = n++;
  return values;
}

/** A small table converted by OpenCC's greedy longest match: the variant step, run exactly. */
class GreedyTable {
  readonly entries = new Map<string, string>();
  maxLength = 1;

  add(source: string, target: string) {
    this.entries.set(source, target);
    this.maxLength = Math.max(this.maxLength, source.length);
  }

  convert(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; ) {
      let end = 0;
      for (let j = Math.min(text.length, i + this.maxLength); j > i; j--) {
        if (this.entries.has(text.slice(i, j))) {
          end = j;
          break;
        }
      }
      if (end) {
        out += this.entries.get(text.slice(i, end));
      } else {
        end = idsEnd(text, i) || i + codePointLength(text, i);
        out += text.slice(i, end);
      }
      i = end;
    }
    return out;
  }
}

/** Reads pairs of code points into a map. */
function readCodePointPairs(pairs: string, into = new Map<number, string>()) {
  for (let i = 0; i < pairs.length; ) {
    const source = pairs.codePointAt(i)!;
    i += source > 0xffff ? 2 : 1;
    const target = String.fromCodePoint(pairs.codePointAt(i)!);
    i += target.length;
    into.set(source, target);
  }
  return into;
}

/** The streams' numbers one by one: for each, its bucket b (a symbol), then b bits, six to a character. */
function numberReader(buckets: string, bits: string, symbol: Int16Array) {
  const base64 = new Uint8Array(128);
  for (let i = 0; i < 64; i++) base64[BASE64.charCodeAt(i)] = i;
  const state = { bucketAt: 0, bitAt: 0, held: 0, heldBits: 0, base64 };
  const next = () => {
    const b = symbol[buckets.charCodeAt(state.bucketAt++)];
    while (state.heldBits < b) {
      state.held = (state.held << 6) | base64[bits.charCodeAt(state.bitAt++)];
      state.heldBits += 6;
    }
    state.heldBits -= b;
    const low = state.held >>> state.heldBits;
    state.held &= (1 << state.heldBits) - 1;
    return (1 << b) - 1 + low;
  };
  return { next, state };
}

/**
 * The converter for one variant, built in slices. It computes exactly what OpenCC's configuration
 * computes: normalize, cut by longest match over the kept phrases, convert each phrase whole and the
 * runs between them character by character, then apply the variant step within each segment.
 */
export async function buildCompactConverter(dictionary: CompactDictionary, variant: TraditionalVariant, pause: Yielder): Promise<Convert> {
  const began = performance.now();
  // ---- characters: one code unit → one code unit for the common case, a map for the rest ----
  const symbol = symbolValues();
  const reader = numberReader(dictionary.buckets, dictionary.bits, symbol);
  const readNumber = reader.next;
  /** A one-character table: the gaps between its sorted sources, then each target's zigzag distance. */
  const readPairs = (count: number) => {
    const sources = new Int32Array(count);
    for (let i = 0, last = -1; i < count; i++) last = sources[i] = last + 1 + readNumber();
    const table = new Map<number, string>();
    for (let i = 0; i < count; i++) {
      const d = readNumber();
      table.set(sources[i], String.fromCodePoint(d & 1 ? sources[i] - (d + 1) / 2 : sources[i] + d / 2));
    }
    return table;
  };
  const normalizeTable = readPairs(dictionary.normalize);
  const characters = readPairs(dictionary.characters);
  const variantData = variant === 't' ? undefined : dictionary[variant];
  const variantCharacters = variantData ? readCodePointPairs(variantData.characters) : new Map<number, string>();
  const variantTable = new GreedyTable();
  if (variantData) {
    // Earlier entries win, as in the dictionary group the variant step comes from.
    for (const [source, target] of [...variantCharacters].reverse()) variantTable.add(String.fromCodePoint(source), target);
    for (const line of variantData.phrases.split('|').reverse()) {
      const [source, target] = line.split(' ');
      variantTable.add(source, target);
    }
  }
  const finalOf = (c: string) => {
    const cp = c.codePointAt(0)!;
    return variantCharacters.get(cp) ?? c;
  };
  const traditionalOf = (cp: number) => characters.get(cp) ?? String.fromCodePoint(cp);
  /** Final code unit of each BMP code unit in a run, 0 where it is the unit itself. */
  const direct = new Uint16Array(0x10000);
  /** Units a run cannot take on the fast path: IDS operators, surrogates, a possible variant phrase start. */
  const special = new Uint8Array(0x10000);
  for (let cp = IDS_FIRST; cp <= IDS_LAST; cp++) special[cp] = 1;
  for (let cp = 0xd800; cp <= 0xdfff; cp++) special[cp] = 1;
  for (const [source, target] of characters) {
    const final = finalOf(target);
    if (source > 0xffff) continue;
    if (final.length === 1) direct[source] = final.charCodeAt(0);
    else special[source] = 1;
  }
  for (const [source, target] of variantCharacters) {
    if (source <= 0xffff && !characters.has(source) && target.length === 1) direct[source] = target.charCodeAt(0);
  }
  /** Variant phrases by their first code unit, to tell on the fast path whether one may start here. */
  const variantStarts = new Map<number, string[]>();
  for (const source of variantTable.entries.keys()) {
    if (source.length < 2) continue;
    const first = source.charCodeAt(0);
    if (!variantStarts.has(first)) variantStarts.set(first, []);
    variantStarts.get(first)!.push(source);
  }
  const traditionalUnit = (unit: number) => {
    const target = characters.get(unit);
    return target === undefined ? unit : target.length === 1 ? target.charCodeAt(0) : -1;
  };
  // A unit may start a variant phrase when its traditional form is a variant phrase's first unit.
  for (const [source, target] of characters) {
    if (source <= 0xffff && !special[source] && variantStarts.has(target.charCodeAt(0))) special[source] = 2;
  }
  for (const first of variantStarts.keys()) if (!characters.has(first) && !special[first]) special[first] = 2;

  // ---- phrases: front-coded keys into one array of code units ----
  const data = dictionary.phrases;
  const alphabet = new Uint16Array(data.alphabet);
  for (let start = 0, size = 1; start < alphabet.length; start += size, size *= 2) {
    let last = -1;
    for (let r = start; r < Math.min(alphabet.length, start + size); r++) last = alphabet[r] = last + 1 + readNumber();
  }
  const shapes = new Uint8Array(data.shapes.length);
  for (let i = 0; i < shapes.length; i++) shapes[i] = symbol[data.shapes.charCodeAt(i)];
  const alternatives = new Map<number, string[]>();
  for (const entry of data.alternatives.split('|')) {
    const [source, ...targets] = [...entry];
    alternatives.set(source.codePointAt(0)!, targets);
  }
  const count = data.count;
  const units = new Uint16Array(data.units);
  const starts = new Int32Array(count);
  const lengths = new Uint8Array(count);
  const values: (string | undefined)[] = [];
  const patchesAt = new Int32Array(count);
  const patchCount = new Uint8Array(count);
  const needsValue = new Uint8Array(count);
  // One hash of first two code units → the run of phrases that start with them (consecutive: the keys
  // are sorted), filled as the phrases are read.
  let hashBits = 1;
  while (1 << hashBits < count * 2) hashBits++;
  const mask = (1 << hashBits) - 1;
  const shift = 32 - hashBits;
  const slotKey = new Int32Array(mask + 1);
  const slotFirst = new Int32Array(mask + 1);
  const slotEnd = new Int32Array(mask + 1);
  {
    // One loop, its state in locals, the thread given back every few milliseconds.
    const { structure } = data;
    const { buckets, bits } = dictionary;
    const { base64 } = reader.state;
    let { bucketAt, bitAt, held, heldBits } = reader.state;
    const ranks = new Uint16Array(256);
    let write = 0;
    let previousLength = 0;
    let patchAt = 0;
    let slot = -1;
    let slotPair = 0;
    let sliceStart = began; // the tables before count towards the first slice
    for (let n = 0; n < count; n++) {
      if ((n & 1023) === 0 && performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
      const shape = 3 * symbol[structure.charCodeAt(n)];
      const shared = shapes[shape];
      const length = shared + shapes[shape + 1];
      const differing = shapes[shape + 2];
      const start = write;
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
        const rank = i === shared && shared < previousLength ? ranks[i] + 1 + number : number;
        ranks[i] = rank;
        units[start + i] = alphabet[rank];
      }
      write += length;
      previousLength = length;
      starts[n] = start;
      lengths[n] = length;
      // Phrases whose value differs from the fast path (differing positions, or characters `direct`
      // cannot hold) get their value on first use: most are never met on a given page.
      let slow = differing > 0;
      for (let i = start; i < write; i++) if (special[units[i]] === 1) slow = true;
      patchesAt[n] = patchAt;
      patchCount[n] = differing;
      patchAt += differing;
      if (slow) needsValue[n] = 1;
      const pair = ((units[start] << 16) | units[start + 1]) | 0;
      if (slot < 0 || pair !== slotPair) {
        slot = Math.imul(pair, 0x9e3779b1) >>> shift;
        while (slotKey[slot] !== 0) slot = (slot + 1) & mask;
        slotKey[slot] = slotPair = pair;
        slotFirst[slot] = n;
      }
      slotEnd[slot] = n + 1;
    }
    if (bucketAt !== buckets.length) throw new Error('the dictionary streams do not match its counts');
  }
  /** A phrase's value: its characters converted one by one, its differing positions, the variant forms. */
  const valueOf = (phrase: number) => {
    const points = [...String.fromCharCode(...units.subarray(starts[phrase], starts[phrase] + lengths[phrase]))];
    const value = points.map((c) => traditionalOf(c.codePointAt(0)!));
    for (let k = patchesAt[phrase], end = k + patchCount[phrase]; k < end; k++) {
      const patch = symbol[data.patches.charCodeAt(k)];
      const position = patch & 15;
      value[position] = alternatives.get(points[position].codePointAt(0)!)![patch >> 4];
    }
    return (values[phrase] = value.map(finalOf).join(''));
  };
  if (variantData?.overrides) {
    for (const line of variantData.overrides.split('|')) {
      const space = line.indexOf(' ');
      values[Number(line.slice(0, space))] = line.slice(space + 1);
    }
  }

  /** Index of the longest phrase at `i`, or -1. */
  const matchAt = (input: string, i: number): number => {
    if (i + 1 >= input.length) return -1;
    const pair = ((input.charCodeAt(i) << 16) | input.charCodeAt(i + 1)) | 0;
    let slot = Math.imul(pair, 0x9e3779b1) >>> shift;
    while (slotKey[slot] !== pair) {
      if (slotKey[slot] === 0) return -1;
      slot = (slot + 1) & mask;
    }
    let best = -1;
    let bestLength = 0;
    for (let p = slotFirst[slot], end = slotEnd[slot]; p < end; p++) {
      const length = lengths[p];
      if (length <= bestLength || i + length > input.length) continue;
      const s = starts[p];
      let j = 2;
      while (j < length && units[s + j] === input.charCodeAt(i + j)) j++;
      if (j === length) {
        best = p;
        bestLength = length;
      }
    }
    return best;
  };

  /** OpenCC's normalization step: character by character, IDS sequences untouched. */
  const normalize = (input: string) => {
    let out = '';
    for (let i = 0; i < input.length; ) {
      const ids = idsEnd(input, i);
      if (ids) {
        out += input.slice(i, ids);
        i = ids;
      } else {
        const cp = input.codePointAt(i)!;
        const end = i + (cp > 0xffff ? 2 : 1);
        out += normalizeTable.get(cp) ?? input.slice(i, end);
        i = end;
      }
    }
    return out;
  };

  /** A run converted exactly as OpenCC does: characters (IDS sequences kept), then the variant step. */
  const exactRun = (run: string) => {
    let out = '';
    for (let i = 0; i < run.length; ) {
      const end = idsEnd(run, i);
      if (end) {
        out += run.slice(i, end);
        i = end;
      } else {
        const cp = run.codePointAt(i)!;
        out += traditionalOf(cp);
        i += cp > 0xffff ? 2 : 1;
      }
    }
    return variantData ? variantTable.convert(out) : out;
  };

  /** Whether a variant phrase may start at `i` of a run (the run may end sooner: then it cannot). */
  const variantMayStart = (input: string, i: number) => {
    for (const phrase of variantStarts.get(traditionalUnit(input.charCodeAt(i))) ?? []) {
      let j = 1;
      for (; j < phrase.length; j++) {
        const unit = input.charCodeAt(i + j);
        if (Number.isNaN(unit) || traditionalUnit(unit) !== phrase.charCodeAt(j)) break;
      }
      if (j === phrase.length) return true;
    }
    return false;
  };

  let buffer = new Uint16Array(1024);
  const ensure = (needed: number) => {
    if (needed <= buffer.length) return;
    const grown = new Uint16Array(Math.max(needed, buffer.length * 2));
    grown.set(buffer);
    buffer = grown;
  };

  return (input: string) => {
    if (COMPATIBILITY.test(input)) input = normalize(input);
    ensure(input.length * 2 + 16);
    let out = 0;
    let runStart = -1;
    let runOut = 0;
    let runExact = false;
    const flushRun = (end: number) => {
      if (runExact) {
        const converted = exactRun(input.slice(runStart, end));
        ensure(runOut + converted.length + (input.length - end) * 2 + 16);
        for (let k = 0; k < converted.length; k++) buffer[runOut + k] = converted.charCodeAt(k);
        out = runOut + converted.length;
      }
      runStart = -1;
      runExact = false;
    };
    for (let i = 0; i < input.length; ) {
      const phrase = matchAt(input, i);
      if (phrase >= 0) {
        if (runStart >= 0) flushRun(i);
        const value = values[phrase] ?? (needsValue[phrase] ? valueOf(phrase) : undefined);
        const length = lengths[phrase];
        if (value === undefined) {
          for (let k = 0; k < length; k++) {
            const unit = input.charCodeAt(i + k);
            buffer[out++] = direct[unit] || unit;
          }
        } else {
          ensure(out + value.length + (input.length - i) * 2 + 16);
          for (let k = 0; k < value.length; k++) buffer[out++] = value.charCodeAt(k);
        }
        i += length;
        continue;
      }
      if (runStart < 0) {
        runStart = i;
        runOut = out;
      }
      const unit = input.charCodeAt(i);
      const kind = special[unit];
      if (kind && !runExact && (kind === 1 || variantMayStart(input, i))) runExact = true;
      if (unit >= IDS_FIRST && unit <= IDS_LAST) {
        i = idsEnd(input, i) || i + 1;
      } else if (unit >= 0xd800 && unit <= 0xdbff) {
        i += codePointLength(input, i);
      } else {
        buffer[out++] = direct[unit] || unit;
        i++;
      }
    }
    if (runStart >= 0) flushRun(input.length);
    let result = '';
    for (let k = 0; k < out; k += 8192) result += String.fromCharCode.apply(null, buffer.subarray(k, Math.min(out, k + 8192)) as unknown as number[]);
    return result;
  };
}
