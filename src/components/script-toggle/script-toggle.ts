import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { loadJson } from '../../contract/loader.js';
import { object, optional, phrases as phrasesSchema, type Schema } from '../../contract/schema.js';
import { checkWith } from '../../contract/validate.js';
import type { SitePhrases } from '../../script/compact-converter.js';
import { hostStyles } from '../../internal/host-styles.js';
import { ServerMatch } from '../../internal/hydration.js';
import { pageBase } from '../../internal/page.js';
import { fire } from '../../internal/events.js';
import { scriptSwitch, type Script, type ScriptSwitchNews, type Variant } from '../../script/script-switch.js';
import { scriptToggleStyles } from './script-toggle.styles.js';

/** `detail` of the `ql-script-change` event. */
export interface QlScriptChangeDetail {
  /** The script the page now shows. */
  script: Script;
  /** The traditional standard used: `tw`, `hk` or `t`. */
  variant: Variant;
}

/** Each label in its own script, so it reads right whichever script the page shows. */
const LABELS: Record<Script, string> = { 'zh-Hans': '简体', 'zh-Hant': '繁體' };

const otherScript = (script: Script): Script => (script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans');

/** The part of a Site document the toggle reads; the header and footer check the rest. */
const scriptPart = object({ script: optional(object({ phrases: optional(phrasesSchema()) })) });
const phraseEntries = object({ phrases: optional(phrasesSchema()) });

/** The site phrases of a document (or of `{ phrases }`), every entry left out said in the console. */
function readPhrases(json: unknown, from: string, part: Schema<object> = scriptPart): SitePhrases | undefined {
  const result = checkWith(part, json, pageBase());
  for (const { path, code } of result.problems) console.warn(`<ql-script-toggle>: ${from}: ${path}: ${code}`);
  if (!result.ok) return undefined;
  const value = result.value as { script?: { phrases?: SitePhrases }; phrases?: SitePhrases };
  return value.script?.phrases ?? value.phrases;
}

/**
 * The 简/繁 switch: converts the whole page (light DOM, every open shadow root, the title and the
 * reader-facing attributes) between simplified and traditional characters, phrase by phrase, and
 * back to the exact original. The dictionary is fetched the first time a reader asks for it. The
 * choice is remembered (`localStorage` `ql:script`); `?script=zh-Hant` in the address overrides it.
 * Every toggle on a page shares one state.
 *
 * @tagname ql-script-toggle
 * @summary 简/繁切换：整页按词转换，可完整还原。
 * @csspart button - The toggle button; its label names the script it switches to.
 * @cssprop --ql-script-toggle-color - Label colour.
 * @cssprop --ql-script-toggle-background - Button background.
 * @cssprop --ql-script-toggle-border - Button border colour.
 * @cssprop --ql-focus-color - Focus ring colour.
 * @fires ql-script-change - The page now shows the other script and `<html lang>` says so; `detail.script`, `detail.variant`.
 */
export class QlScriptToggle extends LitElement {
  static override styles = [hostStyles, scriptToggleStyles];

  /** The traditional standard: `tw` (Taiwan, default), `hk` (Hong Kong) or `t` (OpenCC's). */
  @property({ reflect: true }) variant: Variant = 'tw';

  /** The script the site is written in; `zh-Hant` for a traditional site that offers simplified. */
  @property({ attribute: 'source-script' }) sourceScript: Script = 'zh-Hans';

  /** URL of the Site document whose `script.phrases` the conversion uses (an inline JSON child works too). */
  @property() src?: string;

  /** The Site document as an object; takes precedence over `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  /** Phrases of the site, simplified → traditional (`{ "赴松": "赴松" }`), on top of the document's. */
  @property({ attribute: false }) phrases?: SitePhrases;

  /** The document's phrases, once read. */
  private documentPhrases?: SitePhrases;
  /** Counts reads, so a slow fetch that another read has replaced is ignored. */
  private reads = 0;

  /** Asked for before the element was connected: applied once the page's state is started. */
  private pendingScript?: Script;
  private unsubscribe?: () => void;
  private readonly serverMatch = new ServerMatch(this);

  /**
   * The script the page is shown in, or is on its way to while the dictionary loads. Setting it
   * converts or restores the page, as a click does.
   */
  get script(): Script {
    return this.pendingScript ?? scriptSwitch.target;
  }

  set script(script: Script) {
    if (!this.isConnected) this.pendingScript = script;
    else void scriptSwitch.request(script, { variant: this.variant, initiator: this });
  }

  override connectedCallback() {
    super.connectedCallback();
    this.unsubscribe = scriptSwitch.subscribe(this.onSwitchNews);
    void scriptSwitch.start(this.sourceScript, this.variant, this);
    if (this.pendingScript) {
      this.script = this.pendingScript;
      this.pendingScript = undefined;
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.unsubscribe?.();
    scriptSwitch.usePhrases(this);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (isServer) return; // the phrases serve the conversion, which is the browser's
    if (changed.has('src') || changed.has('data') || !this.hasUpdated) void this.readDocument();
    else if (changed.has('phrases')) this.sharePhrases();
  }

  /** Reads the site document from `.data`, `src` or inline JSON; without it the dictionary alone is used. */
  private async readDocument() {
    const read = ++this.reads;
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    let phrases: SitePhrases | undefined;
    try {
      if (this.data !== undefined) phrases = readPhrases(this.data, '.data');
      else if (this.src) phrases = readPhrases((await loadJson(this.src, { timeout: 10_000 })).json, this.src);
      else if (inline) phrases = readPhrases(JSON.parse(inline), 'inline JSON');
    } catch (error) {
      console.warn(`<ql-script-toggle>: the site document could not be read (${(error as Error).message}); converting with the dictionary alone`);
    }
    if (read !== this.reads) return;
    this.documentPhrases = phrases;
    this.sharePhrases();
  }

  private sharePhrases() {
    const own = this.phrases && readPhrases({ phrases: this.phrases }, '.phrases', phraseEntries);
    if (this.isConnected) scriptSwitch.usePhrases(this, { ...this.documentPhrases, ...own });
  }

  private readonly onSwitchNews = ({ finished, initiator }: ScriptSwitchNews) => {
    this.requestUpdate();
    if (!finished || initiator !== this) return;
    const detail: QlScriptChangeDetail = { script: scriptSwitch.shown, variant: scriptSwitch.variant };
    fire<QlScriptChangeDetail>(this, 'ql-script-change', detail);
  };

  private onClick() {
    this.script = otherScript(scriptSwitch.target);
  }

  /** A pointer over the button (a finger touching it included) or focus on it: the click may follow. */
  private onIntent() {
    scriptSwitch.warm(this.variant).catch(() => undefined); // the click meets a failure, and retries
  }

  protected override render() {
    // Server-rendered, the page is in its source script: so is the render that takes it over.
    const matching = this.serverMatch.active;
    const shown = matching ? scriptSwitch.source : scriptSwitch.shown;
    const next = otherScript(shown);
    // data-ql-keep: the label is already in its own script and must not be converted with the page.
    return html`<button
      type="button"
      part="button"
      lang=${next}
      data-ql-keep
      aria-pressed=${shown === scriptSwitch.source ? 'false' : 'true'}
      aria-busy=${scriptSwitch.busy && !matching ? 'true' : nothing}
      @click=${this.onClick}
      @pointerenter=${this.onIntent}
      @focus=${this.onIntent}
    >
      ${LABELS[next]}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ql-script-toggle': QlScriptToggle;
  }
  interface HTMLElementEventMap {
    'ql-script-change': CustomEvent<QlScriptChangeDetail>;
  }
}
