import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { feedSchema, type FeedDocument } from '../../contract/documents.js';
import type { Outcome } from '../../contract/loader.js';
import { DataElement } from '../../internal/data-element.js';
import { qlProblem, warnLeftOut, type QlProblem } from '../../internal/failures.js';
import { numberAttribute } from '../../internal/number-attribute.js';
import { adoptDocumentStyles } from '../../internal/document-styles.js';
import { fire } from '../../internal/events.js';
import { hostStyles, visuallyHidden } from '../../internal/host-styles.js';
import { FeedSet, parseSources, siteLabel } from './feed-set.js';
import { renderRows, renderSkeleton } from './news-rows.js';
import { pageCount, pageFromUrl, pageHref, urlWithPage } from './pager.js';
import { pageBase, pageUrl } from '../../internal/page.js';
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

  /** Rows per page: a whole number from 1; anything else means 20, with a console warning. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Items published fewer than this many days ago carry the 新 mark; 0 turns the mark off (negative or not a number: 3). */
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

  /**
   * The page shown first, from 1, for a page of the site that is one page of a long list (a
   * server-rendered `news-2.html`). Without it the page comes from the address (`?page=2`).
   */
  @property({ type: Number, attribute: 'start-page' }) startPage?: number;

  /**
   * The pager's links as files rather than `?page=N`: a pattern with `{n}` for the number, page 1 being
   * the pattern without `-{n}` (`news-{n}.html`: `news.html`, `news-2.html`, …). The render command
   * sets it when it writes a long list as one file per page.
   */
  @property({ attribute: 'page-href' }) pageHref?: string;

  @state() protected page = 1;
  @state() private busy = false;
  @state() private announcement = '';
  @state() protected set?: FeedSet;

  private readonly msg = this.i18n.msg.bind(this.i18n);
  private paging?: AbortController;

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

  /** `page-size` as used. */
  private get size(): number {
    return numberAttribute(this, 'page-size', this.pageSize, 20, (n) => Number.isInteger(n) && n > 0);
  }

  /** The number of pages the list has now. */
  get pages(): number {
    return this.set ? this.lastPage : 1;
  }

  /** Shows page `page` (from 1), loading further feed files as needed; false if cancelled or unchanged. */
  showPage(page: number): Promise<boolean> {
    return this.goTo(page, true, true);
  }

  /** Starts from the first page of every feed (`load()`, the error state's retry, calls this too). */
  protected override read(signal: AbortSignal) {
    this.paging?.abort();
    this.busy = false;
    this.page = this.urlPage();
    const sources = this.data === undefined ? parseSources(this.src, this.inlineJson) : undefined;
    if (!sources?.length) {
      this.set = undefined;
      return super.read(signal); // `.data` or one inline Feed document
    }
    const set = (this.set = new FeedSet(sources, this.wait));
    return set.loadFirst(signal).then(() => set.ensure(this.page * this.size, signal)).then(() => this.outcomeOf(set));
  }

  protected override show(outcome: Outcome<FeedDocument>) {
    if ('value' in outcome) {
      // One document, from `.data` or inline JSON: a set of that one feed, which pages the same way.
      this.set ??= FeedSet.of(outcome.value, pageBase(), this.wait, outcome.problems);
      this.page = Math.min(this.page, this.lastPage);
    }
    super.show(outcome);
    if (this.set) this.report(this.set);
  }

  protected override isEmpty(doc: FeedDocument): boolean {
    return !doc.items.length;
  }

  /** Every file's warnings, for `ql-load`; the console hears each file's once, from `report`. */
  protected override leftOut(): QlProblem[] {
    return this.set!.problems.flatMap(({ url, problems }) => problems.map((problem) => qlProblem(problem, url)));
  }

  /** The rows merged from every feed that loaded, or the first failure when none did. */
  protected outcomeOf(set: FeedSet): Outcome<FeedDocument> {
    const first = set.loaded[0]?.files[0];
    if (!first) return set.failed[0].failure!;
    return { value: { ...first, items: set.rows }, url: set.feeds.length > 1 ? undefined : set.feeds[0].url, problems: [] };
  }

  /**
   * Warns once about what each new file left out, and fires `ql-error` once for each feed failure,
   * naming the feed, once its words are shown.
   */
  private report(set: FeedSet) {
    for (const { url, problems } of set.unsaid()) warnLeftOut(this, problems, url);
    void this.failures.announce(set.failed.map((feed) => feed.failure!), (failure) => {
      const url = 'load' in failure ? failure.load.url : failure.url;
      const message = `${this.failures.text(failure)}${url ? ` (${url})` : ''}`;
      return { message, url, path: 'problem' in failure ? failure.problem.path : undefined };
    });
  }

  private async retryFailed() {
    const set = this.set;
    if (!set || this.busy) return;
    const controller = (this.paging = new AbortController());
    this.busy = true;
    await set.retry(controller.signal);
    await set.ensure(this.page * this.size, controller.signal);
    if (this.paging !== controller) return;
    this.paging = undefined;
    this.busy = false;
    this.show(this.outcomeOf(set));
  }

  /** Whether the rows come from several feeds, so each names its site. */
  protected get several(): boolean {
    return (this.set?.feeds.length ?? 0) > 1;
  }

  protected get lastPage(): number {
    const { count, exact } = this.set?.total ?? { count: 0, exact: true };
    const pages = pageCount(count, this.size);
    return !exact && this.set?.hasMore ? Math.max(pages, this.page + 1) : pages;
  }

  private async goTo(target: number, push: boolean, cancelable: boolean): Promise<boolean> {
    const set = this.set;
    const page = Math.min(Math.max(1, Math.floor(target)), this.lastPage);
    if (!set || this.status !== 'ready' || page === this.page) return false;
    const detail: QlPageChangeDetail = { page };
    if (!fire(this, 'ql-page-change', detail, cancelable)) return false;
    this.paging?.abort();
    const controller = (this.paging = new AbortController());
    this.busy = true;
    await set.ensure(page * this.size, controller.signal);
    if (this.paging !== controller) return false;
    this.paging = undefined;
    this.busy = false;
    this.page = Math.min(page, this.lastPage);
    this.announcement = `${this.msg('pageN', this.page)} ${this.msg('totalPages', this.lastPage)}`;
    if (push && this.syncUrl != null) history.pushState(history.state, '', urlWithPage(location.href, this.urlParam, this.page));
    this.report(set);
    if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
    return true;
  }

  private get urlParam() {
    return this.syncUrl || 'page';
  }

  protected urlPage() {
    if (this.startPage && Number.isInteger(this.startPage) && this.startPage >= 1) return this.startPage;
    return pageFromUrl(pageUrl(), this.urlParam);
  }

  private readonly onPopState = () => {
    if (this.syncUrl != null) this.goTo(this.urlPage(), false, false);
  };

  private renderFailures(all: boolean): TemplateResult {
    const failed = this.set!.failed;
    const names = failed.map(siteLabel).join(this.i18n.locale === 'en' ? ', ' : '、');
    const text = all && !this.several ? this.failures.text(failed[0].failure!) : `${this.msg('feedsFailed')}${names}`;
    const retry = () => (all ? this.load() : this.retryFailed());
    return html`<div class="ql-state ${all ? 'ql-state--error' : 'ql-state--notice'}" part=${all ? 'error' : 'notice'} role=${all ? 'alert' : 'status'}>
      <span>${text}</span>
      <button type="button" part="retry" aria-disabled=${this.busy ? 'true' : 'false'} @click=${retry}>${this.msg('retry')}</button>
    </div>`;
  }

  protected override renderPending(): TemplateResult {
    if (this.status === 'loading' && !this.hasFallback) return renderSkeleton(Math.min(this.size, 100), this.msg('loading'));
    if (!this.set?.failed.length || (this.status !== 'error' && this.status !== 'empty')) return super.renderPending();
    return html`${this.renderFailures(this.status === 'error')}${this.status === 'empty'
        ? html`<div class="ql-state ql-state--empty" part="empty">${this.msg('empty')}</div>`
        : html`<slot></slot>`}`;
  }

  protected override renderDocument(): TemplateResult {
    // A server-rendered page outlives a feed's failure at build time: the notice is the browser's.
    return html`${this.set?.failed.length && !isServer ? this.renderFailures(false) : nothing}
      <slot name="content"></slot>
      ${renderPager({
        page: this.page,
        last: this.lastPage,
        ...this.set!.total,
        msg: this.msg,
        go: (n) => this.goTo(n, true, true),
        href: (n) => pageHref(pageUrl(), this.urlParam, n, this.pageHref),
      })}
      <p class="ql-visually-hidden" role="status">${this.announcement}</p>`;
  }

  protected override renderContent(): TemplateResult {
    const { page, size } = this;
    return renderRows(this.set?.rows.slice((page - 1) * size, page * size) ?? [], {
      variant: this.variant,
      source: this.several || this.showSource,
      // 新 is today's news: a page rendered on a server outlives the day, so the browser adds it.
      newDays: this.serverMatch.active ? 0 : numberAttribute(this, 'new-days', this.newDays, 3, (n) => n >= 0),
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
