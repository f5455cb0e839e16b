import { LitElement, html, nothing, render, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DocumentKind, DocumentTypes } from '../contract/documents.js';
import { LoadError, loadJson } from '../contract/loader.js';
import type * as ProblemTexts from '../contract/problem-text.js';
import type { Problem, Schema } from '../contract/schema.js';
import { checkWith } from '../contract/validate.js';
import { LocalizeController, type Locale } from './localize.js';
import { hostStyles } from './host-styles.js';

export type DataStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** `detail` of the `ql-error` event. */
export interface QlErrorDetail {
  /** What went wrong, in Chinese and English (the reader's language for one feed of a merged list). */
  message: string;
  /** The URL being loaded, when the data came from `src`. */
  url?: string;
  /** JSON path of the invalid field, when the data was invalid. */
  path?: string;
}

/** `detail` of the `ql-load` event. */
export interface QlLoadDetail {
  url?: string;
}

/** Why an element is in its error state: an invalid document, or a failed load. */
export type Failure = { problem: Problem; url?: string } | { load: LoadError };

/**
 * The words for contract problems, in a lazy chunk fetched the first time any element meets an
 * invalid document: most pages never do, so the drop-in file carries only the codes. Until the words
 * arrive, or if they cannot, an error names the field alone.
 */
let problemTexts: typeof ProblemTexts | undefined;
let problemTextsLoading: Promise<void> | undefined;

function loadProblemTexts(): Promise<void> {
  problemTextsLoading ??= import('../contract/problem-text.js').then(
    (module) => {
      problemTexts = module;
    },
    () => {
      problemTextsLoading = undefined; // offline: try again at the next invalid document
    },
  );
  return problemTextsLoading;
}

const problemLanguage = (locale: Locale) => (locale === 'en' ? 'en' : locale.startsWith('zh-Hant') ? 'zh-Hant' : 'zh-Hans');

/** A problem for `ql-error` and the console: its path and words in Chinese and English, or its code. */
const problemMessage = (problem: Problem) =>
  problemTexts?.formatProblem(problem) ?? `${problem.path || '(document)'}: ${problem.code}`;

/**
 * The base of every element that shows a contract document. It takes the document from `src`,
 * from the `.data` property, or from an inline `<script type="application/json">` child; checks it;
 * and shows one of four states. Children the server rendered stay visible as the fallback until
 * the data is ready, and again if it fails. Nothing here throws out of the element.
 */
export abstract class DataElement<K extends DocumentKind> extends LitElement {
  static override styles: CSSResultGroup = hostStyles;

  /** URL of the JSON document; relative URLs resolve against the page. */
  @property() src?: string;

  /** Milliseconds before a fetch of `src` gives up. */
  @property({ type: Number }) timeout = 10_000;

  /** The document as an object; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  /** The current state: `loading`, `ready`, `empty` or `error` (`idle` before any data); reflected so pages can style it (`[status=error]`). */
  @property({ reflect: true }) status: DataStatus = 'idle';

  /** The checked document, with every URL absolute. */
  @state() protected doc?: DocumentTypes[K];

  /** The document being shown, checked and with every URL absolute; `undefined` unless ready. */
  get value(): DocumentTypes[K] | undefined {
    return this.status === 'ready' ? this.doc : undefined;
  }

  @state() private failure?: Failure;

  protected readonly i18n = new LocalizeController(this);
  /** The contract schema of the document this element shows. */
  protected abstract readonly schema: Schema<DocumentTypes[K]>;
  /** Aborts the fetch under way; subclasses that fetch for themselves use it too. */
  protected loading?: AbortController;
  private content?: HTMLElement;
  /** The `data` and `src` the current state was loaded from, to tell when either changes; a subclass
   * with its own `load()` records it too. */
  protected loadedFrom?: { data: unknown; src?: string };

  override connectedCallback() {
    super.connectedCallback();
    // Reconnected while a fetch was cut short by the disconnect: start it again.
    if (this.status === 'idle' || (this.status === 'loading' && !this.loading)) this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.loading?.abort();
    this.loading = undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    const from = this.loadedFrom;
    if ((changed.has('data') || changed.has('src')) && this.isConnected && (!Object.is(from?.data, this.data) || from?.src !== this.src)) {
      this.load();
    }
  }

  /** Loads the document again from wherever it comes from (the retry button calls this). */
  load(): void {
    this.loading?.abort();
    this.loading = undefined;
    this.loadedFrom = { data: this.data, src: this.src };
    if (this.data !== undefined) {
      this.accept(this.data, document.baseURI);
    } else if (this.src) {
      this.fetchSource(this.src);
    } else {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (!inline) return;
      try {
        this.accept(JSON.parse(inline.textContent ?? ''), document.baseURI);
      } catch {
        this.fail({ load: new LoadError('parse', 'script[type="application/json"]') });
      }
    }
  }

  private async fetchSource(src: string) {
    const controller = new AbortController();
    this.loading = controller;
    this.status = 'loading';
    try {
      const loaded = await loadJson(src, { timeout: this.timeout, signal: controller.signal });
      if (this.loading !== controller) return;
      this.loading = undefined;
      this.accept(loaded.json, loaded.url, loaded.url);
    } catch (error) {
      if (this.loading !== controller) return; // superseded or disconnected: not this load's news
      this.loading = undefined;
      this.fail({ load: error instanceof LoadError ? error : new LoadError('network', src) });
    }
  }

  /** Checks a parsed document and shows it, or shows what is wrong with it. */
  protected accept(value: unknown, base: string, url?: string) {
    const result = checkWith(this.schema, value, base);
    if (!result.ok) {
      this.fail({ problem: result.problems[0], url });
      return;
    }
    this.doc = result.value;
    this.failure = undefined;
    this.status = this.isEmpty(result.value) ? 'empty' : 'ready';
    this.dispatchEvent(new CustomEvent<QlLoadDetail>('ql-load', { bubbles: true, composed: true, detail: { url } }));
  }

  /**
   * Enters the error state: shown in the element, announced by `ql-error`, warned in the console. For
   * an invalid document the announcement waits until the element shows the words of its problem.
   */
  protected fail(failure: Failure) {
    this.failure = failure;
    this.status = 'error';
    void this.announce(failure);
  }

  private async announce(failure: Failure) {
    if ('problem' in failure && !problemTexts) {
      await this.problemTextsReady();
      if (this.failure !== failure) return; // another load has taken over meanwhile
    }
    const detail: QlErrorDetail =
      'problem' in failure
        ? { message: problemMessage(failure.problem), url: failure.url, path: failure.problem.path }
        : { message: failure.load.message, url: failure.load.url };
    console.warn(`<${this.localName}>: ${detail.message}`);
    this.dispatchEvent(new CustomEvent<QlErrorDetail>('ql-error', { bubbles: true, composed: true, detail }));
  }

  /** Loads the words for contract problems (once a page) and renders them. */
  protected async problemTextsReady(): Promise<void> {
    if (problemTexts) return;
    await loadProblemTexts();
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Whether a valid document has nothing to show (the empty state). */
  protected isEmpty(_doc: DocumentTypes[K]): boolean {
    return false;
  }

  /** Shadow DOM for a ready document; by default the slot that shows `renderContent`'s light DOM. */
  protected renderDocument(_doc: DocumentTypes[K]): TemplateResult {
    return html`<slot name="content"></slot>`;
  }

  /** Light-DOM content for a ready document: the site's own text, seen by crawlers and printers. */
  protected renderContent(_doc: DocumentTypes[K]): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.status !== 'ready' || !this.doc) return;
    const template = this.renderContent(this.doc);
    if (template === nothing && !this.content) return;
    if (!this.content) {
      this.content = document.createElement('div');
      this.content.slot = 'content';
      this.content.className = 'ql-content';
      this.append(this.content);
    }
    render(template, this.content);
  }

  /**
   * Whether server-rendered fallback is shown in the default slot: children other than the inline
   * JSON, blank text and children meant for a named slot (an article's share bar, say).
   */
  protected get hasFallback() {
    return [...this.childNodes].some((node) =>
      node instanceof Element
        ? !node.slot && !node.matches('script[type="application/json"]')
        : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
  }

  /** The reader-language sentence for a failure. */
  protected errorText(failure: Failure): string {
    const colon = this.i18n.locale === 'en' ? ': ' : '：';
    if ('problem' in failure) {
      const { problem } = failure;
      const where = [problem.path, problemTexts?.problemText(problem, problemLanguage(this.i18n.locale))].filter(Boolean).join(' ');
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

  /** Loading, empty and error, with the fallback content kept visible under them. */
  protected renderPending(): TemplateResult {
    const { status, failure } = this;
    const fallback = this.hasFallback;
    return html`
      ${status === 'error' && failure
        ? html`<div class="ql-state ql-state--error" part="error" role="alert">
            <span>${this.errorText(failure)}</span>
            ${'load' in failure && this.src
              ? html`<button type="button" part="retry" @click=${() => this.load()}>${this.i18n.msg('retry')}</button>`
              : nothing}
          </div>`
        : nothing}
      ${status === 'loading' && !fallback
        ? html`<div class="ql-state ql-state--loading" part="loading" role="status">${this.i18n.msg('loading')}</div>`
        : nothing}
      ${status === 'empty'
        ? html`<div class="ql-state ql-state--empty" part="empty">${this.i18n.msg('empty')}</div>`
        : html`<slot></slot>`}
    `;
  }

  protected override render(): TemplateResult {
    return this.status === 'ready' && this.doc ? this.renderDocument(this.doc) : this.renderPending();
  }
}

