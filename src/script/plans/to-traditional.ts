/**
 * The simplified→traditional dictionary: the lazy chunk a reader downloads on first asking for
 * traditional characters. One compact table, generated from opencc-js's dictionaries at build time
 * (scripts/build-dictionaries.mjs), serves OpenCC's s2tw, s2hk and s2t.
 */
import type { Yielder } from '../slices.js';
// The dictionary first: the chunk then starts with its data, which gzip codes about 0.7 KB smaller
// than when the converter's code comes first and shapes the first blocks' codes.
import dictionary from '../generated/traditional.js';
import { buildCompactConverter, type TraditionalConvert, type TraditionalVariant } from '../compact-converter.js';

export const s2t: TraditionalVariant = 't';
export const s2tw: TraditionalVariant = 'tw';
export const s2hk: TraditionalVariant = 'hk';

/**
 * The converter for one variant, built in slices with `pause` between them; with `phrasesOnDemand`,
 * ready once the character tables are, each group of phrases read the first time a text needs it.
 */
export function buildConverter(variant: TraditionalVariant, pause: Yielder, phrasesOnDemand = false): Promise<TraditionalConvert> {
  return buildCompactConverter(dictionary, variant, pause, { phrasesOnDemand });
}
