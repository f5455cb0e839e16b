import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { feedSchema, type FeedDocument } from '../../contract/documents.js';
import { DataElement, type QlErrorDetail } from '../../internal/data-element.js';
import { adoptDocumentStyles } from '../../internal/document-styles.js';
import { hostStyles, visuallyHidden } from '../../internal/host-styles.js';
import { FeedSet, parseSources, siteLabel, type FeedSource } from './feed-set.js';
import { renderRows, renderSkeleton } from './news-rows.js';
import { pageCount, pageFromUrl, urlWithPage } from './pager.js';
import { renderPager } from './pager-view.js';
import { newsContentStyles, newsListStyles } from './news-list.styles.js';

/** `detail` of the `ql-page-change` event. */
export interface QlPageChangeDetail {
  /** The page about to be shown, from 1. */
  page: number;
}

/**
 * A channel's news list, from one feed or several merged (a city portal showing its counties' news).
 * Rows are title links with their `YYYY-MM-DD` date in China time, pinned rows first and marked
 * 【置顶】, recent rows marked 新; with several feeds each row starts with its site's name. The rows
 * are rendered into light DOM as a `<ul>`; the pager is chrome, in shadow DOM.
 *
 * Feeds come from `src` (one URL, or several separated by spaces), from `.data` (one Feed document),
 * or from an inline `<script type="application/json">` holding one Feed document or an array of
 * `{"src": "…", "name": "松溪县侨联"}`: the names let a notice name a site whose feed never loaded
 * (otherwise it is named by its address).
 *
 * @tagname ql-news-list
 * @summary 信息列表：单个栏目或多站合并，置顶、新标记、分页。
 * @slot - Server-rendered list shown until the data is ready, and again if every feed fails.
 * @slot content - Where the rendered rows go (managed by the element).
 * @csspart pager - The pagination navigation.
 * @csspart notice - The notice naming feeds that could not be loaded while others did.
 * @csspart error - The error box shown when no feed could be loaded.
 * @csspart retry - The retry button of the notice and of the error box.
 * @csspart loading - The skeleton shown while loading, as tall as the list will be.
 * @csspart empty - The 暂无信息 message.
 * @cssprop --ql-accent-color - Pinned mark, new mark and the current page.
 * @cssprop --ql-link-color - Row titles.
 * @cssprop --ql-muted-color - Dates and the pager summary.
 * @cssprop --ql-news-row-height - Height of one row (default 2.75em).
 * @cssprop --ql-news-rule-color - The dashed rule between rows.
 * @cssprop --ql-news-photo-width - Narrowest column of the photo variant (default 12em).
 * @fires ql-load - The feeds were loaded and checked (some may have failed; see `ql-error`).
 * @fires ql-error - A feed could not be loaded or is invalid; `detail.url` names it. Fired once per feed.
 * @fires ql-page-change - Before the page changes; `detail.page` is the new page. Cancel it to stay.
 */
export class QlNewsList extends DataElement<'feed'> {
  static override styles = [hostStyles, visuallyHidden, newsListStyles];
  protected readonly schema = feedSchema;

  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Items published fewer than this many days ago carry the 新 mark; 0 turns the mark off. */
  @property({ type: Number, attribute: 'new-days' }) newDays = 3;

  /** Start every row with its site's name even for one feed (several feeds always do). */
  @property({ type: Boolean, attribute: 'show-source' }) showSource = false;

  /** `photo`: thumbnails above the titles, for 图片新闻. */
  @property({ reflect: true }) variant: 'list' | 'photo' = 'list';

  /**
   * Keep the page in the address (`?page=3`) so it can be bookmarked and the back button works.
   * A value names the parameter instead of `page`, for two lists on one page.
   */
  @property({ attribute: 'sync-url' }) syncUrl?: string | null;

  @state() private page = 1;
  @state() private busy = false;
  @state() private announcement = '';
  @state() private set?: FeedSet;

  private several = false;
  private readonly msg = this.i18n.msg.bind(this.i18n);
  private paging?: AbortController;
  private readonly reported = new WeakSet<object>();

  override connectedCallback() {
    super.connectedCallback();
    adoptDocumentStyles(newsContentStyles);
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.paging?.abort();
    this.paging = undefined;
    this.busy = false;
  }

  /** Loads every feed again from the start (the retry button of the error state calls this). */
  override load(): void {
    this.loading?.abort();
    this.paging?.abort();
    this.busy = false;
    this.loadedFrom = { data: this.data, src: this.src };
    this.page = this.urlPage();
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    const sources = this.data === undefined ? parseSources(this.src, inline) : undefined;
    this.set = undefined;
    if (sources?.length) this.loadFeeds(sources);
    else super.load(); // `.data` or one inline Feed document: the base class checks it, then accept()
  }

  /** Shows page `page` (from 1), loading further feed files as needed; false if cancelled or unchanged. */
  showPage(page: number): Promise<boolean> {
    return this.goTo(page, true, true);
  }

  protected override accept(value: unknown, base: string, url?: string) {
    this.set = undefined;
    super.accept(value, base, url);
    if (this.doc && this.status !== 'error') {
      this.set = FeedSet.of(this.doc, url ?? base, this.timeout);
      this.several = false;
    }
  }

  protected override isEmpty(doc: FeedDocument): boolean {
    return !doc.items.length;
  }

  private async loadFeeds(sources: FeedSource[]) {
    const controller = new AbortController();
    const set = new FeedSet(sources, this.timeout);
    this.loading = controller;
    this.status = 'loading';
    this.several = sources.length > 1;
    await set.loadFirst(controller.signal);
    await set.ensure(this.page * this.pageSize, controller.signal);
    if (this.loading !== controller) return; // superseded or disconnected
    this.loading = undefined;
    this.settle(set);
  }

  private settle(set: FeedSet) {
    this.set = set;
    const failures = set.failed.map((feed) => feed.failure!);
    const first = set.loaded[0]?.files[0];
    if (!first) {
      this.reported.add(failures[0]);
      this.fail(failures[0]);
    } else {
      this.doc = { ...first, items: set.rows };
      this.status = set.rows.length ? 'ready' : 'empty';
      this.page = Math.min(this.page, this.lastPage);
      const url = this.several ? undefined : set.feeds[0].url;
      this.dispatchEvent(new CustomEvent('ql-load', { bubbles: true, composed: true, detail: { url } }));
    }
    void this.report(set);
  }

  /** Fires `ql-error` once for each feed failure not yet announced, once its words are shown. */
  private async report(set: FeedSet) {
    const fresh = set.failed.map((feed) => feed.failure!).filter((failure) => !this.reported.has(failure));
    fresh.forEach((failure) => this.reported.add(failure));
    if (fresh.some((failure) => 'problem' in failure)) await this.problemTextsReady();
    for (const failure of fresh) {
      const url = 'load' in failure ? failure.load.url : failure.url;
      const message = `${this.errorText(failure)}${url ? ` (${url})` : ''}`;
      console.warn(`<ql-news-list>: ${message}`);
      const detail: QlErrorDetail = { message, url, path: 'problem' in failure ? failure.problem.path : undefined };
      this.dispatchEvent(new CustomEvent<QlErrorDetail>('ql-error', { bubbles: true, composed: true, detail }));
    }
  }

  private async retryFailed() {
    const set = this.set;
    if (!set || this.busy) return;
    const controller = (this.paging = new AbortController());
    this.busy = true;
    await set.retry(controller.signal);
    await set.ensure(this.page * this.pageSize, controller.signal);
    if (this.paging !== controller) return;
    this.paging = undefined;
    this.busy = false;
    this.settle(set);
  }

  private get lastPage(): number {
    const { count, exact } = this.set?.total ?? { count: 0, exact: true };
    const pages = pageCount(count, this.pageSize);
    return !exact && this.set?.hasMore ? Math.max(pages, this.page + 1) : pages;
  }

  private async goTo(target: number, push: boolean, cancelable: boolean): Promise<boolean> {
    const set = this.set;
    const page = Math.min(Math.max(1, Math.floor(target)), this.lastPage);
    if (!set || this.status !== 'ready' || page === this.page) return false;
    const detail: QlPageChangeDetail = { page };
    if (!this.dispatchEvent(new CustomEvent('ql-page-change', { bubbles: true, composed: true, cancelable, detail }))) return false;
    this.paging?.abort();
    const controller = (this.paging = new AbortController());
    this.busy = true;
    await set.ensure(page * this.pageSize, controller.signal);
    if (this.paging !== controller) return false;
    this.paging = undefined;
    this.busy = false;
    this.page = Math.min(page, this.lastPage);
    this.announcement = `${this.msg('pageN', this.page)} ${this.msg('totalPages', this.lastPage)}`;
    if (push && this.syncUrl != null) history.pushState(history.state, '', urlWithPage(location.href, this.urlParam, this.page));
    void this.report(set);
    if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
    return true;
  }

  private get urlParam() {
    return this.syncUrl || 'page';
  }

  private urlPage() {
    return this.syncUrl != null ? pageFromUrl(location.href, this.urlParam) : 1;
  }

  private readonly onPopState = () => {
    if (this.syncUrl != null) this.goTo(this.urlPage(), false, false);
  };

  private renderFailures(all: boolean): TemplateResult {
    const failed = this.set!.failed;
    const names = failed.map(siteLabel).join(this.i18n.locale === 'en' ? ', ' : '、');
    const text = all && !this.several ? this.errorText(failed[0].failure!) : `${this.msg('feedsFailed')}${names}`;
    const retry = () => (all ? this.load() : this.retryFailed());
    return html`<div class="ql-state ${all ? 'ql-state--error' : 'ql-state--notice'}" part=${all ? 'error' : 'notice'} role=${all ? 'alert' : 'status'}>
      <span>${text}</span>
      <button type="button" part="retry" aria-disabled=${this.busy ? 'true' : 'false'} @click=${retry}>${this.msg('retry')}</button>
    </div>`;
  }

  protected override renderPending(): TemplateResult {
    if (this.status === 'loading' && !this.hasFallback) return renderSkeleton(Math.min(this.pageSize, 100), this.msg('loading'));
    if (!this.set?.failed.length || (this.status !== 'error' && this.status !== 'empty')) return super.renderPending();
    return html`${this.renderFailures(this.status === 'error')}${this.status === 'empty'
        ? html`<div class="ql-state ql-state--empty" part="empty">${this.msg('empty')}</div>`
        : html`<slot></slot>`}`;
  }

  protected override renderDocument(): TemplateResult {
    return html`${this.set?.failed.length ? this.renderFailures(false) : nothing}
      <slot name="content"></slot>
      ${renderPager({ page: this.page, last: this.lastPage, ...this.set!.total, msg: this.msg, go: (n) => this.goTo(n, true, true) })}
      <p class="ql-visually-hidden" role="status">${this.announcement}</p>`;
  }

  protected override renderContent(): TemplateResult {
    const { page, pageSize } = this;
    return renderRows(this.set?.rows.slice((page - 1) * pageSize, page * pageSize) ?? [], {
      variant: this.variant,
      source: this.several || this.showSource,
      newDays: this.newDays,
      busy: this.busy,
      msg: this.msg,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ql-news-list': QlNewsList;
  }
  interface HTMLElementEventMap {
    'ql-page-change': CustomEvent<QlPageChangeDetail>;
  }
}
