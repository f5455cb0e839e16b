/**
 * The traditional→simplified dictionaries, for sites written in traditional characters. The plans
 * mirror opencc-js's t2s, tw2s and hk2s configurations.
 */
import CJK from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import type { ConversionPlan } from '../phrase-table.js';

export { buildConverter } from '../phrase-table.js';

const toSimplified = [TSPhrases, TSCharacters];

export const t2s: ConversionPlan = { normalize: [[CJK]], chain: [toSimplified] };
export const tw2s: ConversionPlan = { normalize: [[CJK]], segmentation: [TSPhrases], chain: [[TWVariantsRevPhrases, TWVariantsRev], toSimplified] };
export const hk2s: ConversionPlan = { normalize: [[CJK]], segmentation: [TSPhrases], chain: [[HKVariantsRevPhrases, HKVariantsRev], toSimplified] };
