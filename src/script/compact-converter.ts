/**
 * The simplified→traditional converter built from the compact dictionary that
 * scripts/build-dictionaries.mjs generates: OpenCC's output (s2t, s2tw, s2hk), from one flat table
 * of phrases stored as their differences from the character-by-character result. Building it reads
 * the compact streams (compact-format.ts) into typed arrays (no per-phrase objects, no tries) in one
 * loop, in slices, so the page never freezes.
 */
// Types and a constant only: the pause comes from the caller, so this module shares no chunk with the page.
import type { Convert } from './phrase-table.js';
import { IDS_FIRST, IDS_LAST, codePointLength, idsEnd } from './ideographic-description.js';
import { SLICE_MS, type Yielder } from './slices.js';
import { applySurnames } from './names-after-titles.js';
import {
  greedyTable,
  numberReader,
  phraseReader,
  readCharacterTable,
  readOverrides,
  readVariantCharacters,
  readVariantPhrases,
  symbolValues,
  type CharacterTable,
  type CompactDictionary,
  type CompactVariant,
  type PhraseReader,
} from './compact-format.js';

// The generated dictionary takes its type from here, beside the converter it is for.
export type { CompactDictionary, CompactPhrases, CompactVariant } from './compact-format.js';

export type TraditionalVariant = 't' | 'tw' | 'hk';

/** A site's own phrases: simplified → traditional, the same length, used for every variant. */
export type SitePhrases = Readonly<Record<string, string>>;

/** The simplified→traditional conversion, and the same with a site's phrases on top of the dictionary. */
export interface TraditionalConvert extends Convert {
  withPhrases(phrases: SitePhrases): Convert;
}

const COMPATIBILITY = /[\uf900-\ufaff\ud87e]/;

/**
 * The converter for one variant, built in slices. It computes exactly what OpenCC's configuration
 * computes: normalize, cut by longest match over the kept phrases, convert each phrase whole and the
 * runs between them character by character, then apply the variant step within each segment.
 */
export async function buildCompactConverter(
  dictionary: CompactDictionary,
  variant: TraditionalVariant,
  pause: Yielder,
  { phrasesOnDemand = false } = {},
): Promise<TraditionalConvert> {
  const began = performance.now();
  const symbol = symbolValues();
  // The streams in the order they were written: the two character tables, then the phrases.
  const numbers = numberReader(dictionary.buckets, dictionary.bits, symbol);
  const normalizeTable = readCharacterTable(numbers, dictionary.normalize);
  const characters = readCharacterTable(numbers, dictionary.characters);
  const variantData = variant === 't' ? undefined : dictionary[variant];
  const steps = characterSteps(characters, variantData);
  const reader = phraseReader(dictionary.phrases, numbers, dictionary.buckets, dictionary.bits, symbol);
  const phrases = phraseIndex(reader, characters, steps, variantData);
  if (phrasesOnDemand) {
    readInBackground(phrases.read, reader.groups);
  } else {
    // The tables before count towards the first slice.
    let sliceStart = began;
    for (let g = 0, unchecked = 0; g < reader.groups; g++) {
      phrases.read(g);
      unchecked += reader.groupFirst[g + 1] - reader.groupFirst[g];
      if (unchecked >= 1024 && g + 1 < reader.groups) {
        unchecked = 0;
        if (performance.now() - sliceStart > SLICE_MS) {
          await pause();
          sliceStart = performance.now();
        }
      }
    }
  }
  return converterOf(normalizeTable, steps, phrases);
}

/**
 * Reads the groups of phrases no text has needed yet in the background, so that later conversions,
 * and a first switch after a pointer's warm-up, find them read: in background-priority tasks where
 * the browser has them (they wait for a switch under way and for rendering), else while the page is
 * idle. Where it has neither, each group is read when a text needs it.
 */
function readInBackground(read: (group: number) => void, groups: number) {
  type Later = (slice: (deadline?: IdleDeadline) => void) => void;
  const { scheduler, requestIdleCallback } = globalThis as {
    scheduler?: { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> };
    requestIdleCallback?: (callback: (deadline: IdleDeadline) => void) => number;
  };
  const postTask = scheduler?.postTask?.bind(scheduler);
  const later: Later | undefined = postTask
    ? (slice) => void postTask(() => slice(), { priority: 'background' })
    : requestIdleCallback && ((slice) => requestIdleCallback(slice));
  if (!later) return;
  let group = 0;
  const slice = (deadline?: IdleDeadline) => {
    const end = performance.now() + (deadline ? deadline.timeRemaining() - 1 : SLICE_MS);
    while (group < groups && performance.now() < end) read(group++);
    if (group < groups) later(slice);
  };
  later(slice);
}

/**
 * The character step of one variant: OpenCC's traditional form of each character, then the variant's
 * form of that; with the tables that let a run of characters take the fast path:
 *   - `direct`: the final code unit of each BMP code unit, 0 where it is the unit itself;
 *   - `special`: 1 for units the fast path cannot take (IDS operators, surrogates, characters whose
 *     final form is not one unit), 2 where a variant phrase may start.
 */
function characterSteps(characters: CharacterTable, variant: CompactVariant | undefined) {
  const variantCharacters = variant ? readVariantCharacters(variant) : new Map<number, string>();
  const variantTable = greedyTable();
  /** Variant phrases by their first code unit, to tell on the fast path whether one may start here. */
  const variantStarts = new Map<number, string[]>();
  if (variant) {
    // The generator wrote each table resolved (one target a source), so the order of adding is free.
    for (const [source, target] of variantCharacters) variantTable.add(String.fromCodePoint(source), target);
    for (const [source, target] of readVariantPhrases(variant)) variantTable.add(source, target);
    for (const source of variantTable.entries.keys()) {
      if (source.length < 2) continue;
      const first = source.charCodeAt(0);
      (variantStarts.get(first) ?? variantStarts.set(first, []).get(first)!).push(source);
    }
  }
  const finalOf = (c: string) => variantCharacters.get(c.codePointAt(0)!) ?? c;
  /** The traditional form of a code unit, -1 where it is not one unit. */
  const traditionalUnit = (unit: number) => {
    const target = characters.targetOf(unit);
    return target === 0 ? unit : target <= 0xffff ? target : -1;
  };

  const direct = new Uint16Array(0x10000);
  const special = new Uint8Array(0x10000);
  special.fill(1, IDS_FIRST, IDS_LAST + 1);
  special.fill(1, 0xd800, 0xe000);
  const { sources, targets } = characters;
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    if (source > 0xffff) break; // ascending: the rest are astral too
    // The final form, the variant's or else the traditional one: the fast path takes it as one unit.
    const variantForm = variantCharacters.get(targets[i]);
    const final = variantForm === undefined ? targets[i] : variantForm.length === 1 ? variantForm.charCodeAt(0) : -1;
    if (final >= 0 && final <= 0xffff) direct[source] = final;
    else special[source] = 1;
  }
  for (const [source, target] of variantCharacters) {
    if (source <= 0xffff && !characters.targetOf(source) && target.length === 1) direct[source] = target.charCodeAt(0);
  }
  // A unit may start a variant phrase when its traditional form is a variant phrase's first unit.
  if (variantStarts.size) {
    for (let i = 0; i < sources.length && sources[i] <= 0xffff; i++) {
      const source = sources[i];
      const first = String.fromCodePoint(targets[i]).charCodeAt(0);
      if (!special[source] && variantStarts.has(first)) special[source] = 2;
    }
  }
  for (const first of variantStarts.keys()) if (!characters.targetOf(first) && !special[first]) special[first] = 2;

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

  /** A run converted exactly as OpenCC does: characters (IDS sequences kept), then the variant step. */
  const exactRun = (run: string) => {
    const out = eachCharacter(run, characters);
    return variant ? variantTable.convert(out) : out;
  };

  return { direct, special, finalOf, variantMayStart, exactRun };
}

type CharacterSteps = ReturnType<typeof characterSteps>;

/**
 * The kept phrases, found by their first two code units: one open-addressing hash (at most half
 * full), each slot the run of consecutive phrases that start with them (the keys are sorted), filled a
 * group of phrases (those with one first code unit) at a time: all of them ahead, or each the first
 * time a text has its unit.
 * With their values where each unit's `direct` form does not give it: the variant's overrides, and
 * the others computed on first use.
 */
function phraseIndex(reader: PhraseReader, characters: CharacterTable, steps: CharacterSteps, variant: CompactVariant | undefined) {
  const { units, starts, lengths, differing, groupFirst, groupOf } = reader;
  const { special, finalOf } = steps;
  const count = lengths.length;
  const values: (string | undefined)[] = [];
  if (variant) for (const [phrase, value] of readOverrides(variant)) values[phrase] = value;
  /**
   * Whether a phrase's value must be computed (differing positions, or characters `direct` cannot
   * hold): 0 not known yet, 1 it must, 2 `direct` gives it. Told on first use: few phrases are met.
   */
  const needsValue = new Uint8Array(count);
  const groupRead = new Uint8Array(reader.groups);
  let hashBits = 1;
  while (1 << hashBits < reader.pairs * 2) hashBits++;
  const mask = (1 << hashBits) - 1;
  const shift = 32 - hashBits;
  const slotKey = new Int32Array(mask + 1);
  const slotFirst = new Int32Array(mask + 1);
  const slotEnd = new Int32Array(mask + 1);

  /** Reads group `g`'s phrases and files them. */
  const read = (g: number) => {
    if (groupRead[g]) return;
    groupRead[g] = 1;
    reader.readGroup(g);
    let slot = -1;
    let slotPair = 0;
    for (let n = groupFirst[g]; n < groupFirst[g + 1]; n++) {
      const start = starts[n];
      const pair = ((units[start] << 16) | units[start + 1]) | 0;
      if (slot < 0 || pair !== slotPair) {
        slot = Math.imul(pair, 0x9e3779b1) >>> shift;
        while (slotKey[slot] !== 0) slot = (slot + 1) & mask;
        slotKey[slot] = slotPair = pair;
        slotFirst[slot] = n;
      }
      slotEnd[slot] = n + 1;
    }
  };

  /** Index of the longest phrase at `i`, or -1. */
  const matchAt = (input: string, i: number): number => {
    if (i + 1 >= input.length) return -1;
    const first = input.charCodeAt(i);
    const group = groupOf[first];
    if (group === 0) return -1;
    if (!groupRead[group - 1]) read(group - 1);
    const pair = ((first << 16) | input.charCodeAt(i + 1)) | 0;
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

  /** Whether a phrase's value must be computed. */
  const needs = (phrase: number) => {
    if (!needsValue[phrase]) {
      let slow = differing[phrase] > 0;
      for (let i = starts[phrase]; i < starts[phrase] + lengths[phrase]; i++) if (special[units[i]] === 1) slow = true;
      needsValue[phrase] = slow ? 1 : 2;
    }
    return needsValue[phrase] === 1;
  };

  /** A phrase's value, or undefined where each unit's `direct` form gives it; computed on first use. */
  const valueOf = (phrase: number) =>
    values[phrase] ?? (needs(phrase) ? (values[phrase] = reader.value(phrase, characters).map(finalOf).join('')) : undefined);

  return { lengths, read, matchAt, valueOf };
}

/** Each character of `text` by `table` (or itself), ideographic description sequences untouched. */
function eachCharacter(text: string, table: CharacterTable) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const ids = idsEnd(text, i);
    const end = ids || i + codePointLength(text, i);
    const target = ids ? 0 : table.targetOf(text.codePointAt(i)!);
    out += target ? String.fromCodePoint(target) : text.slice(i, end);
    i = end;
  }
  return out;
}

/** A site's phrases by their first code unit, longest first. */
type SiteTable = Map<number, [string, string][]>;

function siteTable(phrases: SitePhrases): SiteTable {
  const table: SiteTable = new Map();
  for (const [source, target] of Object.entries(phrases)) {
    if (!source || [...source].length !== [...target].length) continue;
    const first = source.charCodeAt(0);
    (table.get(first) ?? table.set(first, []).get(first)!).push([source, target]);
  }
  for (const list of table.values()) list.sort((a, b) => b[0].length - a[0].length);
  return table;
}

/**
 * The conversion itself: phrases by longest match, the runs between them by `direct` (or exactly,
 * when a run holds anything the fast path cannot take), written into one growing buffer of code units.
 * A site's phrase joins the longest match: where it and a dictionary phrase start at the same place,
 * the longer wins, the site's on equal length. Then the names-after-titles rule (names-after-titles.ts).
 */
function converterOf(normalizeTable: CharacterTable, steps: CharacterSteps, phrases: ReturnType<typeof phraseIndex>): TraditionalConvert {
  const { direct, special, exactRun, variantMayStart } = steps;
  const { lengths, matchAt, valueOf } = phrases;
  let buffer = new Uint16Array(1024);
  const ensure = (needed: number) => {
    if (needed <= buffer.length) return;
    const grown = new Uint16Array(Math.max(needed, buffer.length * 2));
    grown.set(buffer);
    buffer = grown;
  };

  const dictionaryOnly = (input: string, site?: SiteTable) => {
    // OpenCC's normalization step, needed by few texts.
    if (COMPATIBILITY.test(input)) input = eachCharacter(input, normalizeTable);
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
      const own = site?.get(input.charCodeAt(i))?.find(([source]) => input.startsWith(source, i));
      if (own && own[0].length >= (phrase >= 0 ? lengths[phrase] : 0)) {
        if (runStart >= 0) flushRun(i);
        ensure(out + own[1].length + (input.length - i) * 2 + 16);
        for (let k = 0; k < own[1].length; k++) buffer[out++] = own[1].charCodeAt(k);
        i += own[0].length;
        continue;
      }
      if (phrase >= 0) {
        if (runStart >= 0) flushRun(i);
        const value = valueOf(phrase);
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
  const convert = (input: string) => applySurnames(input, dictionaryOnly(input));
  const withPhrases = (phrases: SitePhrases): Convert => {
    const site = siteTable(phrases);
    return site.size ? (input) => applySurnames(input, dictionaryOnly(input, site)) : convert;
  };
  return Object.assign(convert, { withPhrases });
}
