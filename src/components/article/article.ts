import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { articleSchema, type ArticleDocument } from '../../contract/documents.js';
import type { Outcome } from '../../contract/loader.js';
import { resolveSafeUrl } from '../../contract/schema.js';
import { DataElement } from '../../internal/data-element.js';
import { adoptDocumentStyles } from '../../internal/document-styles.js';
import { hostStyles } from '../../internal/host-styles.js';
import { renderLight } from '../../internal/hydration.js';
import type { MessageKey } from '../../internal/localize.js';
import { pageBase, pageUrl } from '../../internal/page.js';
import { articleContentStyles, articleStyles } from './article.styles.js';
import { renderBlocks, replaceBrokenImage, sanitizedBody } from './body.js';
import { renderAttachments, renderPager, renderRelated } from './extras.js';
import { FontSizeController, type FontSize } from './font-size.js';
import { applyArticleHead } from './head.js';
import { renderMetaLine } from './meta-line.js';
import { renderToolbar } from './toolbar.js';
import { ViewCountController } from './view-count.js';
import { canCloseWindow } from './window-close.js';

/**
 * One news article: title, the meta line 发布时间 / 作者 / 来源 / 浏览次数, the body, 责任编辑,
 * attachments, 上一篇 / 下一篇 and 相关文章, with a toolbar for 字号, 打印 and 关闭. The title and
 * body are rendered into light DOM, so crawlers, reader modes, printing and the script toggle see them.
 *
 * With no document at all it enhances an article a CMS already printed: wrap the server's HTML and
 * give the meta fields as attributes, e.g.
 * `<ql-article published-at="2024-01-04 10:40:01" author="本站编辑"><h1 slot="title">…</h1>…</ql-article>`.
 * When both `body` and `bodyHtml` are given, `body` is shown. `bodyHtml` is sanitized before it is shown.
 *
 * @tagname ql-article
 * @summary 文章：标题、发布信息、正文、字号、打印与上下篇。
 * @slot - The article body a CMS printed (CMS mode); otherwise the fallback shown until data is ready.
 * @slot title - The title a CMS printed, e.g. `<h1 slot="title">` (CMS mode).
 * @slot share - The share bar, shown in the toolbar.
 * @slot heading - Where the document's title goes (managed by the element).
 * @slot content - Where the document's body goes (managed by the element).
 * @csspart header - Title, meta line and toolbar.
 * @csspart meta - The meta line.
 * @csspart toolbar - 字号, 打印, 关闭 and the share slot.
 * @csspart editor - The 责任编辑 line.
 * @csspart print-url - The page address, shown only in print.
 * @csspart error - The error message box.
 * @csspart retry - The retry button of the error box.
 * @csspart loading - The loading message.
 * @cssprop --ql-accent-color - Buttons and the title.
 * @cssprop --ql-article-title-color - The title.
 * @cssprop --ql-article-header-align - Alignment of title, meta line and toolbar (default `center`).
 * @cssprop --ql-article-font-large - Body size for 大 (default `1.25em`).
 * @cssprop --ql-article-font-small - Body size for 小 (default `0.875em`).
 * @cssprop --ql-article-rule-color - Rules and borders.
 * @cssprop --ql-muted-color - Meta line, captions, dates.
 * @fires ql-load - The article document was loaded and checked.
 * @fires ql-error - The document could not be loaded or is invalid; `detail.path` names the field.
 */
export class QlArticle extends DataElement<'article'> {
  static override styles = [hostStyles, articleStyles];
  protected readonly schema = articleSchema;

  /** 发布时间 for CMS mode: ISO 8601, or `YYYY-MM-DD HH:MM:SS` read as China time. */
  @property({ attribute: 'published-at' }) publishedAt?: string;
  /** 作者 for CMS mode. */
  @property() author?: string;
  /** 来源 for CMS mode. */
  @property() source?: string;
  /** 责任编辑 for CMS mode. */
  @property() editor?: string;
  /** 浏览次数 for CMS mode. */
  @property({ type: Number }) views?: number;
  /** URL answering GET with `{"views": n}`; a failed count hides 浏览次数 and nothing else. */
  @property({ attribute: 'views-url' }) viewsUrl?: string;
  /** Set `document.title` and the article meta tags, for pages that are nothing but this article. */
  @property({ type: Boolean, attribute: 'manage-head' }) manageHead = false;
  /** The body text size; the reader's choice is remembered in `localStorage` (`ql:font-size`). */
  @property({ attribute: 'font-size', reflect: true }) fontSize: FontSize = 'medium';

  @state() private broken: ReadonlySet<string> = new Set();
  @state() private sanitized?: HTMLElement;
  @state() private closable = !isServer && canCloseWindow();
  @state() private pageUrl = pageUrl();
  /**
   * Server rendering: `bodyHtml` already sanitized, as a value to render (there is no DOM to sanitize
   * it in on the server); set by the renderer.
   */
  serverHtml?: unknown;

  private readonly fontSizes = new FontSizeController(this);
  private readonly viewCount = new ViewCountController(this);
  private docBase = pageBase();
  private heading?: HTMLElement;
  private readonly onBeforePrint = () => (this.pageUrl = pageUrl());

  constructor() {
    super();
    // Load errors do not bubble; catching them here covers images this element did not render.
    this.addEventListener('error', (event) => event.target instanceof HTMLImageElement && this.onImageError(event.target), true);
  }

  override connectedCallback() {
    super.connectedCallback();
    adoptDocumentStyles(articleContentStyles);
    window.addEventListener('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
  }

  protected override show(outcome: Outcome<ArticleDocument>) {
    if ('value' in outcome) this.docBase = outcome.url ?? pageBase();
    super.show(outcome);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (isServer) return; // the count and the sanitizer are the browser's
    const raw = (this.status === 'ready' ? this.doc?.viewsUrl : undefined) ?? this.viewsUrl;
    this.viewCount.follow(raw ? resolveSafeUrl(raw, pageBase()) : undefined, this.wait);
    if (changed.has('doc')) this.prepareHtml(this.doc);
  }

  protected override firstUpdated() {
    // Images of a CMS body may have failed before this element was defined.
    for (const img of this.querySelectorAll('img')) {
      if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) this.onImageError(img);
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    const doc = this.status === 'ready' ? this.doc : undefined;
    if (doc) this.renderHeading(doc);
    else if (this.heading) {
      this.heading.remove(); // it would count as server fallback under the error or loading message
      this.heading = undefined;
    }
    super.updated(changed);
    if (this.manageHead && (doc || this.status === 'idle')) {
      applyArticleHead({
        title: doc?.title ?? this.querySelector(':scope > [slot="title"]')?.textContent?.trim() ?? document.title,
        siteName: doc?.site?.name,
        publishedAt: doc?.publishedAt ?? this.publishedAt,
        source: doc?.source ?? this.source,
        description: doc?.summary,
      });
    }
  }

  protected headingOf(doc: ArticleDocument): TemplateResult {
    return html`<h1 class="ql-article__title">${doc.title}</h1>${doc.subtitle ? html`<p class="ql-article__subtitle">${doc.subtitle}</p>` : nothing}`;
  }

  /** The title goes into light DOM before the body, so it comes first for crawlers and reader modes. */
  private renderHeading(doc: ArticleDocument) {
    const slot: [string, string] = ['heading', 'ql-article__heading'];
    this.heading = renderLight(this, this.heading, this.headingOf(doc), slot, this.serverMatch.active, this.querySelector(':scope > .ql-content'));
  }

  /** `bodyHtml` goes through the one sanitizing path, loaded on first use. */
  private async prepareHtml(doc: ArticleDocument | undefined) {
    this.sanitized = undefined;
    if (!doc?.bodyHtml || doc.body) return;
    const body = await sanitizedBody(doc.bodyHtml, this.docBase, this.i18n.msg('imageUnavailable')).catch(() => undefined);
    if (this.doc !== doc) return;
    if (body) this.sanitized = body;
    else this.fail({ problem: { path: 'bodyHtml', code: 'unsafeBody' } });
  }

  private onImageError(img: HTMLImageElement) {
    if (img.classList.contains('ql-article__image')) return;
    let top: Element = img;
    while (top.parentElement && top.parentElement !== this) top = top.parentElement;
    // Only the body's images: a CMS body (unslotted) or sanitized HTML; never the share bar's.
    if (top.parentElement === this && (!top.slot || img.closest('.ql-article__html'))) {
      replaceBrokenImage(img, this.i18n.msg('imageUnavailable'));
    }
  }

  private async print() {
    this.pageUrl = pageUrl();
    await this.updateComplete;
    window.print();
  }

  private close() {
    window.close();
    // The browser refused (it is stricter than the rule the button was shown by): stop offering it.
    if (!window.closed) this.closable = false;
  }

  protected override renderContent(doc: ArticleDocument) {
    const t = (key: MessageKey) => this.i18n.msg(key);
    const body = doc.body
      ? renderBlocks(doc.body, {
          broken: this.broken,
          onBroken: (src) => (this.broken = new Set([...this.broken, src])),
          unavailable: t('imageUnavailable'),
        })
      : (this.sanitized ?? this.serverHtml ?? nothing);
    return html`<div class="ql-article__body">${body}</div>
      ${renderAttachments(doc.attachments, t)}${renderPager(doc, t)}${renderRelated(doc.related, t)}`;
  }

  /** The chrome around a title and a body, whether from the document or from the CMS. */
  private renderArticle(title: TemplateResult, body: TemplateResult, doc?: ArticleDocument): TemplateResult {
    const t = (key: MessageKey) => this.i18n.msg(key);
    const editor = doc?.editor ?? this.editor;
    const meta = {
      publishedAt: doc?.publishedAt ?? this.publishedAt,
      author: doc?.author ?? this.author,
      source: doc?.source ?? this.source,
      views: this.viewCount.views(doc?.views ?? this.views),
    };
    return html`<div class="header" part="header">
        ${title} ${renderMetaLine(meta, t)}
        ${renderToolbar(
          {
            fontSize: this.fontSize,
            closable: this.closable && !this.serverMatch.active,
            onFontSize: (size) => this.fontSizes.choose(size),
            onPrint: () => this.print(),
            onClose: () => this.close(),
          },
          t,
        )}
      </div>
      ${body}
      ${editor?.trim() ? html`<p class="editor" part="editor">${t('editor')}：${editor}</p>` : nothing}
      <p class="print-url" part="print-url">${t('pageUrl')}：${this.pageUrl}</p>`;
  }

  protected override renderDocument(doc: ArticleDocument) {
    return this.renderArticle(html`<slot name="heading"></slot>`, html`<slot name="content"></slot>`, doc);
  }

  /** Whether a CMS printed the title (`slot="title"`): the article then enhances the CMS's page. */
  protected hasCmsTitle(): boolean {
    return !!this.querySelector(':scope > [slot="title"]');
  }

  protected override render(): TemplateResult {
    if (this.status === 'ready' && this.doc) return this.renderDocument(this.doc);
    const cms = this.publishedAt || this.author || this.source || this.hasCmsTitle();
    if (this.status === 'idle' && cms) return this.renderArticle(html`<slot name="title"></slot>`, html`<slot></slot>`);
    return html`<slot name="title"></slot>${this.renderPending()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ql-article': QlArticle;
  }
}
