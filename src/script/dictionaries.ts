import { lazy, type Lazy } from '../internal/lazy-import.js';
import type { Convert } from './phrase-table.js';
import { nextTask } from './next-task.js';

/** The scripts a page can be shown in. */
export type Script = 'zh-Hans' | 'zh-Hant';

/** Which traditional standard: Taiwan (OpenCC's s2tw), Hong Kong (s2hk), or OpenCC's own (s2t). */
export type Variant = 'tw' | 'hk' | 't';

/** An OpenCC configuration name: which way, and which traditional standard. */
export type Direction = 's2tw' | 's2hk' | 's2t' | 'tw2s' | 'hk2s' | 't2s';

/** The conversion a page written in `source` needs to be shown in the other script. */
export function directionFor(source: Script, variant: Variant): Direction {
  return source === 'zh-Hans' ? `s2${variant}` : `${variant}2s`;
}

// Each import() is a lazy chunk beside the main file, the table builder included: a page that
// never switches fetches neither. Both plans import ideographic-description.js, so the build gives it a
// small chunk of its own; asking for it alongside a plan fetches it in parallel, where the browser would
// otherwise ask for it only after the plan's large chunk had arrived: one round trip less on the first switch.
// It is asked for first: a server that answers in order then sends it before the large chunk, which
// cannot run without it.
const withSharedChunk = <T>(plan: () => Promise<T>) => Promise.all([import('./ideographic-description.js'), plan()]).then(([, module]) => module);
const traditional = () => withSharedChunk(() => import('./plans/to-traditional.js'));
const simplified = () => withSharedChunk(() => import('./plans/to-simplified.js'));
// Each direction's converter: its dictionaries fetched once; a failed fetch is forgotten, so the next
// request tries again. The traditional phrases are read as a page's text needs them (`true`): the first
// switch waits for the groups of phrases that start with the page's characters (about a third), not all.
const converters: Record<Direction, Lazy<Convert>> = {
  s2tw: lazy(() => traditional().then((m) => m.buildConverter(m.s2tw, nextTask, true))),
  s2hk: lazy(() => traditional().then((m) => m.buildConverter(m.s2hk, nextTask, true))),
  s2t: lazy(() => traditional().then((m) => m.buildConverter(m.s2t, nextTask, true))),
  tw2s: lazy(() => simplified().then((m) => m.buildConverter(m.tw2s, nextTask))),
  hk2s: lazy(() => simplified().then((m) => m.buildConverter(m.hk2s, nextTask))),
  t2s: lazy(() => simplified().then((m) => m.buildConverter(m.t2s, nextTask))),
};

/** The converter for a direction, its tables built in slices so the page stays responsive. */
export function loadConverter(direction: Direction): Promise<Convert> {
  return converters[direction]();
}
