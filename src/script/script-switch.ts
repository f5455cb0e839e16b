import { directionFor, loadConverter, type Direction, type Script, type Variant } from './dictionaries.js';
import type { PageConversion } from './page-conversion.js';
import { loadLocale, localeOf } from '../internal/localize.js';
import { readSetting, writeSetting } from '../internal/reader-settings.js';
import { nextTask } from './next-task.js';
import type { Yielder } from './slices.js';
import type { SitePhrases, TraditionalConvert } from './compact-converter.js';

export type { Script, Variant } from './dictionaries.js';

/** `localStorage` key of the reader's choice. */
export const STORAGE_KEY = 'ql:script';

/** How long a page opened in the remembered script may stay hidden while it converts. */
const HOLD_MS = 1000;

/** `<html lang>` while the page shows the converted script. */
const CONVERTED_LANG: Record<Direction, string> = {
  s2tw: 'zh-Hant-TW',
  s2hk: 'zh-Hant-HK',
  s2t: 'zh-Hant',
  tw2s: 'zh-Hans',
  hk2s: 'zh-Hans',
  t2s: 'zh-Hans',
};

/** A script named by a language tag or our own value (`zh-Hant`, `zh-TW`, `zh-hans`…), if it names one. */
export function parseScript(value: string | null | undefined): Script | undefined {
  const tag = value?.trim().toLowerCase() ?? '';
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
  if (/^zh-(hans|cn|sg)\b/.test(tag)) return 'zh-Hans';
  return undefined;
}

/** The script a page opens in: `?script=` in the address, else the remembered choice, else its own. */
export function preferredScript(search: string, stored: string | null, source: Script): Script {
  return parseScript(new URLSearchParams(search).get('script')) ?? parseScript(stored) ?? source;
}

/**
 * Hides the page while it converts to the remembered script, so simplified text does not flash
 * first; never longer than a second, however slow the dictionary is.
 */
function holdPage(): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('html { visibility: hidden !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const release = () => {
    clearTimeout(timer);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  const timer = setTimeout(release, HOLD_MS);
  return release;
}

/** What a listener hears: after every request, and once more when the page shows the result. */
export interface ScriptSwitchNews {
  /** The page now shows what was asked (a conversion or a restore has just finished). */
  finished: boolean;
  /** Whoever asked, so that only it announces the change. */
  initiator?: unknown;
}

export type ScriptSwitchListener = (news: ScriptSwitchNews) => void;

/**
 * The page's one script state, shared by every toggle on it: which script the page is written in,
 * which it shows, which was asked for last, and the conversion under way. Requests run one after
 * another; a request superseded while its dictionary loads is skipped.
 */
export class ScriptSwitch {
  /** The script the page is written in. */
  source: Script = 'zh-Hans';
  variant: Variant = 'tw';
  /** The script the page shows now. */
  shown: Script = 'zh-Hans';
  /** The script asked for last; `shown` catches up once its dictionary is ready. */
  target: Script = 'zh-Hans';

  private started = false;
  private conversion?: PageConversion;
  /** The direction and site phrases (as one key) the shown conversion was made with; none with none. */
  private conversionKey?: string;
  /** The pause between two frames' writes, from the page walker's chunk. */
  private nextFrame?: Yielder;
  /** `<html lang>` before the first conversion (`null`: there was none), put back exactly. */
  private originalLang?: string | null;
  private queue: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<ScriptSwitchListener>();
  /** Each toggle's site phrases; the page converts with all of them. */
  private readonly phraseSources = new Map<unknown, SitePhrases>();
  /** The site phrases as one key (JSON). */
  private phrasesKey = '{}';

  get busy(): boolean {
    return this.shown !== this.target;
  }

  subscribe(listener: ScriptSwitchListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Takes the page's own script from the first toggle and shows the page in the reader's script:
   * `?script=` in `search` first, then the remembered choice. Later calls do nothing.
   */
  start(source: Script, variant: Variant, initiator?: unknown, search = location.search): Promise<void> {
    if (this.started) return this.queue;
    this.started = true;
    this.source = this.shown = this.target = source;
    this.variant = variant;
    const preferred = preferredScript(search, readSetting(STORAGE_KEY), source);
    if (preferred === source) return this.queue;
    const release = holdPage();
    return this.request(preferred, { initiator, remember: false }).finally(release);
  }

  /**
   * Adds (or with none, removes) one owner's site phrases. A page shown converted, or on its way there,
   * is converted again with them: a site document may arrive after the reader's click.
   */
  usePhrases(owner: unknown, phrases?: SitePhrases): void {
    if (phrases && Object.keys(phrases).length) this.phraseSources.set(owner, phrases);
    else this.phraseSources.delete(owner);
    const key = JSON.stringify(Object.assign({}, ...this.phraseSources.values()));
    if (key === this.phrasesKey) return;
    this.phrasesKey = key;
    if (this.conversion || this.target !== this.source) this.queue = this.queue.then(() => this.apply()).catch(() => undefined);
  }

  /**
   * Fetches and builds what a conversion needs: the page walker, the dictionary, our elements' UI
   * strings in the new language (so they change in the same frame as the text). Called ahead of the
   * first switch when a reader's pointer or focus is on a toggle; a page that never switches loads none.
   */
  warm(variant = this.variant) {
    const direction = directionFor(this.source, variant);
    // All asked for at once, the small chunks first: a server that answers in order sends them before
    // the dictionary, and the page's strings are collected while the dictionary is on its way.
    const walker = import('./page-conversion.js');
    loadLocale(localeOf(CONVERTED_LANG[direction])).catch(() => undefined);
    return Promise.all([walker, loadConverter(direction)]);
  }

  /** Shows the page in `script`; `variant` changes the traditional standard for this and later requests. */
  request(script: Script, options: { variant?: Variant; initiator?: unknown; remember?: boolean } = {}): Promise<void> {
    const sameVariant = !options.variant || options.variant === this.variant || script === this.source;
    if (script === this.target && !this.busy && sameVariant) return this.queue; // already there: no news
    this.target = script;
    if (options.variant) this.variant = options.variant;
    // Fetching starts before anything else the click does: the requests leave a few milliseconds
    // sooner (apply() waits for the same promises, and reports a failure).
    if (script !== this.source) this.warm().catch(() => undefined);
    if (options.remember !== false) writeSetting(STORAGE_KEY, script);
    this.notify({ finished: false, initiator: options.initiator });
    this.queue = this.queue
      .then(() => this.apply(options.initiator))
      .catch((error) => {
        // The dictionary could not be fetched (offline, blocked): stay as shown, and let the reader retry.
        console.warn('qiaolian-widgets: the script switch failed:', error);
        this.target = this.shown;
        this.notify({ finished: false });
      });
    return this.queue;
  }

  private async apply(initiator?: unknown) {
    const target = this.target;
    const direction = directionFor(this.source, this.variant);
    if (target !== this.source) {
      const phrasesKey = this.phrasesKey;
      if (this.conversionKey === direction + phrasesKey) {
        return this.settle(target, initiator);
      }
      // The page walker's chunk is small and arrives first: the page's strings are collected while the
      // dictionary is still on its way. Another variant or other phrases: written straight over the
      // shown conversion.
      let conversion!: PageConversion;
      const [, [, convert]] = await Promise.all([
        import('./page-conversion.js').then(({ PageConversion, nextFrame }) => {
          this.nextFrame = nextFrame;
          conversion = new PageConversion(undefined, document, CONVERTED_LANG[direction], this.conversion);
        }),
        this.warm(),
      ]);
      // Site phrases are simplified → traditional: only the traditional converters take them.
      const withPhrases = (convert as Partial<TraditionalConvert>).withPhrases;
      await conversion.prepare(nextTask, withPhrases ? withPhrases(JSON.parse(phrasesKey)) : convert);
      if (this.target !== target) return; // asked for something else meanwhile: the next run does it
      this.conversion = conversion;
      this.conversionKey = direction + phrasesKey;
      // A frame's worth at a time, what is on screen first; each rewritten block gets the new lang with
      // its text, so <html lang> below re-lays out next to nothing.
      await conversion.begin(this.nextFrame);
      // Our elements re-render their UI strings for the new lang: in the task of the last writes, unless
      // that ran long (then begin() has paused once more).
      this.setLang(CONVERTED_LANG[direction]);
    } else if (this.conversion) {
      const conversion = this.conversion;
      this.conversion = this.conversionKey = undefined;
      // The lang first: the blocks still say the converted one, and lose it with their text.
      this.setLang(this.originalLang);
      this.originalLang = undefined;
      await conversion.end(this.nextFrame);
    }
    this.settle(target, initiator);
  }

  private settle(target: Script, initiator: unknown) {
    this.shown = target;
    this.notify({ finished: true, initiator });
  }

  private setLang(lang: string | null | undefined) {
    const html = document.documentElement;
    if (this.originalLang === undefined) this.originalLang = html.getAttribute('lang');
    if (lang === null || lang === undefined) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }

  private notify(news: ScriptSwitchNews) {
    for (const listener of this.listeners) listener(news);
  }
}

/** The page's switch: one for every toggle, so a header and a footer toggle stay in step. */
export const scriptSwitch = new ScriptSwitch();
