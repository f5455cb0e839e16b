/**
 * The simplified→traditional dictionaries: the lazy chunk a reader downloads on first asking for
 * traditional characters. The plans mirror opencc-js's s2tw, s2hk and s2t configurations.
 */
import CJK from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STRegionalPhrases from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import type { ConversionPlan } from '../phrase-table.js';

export { buildConverter } from '../phrase-table.js';

const phrases = [STPhrases, STRegionalPhrases];
const toTraditional = [...phrases, STCharacters];

export const s2t: ConversionPlan = { normalize: [[CJK]], chain: [toTraditional] };
export const s2tw: ConversionPlan = { normalize: [[CJK]], segmentation: phrases, chain: [toTraditional, [TWVariantsPhrases, TWVariants]] };
export const s2hk: ConversionPlan = { normalize: [[CJK]], segmentation: phrases, chain: [toTraditional, [HKVariantsPhrases, HKVariants]] };
