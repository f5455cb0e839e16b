import { LitElement, html, isServer, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DocumentKind, DocumentTypes } from '../contract/documents.js';
import { LoadError, checked, loadDocument, type Checked, type Failure, type Outcome } from '../contract/loader.js';
import type { Schema } from '../contract/schema.js';
import { fire } from './events.js';
import { FailureController, problemMessage, warnLeftOut, type QlErrorDetail, type QlProblem } from './failures.js';
import { hostStyles } from './host-styles.js';
import { ServerMatch, renderLight } from './hydration.js';
import { MAX_WAIT, numberAttribute } from './number-attribute.js';
import { LocalizeController } from './localize.js';
import { pageBase } from './page.js';
import { SourceController, type DataStatus } from './source-controller.js';

export type { Failure } from '../contract/loader.js';
export type { QlErrorDetail, QlProblem } from './failures.js';
export type { DataStatus } from './source-controller.js';

/** `detail` of the `ql-load` event. */
export interface QlLoadDetail {
  url?: string;
  /** What was left out or guessed to show the document (`[]` when nothing); the console lists them too. */
  problems: QlProblem[];
}

/** `ql-error`'s detail: the problem in Chinese and English, or what failed to load. */
const errorDetail = (failure: Failure): QlErrorDetail =>
  'problem' in failure
    ? { message: problemMessage(failure.problem), url: failure.url, path: failure.problem.path }
    : { message: failure.load.message, url: failure.load.url };

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

  /** Milliseconds before a fetch of `src` gives up; a value out of range (≤ 0, not a number, past 2^31-1) means the default. */
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
  /** Whether this render must be the server's (see `ServerMatch`). */
  protected readonly serverMatch = new ServerMatch(this);
  protected readonly failures = new FailureController(this, this.i18n);
  private readonly documentSource = new SourceController<Outcome<DocumentTypes[K]>>(
    this,
    (signal) => this.read(signal),
    (outcome) => this.show(outcome),
  );
  /** The contract schema of the document this element shows. */
  protected abstract readonly schema: Schema<DocumentTypes[K]>;
  private content?: HTMLElement;

  // Here rather than in the controller's hostUpdate, which runs after the subclasses' willUpdate: they
  // read the new document.
  protected override willUpdate(_changed: PropertyValues) {
    this.documentSource.follow();
  }

  /** Loads the document again from wherever it comes from (the retry button calls this). */
  load(): void {
    this.documentSource.load();
  }

  /** `timeout` as used: the default, with a warning, when the page's value is out of range. */
  protected get wait(): number {
    return numberAttribute(this, 'timeout', this.timeout, 10_000, (n) => n > 0 && n <= MAX_WAIT);
  }

  /** Server rendering: the text of the inline JSON child, given by the renderer (there is no DOM to read it from). */
  serverInlineJson?: string;

  /** The text of the inline `<script type="application/json">` child, if there is one. */
  protected get inlineJson(): string | undefined {
    if (isServer) return this.serverInlineJson;
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : undefined;
  }

  /** Reads the document: at once from `.data` or inline JSON, or a fetch of `src`. */
  protected read(signal: AbortSignal): Outcome<DocumentTypes[K]> | Promise<Outcome<DocumentTypes[K]>> | undefined {
    const base = pageBase();
    if (this.data !== undefined) return checked(this.schema, this.data, base);
    if (this.src) return loadDocument(this.src, this.schema, { timeout: this.wait, signal });
    const inline = this.inlineJson;
    if (inline === undefined) return undefined;
    try {
      return checked(this.schema, JSON.parse(inline), base);
    } catch {
      return { load: new LoadError('parse', 'script[type="application/json"]') };
    }
  }

  /** Shows a checked document and announces it by `ql-load`, or shows what is wrong. */
  protected show(outcome: Outcome<DocumentTypes[K]>) {
    if (!('value' in outcome)) return this.fail(outcome);
    this.doc = outcome.value;
    this.failure = undefined;
    this.status = this.isEmpty(outcome.value) ? 'empty' : 'ready';
    fire<QlLoadDetail>(this, 'ql-load', { url: outcome.url, problems: this.leftOut(outcome) });
  }

  /** Warns in the console about what a shown document left out; returns it for `ql-load`. */
  protected leftOut(outcome: Checked<DocumentTypes[K]>): QlProblem[] {
    return warnLeftOut(this, outcome.problems, outcome.url);
  }

  /**
   * Enters the error state: shown in the element, announced by `ql-error`, warned in the console. For
   * an invalid document the announcement waits until the element shows the words of its problem.
   */
  protected fail(failure: Failure) {
    this.failure = failure;
    this.status = 'error';
    // Said only if no other load has taken over while the words of a problem were fetched.
    void this.failures.announce([failure], errorDetail, (said) => this.failure === said);
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
    this.content = renderLight(this, this.content, template, ['content', 'ql-content'], this.serverMatch.active);
  }

  /**
   * Whether server-rendered fallback is shown in the default slot: children other than the inline
   * JSON, blank text and children meant for a named slot (an article's share bar, say).
   */
  protected get hasFallback() {
    if (isServer) return false; // the server renders the fallback the page holds as it stands
    return [...this.childNodes].some((node) =>
      node instanceof Element
        ? !node.slot && !node.matches('script[type="application/json"]')
        : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
  }

  /** Loading, empty and error, with the fallback content kept visible under them. */
  protected renderPending(): TemplateResult {
    const { status, failure } = this;
    const fallback = this.hasFallback;
    return html`
      ${status === 'error' && failure
        ? html`<div class="ql-state ql-state--error" part="error" role="alert">
            <span>${this.failures.text(failure)}</span>
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

