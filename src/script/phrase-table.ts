/**
 * OpenCC's conversion (maximum forward matching over phrase and character dictionaries, then a chain
 * of further dictionaries per segment), rebuilt on flat `Map`s. opencc-js builds a trie of nested
 * `Map`s: about 300 ms and 39 MB for simplified→traditional, in one task that freezes the page. A
 * flat table of the same entries builds in a fraction of that and in slices, gives the same output,
 * and converts fast enough for a page (a few thousand characters per millisecond).
 */

// Types only: the pause comes from the caller, so this module and the page's code share no chunk.
import { codePointLength, idsEnd } from './ideographic-description.js';
import { SLICE_MS, type Yielder } from './slices.js';


/** A dictionary in opencc-js's serialized form: `"source target[ alternative…]|source target…"`. */
export type DictText = string;

/** One step of a conversion: the dictionaries of a group, earlier ones winning on equal keys. */
export type DictGroupText = readonly DictText[];

/** How one OpenCC configuration (s2tw, t2s…) converts, as the dictionaries it uses. */
export interface ConversionPlan {
  /** Applied to the whole text first (CJK compatibility ideographs to their unified forms). */
  normalize: readonly DictGroupText[];
  /** Cuts the text into phrases before the chain runs on each piece; none means the whole text. */
  segmentation?: DictGroupText;
  /** Applied in turn to every piece. */
  chain: readonly DictGroupText[];
}

export type Convert = (text: string) => string;


/** Longest key a table takes, in UTF-16 units: OpenCC's longest is 15. */
const MAX_KEY = 30;

class PhraseTable {
  readonly entries = new Map<string, string>();
  /** For each first code unit, a bit per key length present: only those lengths are looked up. */
  private readonly lengths = new Map<number, number>();
  /** First two code units of every longer key: most positions start no phrase, and this says so fast. */
  private readonly openings = new Set<number>();

  /** Later entries replace earlier ones, as in OpenCC's trie. */
  add(source: string, target: string) {
    if (source.length > MAX_KEY) throw new RangeError(`dictionary key longer than ${MAX_KEY}: ${source}`);
    this.entries.set(source, target);
    const first = source.charCodeAt(0);
    this.lengths.set(first, (this.lengths.get(first) ?? 0) | (1 << source.length));
    if (source.length > 1) this.openings.add(first * 0x10000 + source.charCodeAt(1));
  }

  /** End of the longest entry starting at `i`, or 0 when none does. */
  matchAt(text: string, i: number): number {
    const first = text.charCodeAt(i);
    let lengths = this.lengths.get(first);
    if (lengths && lengths > 0b11 && !this.openings.has(first * 0x10000 + text.charCodeAt(i + 1))) lengths &= 0b10;
    while (lengths) {
      const length = 31 - Math.clz32(lengths);
      lengths &= ~(1 << length);
      if (i + length <= text.length && this.entries.has(text.slice(i, i + length))) return i + length;
    }
    return 0;
  }

  convert(text: string): string {
    let out = '';
    let plainFrom = 0;
    for (let i = 0; i < text.length; ) {
      const end = this.matchAt(text, i);
      if (end) {
        out += text.slice(plainFrom, i) + this.entries.get(text.slice(i, end));
        i = plainFrom = end;
      } else {
        i += unmatchedLength(text, i);
      }
    }
    return plainFrom ? out + text.slice(plainFrom) : text;
  }

  /** The text cut into matched phrases and the unmatched runs between them. */
  segment(text: string): string[] {
    const pieces: string[] = [];
    let plainFrom = 0;
    for (let i = 0; i < text.length; ) {
      const end = this.matchAt(text, i);
      if (end) {
        if (plainFrom < i) pieces.push(text.slice(plainFrom, i));
        pieces.push(text.slice(i, end));
        i = plainFrom = end;
      } else {
        i += unmatchedLength(text, i);
      }
    }
    if (plainFrom < text.length) pieces.push(text.slice(plainFrom));
    return pieces;
  }
}

/** An ideographic description sequence (⿰氵发) stands for one character and is never converted. */
function unmatchedLength(text: string, i: number): number {
  const end = idsEnd(text, i);
  return end > i ? end - i : codePointLength(text, i);
}

/** Fills one table from a group's dictionaries, giving the thread back every few milliseconds. */
async function buildTable(group: DictGroupText, pause: Yielder): Promise<PhraseTable> {
  const table = new PhraseTable();
  let sliceStart = performance.now();
  // Read last to first so the first dictionary of the group wins, as in OpenCC's group loading.
  for (const dict of [...group].reverse()) {
    // Entry by entry rather than one split('|'): splitting the 1 MB phrase list at once is itself a
    // long task on a slow phone.
    for (let start = 0, n = 0; start < dict.length; n++) {
      const bar = dict.indexOf('|', start);
      const end = bar < 0 ? dict.length : bar;
      const space = dict.indexOf(' ', start);
      if (space > start && space < end) {
        const next = dict.indexOf(' ', space + 1);
        table.add(dict.slice(start, space), dict.slice(space + 1, next > 0 && next < end ? next : end));
      }
      start = end + 1;
      if ((n & 511) === 511 && performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
  }
  return table;
}

/**
 * Builds the converter for a plan without one long task: dictionaries are read a slice at a time.
 * The result converts a string synchronously, as OpenCC's converter for the same configuration does.
 */
export async function buildConverter(plan: ConversionPlan, pause: Yielder): Promise<Convert> {
  const normalize: PhraseTable[] = [];
  for (const group of plan.normalize) normalize.push(await buildTable(group, pause));
  const segmentation = plan.segmentation && (await buildTable(plan.segmentation, pause));
  const chain: PhraseTable[] = [];
  for (const group of plan.chain) chain.push(await buildTable(group, pause));
  return (text) => {
    for (const table of normalize) text = table.convert(text);
    const pieces = segmentation ? segmentation.segment(text) : [text];
    let out = '';
    for (let piece of pieces) {
      for (const table of chain) piece = table.convert(piece);
      out += piece;
    }
    return out;
  };
}
