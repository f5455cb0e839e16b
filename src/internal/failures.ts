import { isServer, type ReactiveElement } from 'lit';
import type { Failure } from '../contract/loader.js';
import type { Problem } from '../contract/schema.js';
import { fire } from './events.js';
import { lazy } from './lazy-import.js';
import type { LocalizeController } from './localize.js';

/** `detail` of the `ql-error` event. */
export interface QlErrorDetail {
  /** What went wrong, in Chinese and English (the reader's language for one feed of a merged list). */
  message: string;
  /** The URL being loaded, when the data came from `src`. */
  url?: string;
  /** JSON path of the invalid field, when the data was invalid. */
  path?: string;
}

/**
 * The words for contract problems, in a lazy chunk fetched the first time any element meets an
 * invalid document: most pages never do, so the drop-in file carries only the codes. Until the words
 * arrive, or if they cannot, an error names the field alone.
 */
const problemTexts = lazy(() => import('../contract/problem-text.js'));

/** Loads the words for contract problems now (a server render cannot wait for them to arrive). */
export const loadProblemWords = (): Promise<unknown> => problemTexts();

/** A problem for `ql-error` and the console: its path and words in Chinese and English, or its code. */
export const problemMessage = (problem: Problem) =>
  problemTexts.value?.formatProblem(problem) ?? `${problem.path || '(document)'}: ${problem.code}`;

/** A problem as `ql-load`'s `detail.problems` carries it. */
export interface QlProblem {
  path: string;
  code: Problem['code'];
  severity: 'error' | 'warning';
  /** The file it was found in, for a list merged from several feeds. */
  url?: string;
}

export const qlProblem = ({ path, code, severity = 'error' }: Problem, url?: string): QlProblem =>
  url ? { path, code, severity, url } : { path, code, severity };

/**
 * Says what an element left out or guessed in a document it shows: one console warning listing every
 * path, so a webmaster sees it without a listener. `from` names the document when the element shows
 * several (the feeds of a merged list). Returns the problems as `ql-load` carries them.
 */
export function warnLeftOut(host: Element, problems: readonly Problem[], from?: string): QlProblem[] {
  const n = problems.length;
  // On the server the render command reports problems itself, file by file.
  if (n && !isServer)
    console.warn(
      `<${host.localName}>: ${n} part${n > 1 ? 's' : ''} left out or guessed${from ? ` in ${from}` : ''}: ${problems
        .map((p) => `${p.path || '(document)'} (${p.code})`)
        .join(', ')}`,
    );
  return problems.map((problem) => qlProblem(problem));
}

/**
 * What an element says about its failures: the sentence it shows the reader, and the `ql-error` event
 * and console warning, once for each failure.
 */
export class FailureController {
  private readonly announced = new WeakSet<Failure>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly i18n: LocalizeController,
  ) {}

  /** The reader-language sentence for a failure. */
  text(failure: Failure): string {
    const { locale } = this.i18n;
    const colon = locale === 'en' ? ': ' : '：';
    if ('problem' in failure) {
      const { problem } = failure;
      const language = locale === 'en' ? 'en' : locale.startsWith('zh-Hant') ? 'zh-Hant' : 'zh-Hans';
      const where = [problem.path, problemTexts.value?.problemText(problem, language)].filter(Boolean).join(' ');
      return where ? `${this.i18n.msg('errorData')}${colon}${where}` : this.i18n.msg('errorData');
    }
    const { kind, status } = failure.load;
    const reason = {
      timeout: this.i18n.msg('errorTimeout'),
      network: this.i18n.msg('errorNetwork'),
      parse: this.i18n.msg('errorParse'),
      http: `${this.i18n.msg('errorHttp')} ${status}`,
    }[kind];
    return `${this.i18n.msg('errorLoad')}${colon}${reason}`;
  }

  /**
   * Warns in the console and fires `ql-error` for each failure not announced before. When one is an
   * invalid document, that waits until the host shows the words of its problem; a failure that is no
   * longer `current` by then is left unsaid.
   */
  async announce(failures: readonly Failure[], detail: (failure: Failure) => QlErrorDetail, current = (_: Failure) => true) {
    const fresh = failures.filter((failure) => !this.announced.has(failure));
    for (const failure of fresh) this.announced.add(failure);
    if (!problemTexts.value && fresh.some((failure) => 'problem' in failure)) {
      await problemTexts().catch(() => {}); // offline: the field alone, and the next invalid document asks again
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    for (const failure of fresh.filter(current)) {
      const said = detail(failure);
      if (!isServer) console.warn(`<${this.host.localName}>: ${said.message}`);
      fire(this.host, 'ql-error', said);
    }
  }
}
