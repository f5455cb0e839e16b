import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { siteSchema, type SiteDocument } from '../../contract/documents.js';
import { chinaDate, msUntilChinaMidnight } from '../../internal/china-time.js';
import { DataElement } from '../../internal/data-element.js';
import { hostStyles, visuallyHidden } from '../../internal/host-styles.js';
import { headerStyles } from './site-header.styles.js';

/**
 * The page header: a skip link to the page's `<main>` first in the tab order; the greeting
 * `欢迎光临！今天是 2024年1月4日 星期四` in China time, whatever the reader's clock zone, rolling over at
 * China midnight; the banner with the site's logo, name and tagline; the channel menu from the site's
 * `channels` (the current one `aria-current="page"`), folded behind a 栏目 button when the header is
 * narrower than 40em; the breadcrumb site → channel → page; and a slot for the 简/繁 switch and a
 * search box.
 *
 * @tagname ql-site-header
 * @summary 页头：跳到正文、问候语、站名与标志、栏目导航、面包屑导航。
 * @slot tools - The script toggle, a search box, other header links.
 * @slot - Server-rendered breadcrumb shown until the site data is ready, and again if it fails.
 * @csspart skip-link - The 跳到正文 link, shown when focused.
 * @csspart greeting - The greeting line.
 * @csspart banner - The logo, name and tagline; hide it where the page has its own banner.
 * @csspart logo - The logo image.
 * @csspart name - The site's name.
 * @csspart tagline - The site's tagline (`tagline`), under its name.
 * @csspart nav - The channel menu's navigation; hide it where the page has its own menu.
 * @csspart menu-button - The 栏目 button that opens the menu on narrow screens.
 * @csspart menu - The list of channels.
 * @csspart breadcrumb - The breadcrumb navigation.
 * @csspart error - The error message box.
 * @cssprop --ql-header-color - Text colour.
 * @cssprop --ql-header-background - Background.
 * @cssprop --ql-menu-color - Menu text colour.
 * @cssprop --ql-menu-background - Menu bar background (the accent colour by default).
 * @fires ql-load - The site document was loaded and checked.
 * @fires ql-error - The document could not be loaded or is invalid; `detail.path` names the field.
 */
export class QlSiteHeader extends DataElement<'site'> {
  static override styles = [hostStyles, visuallyHidden, headerStyles];
  protected readonly schema = siteSchema;

  /** Id of the current channel in the site's `channels`: the breadcrumb's middle crumb. */
  @property() channel?: string;

  /** The current page's own crumb, e.g. 正文; omitted when empty. */
  @property({ attribute: 'page-title' }) pageTitle?: string;

  @state() private now = Date.now();
  @state() private menuOpen = false;
  private midnight?: ReturnType<typeof setTimeout>;

  override connectedCallback() {
    super.connectedCallback();
    this.scheduleMidnight();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.midnight);
  }

  private scheduleMidnight() {
    clearTimeout(this.midnight);
    this.now = Date.now();
    // A little past midnight, so the new date is certainly the new day's.
    this.midnight = setTimeout(() => this.scheduleMidnight(), msUntilChinaMidnight(this.now) + 100);
  }

  /** A fragment link cannot reach into the page from a shadow root, nor focus a `<main>` without tabindex. */
  private skip(event: Event) {
    const main = document.querySelector<HTMLElement>('main, #main, [role="main"]');
    if (!main) return;
    event.preventDefault();
    if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
    main.focus();
  }

  private menuKey(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLElement>('.menu-button')?.focus();
  }

  private renderGreeting() {
    // A page rendered on a server outlives its day: the date is the reader's, added by the browser.
    if (this.serverMatch.active) return html`<p class="greeting" part="greeting">${this.i18n.msg('welcomeAlone')}</p>`;
    const d = chinaDate(this.now);
    const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    const weekday = this.i18n.msg('weekdays').split(' ')[d.weekday];
    const date =
      this.i18n.locale === 'en'
        ? `${weekday}, ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(this.now)}`
        : `${d.year}年${d.month}月${d.day}日 ${weekday}`;
    return html`<p class="greeting" part="greeting">${this.i18n.msg('welcome')} <time datetime=${iso}>${date}</time></p>`;
  }

  private renderBreadcrumb(site: SiteDocument) {
    const channel = this.channel ? site.channels?.find((c) => c.id === this.channel) : undefined;
    const separator = site.breadcrumb?.separator ?? '>>';
    const crumbs = [
      { name: site.name, url: site.url ?? '/' },
      channel && { name: channel.name, url: channel.url },
      this.pageTitle && { name: this.pageTitle, url: undefined },
    ].filter((c): c is { name: string; url: string | undefined } => !!c);
    const last = crumbs.length - 1;
    return html`<nav part="breadcrumb" aria-label=${this.i18n.msg('breadcrumb')}>
      ${site.breadcrumb?.label ? html`<span class="label">${site.breadcrumb.label}</span>` : nothing}
      <ol>
        ${crumbs.map((crumb, i) => {
          const current = i === last ? 'page' : nothing;
          return html`<li>
            ${i > 0 ? html`<span class="separator" aria-hidden="true">${separator}</span>` : nothing}
            ${crumb.url
              ? html`<a href=${crumb.url} aria-current=${current}>${crumb.name}</a>`
              : html`<span aria-current=${current}>${crumb.name}</span>`}
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderBanner(site: SiteDocument) {
    const home = site.url ?? '/';
    // With a logo, its alt text names the home link and the name beside it is not read twice.
    return html`<div class="banner" part="banner">
      <a class="brand" href=${home}
        >${site.logo ? html`<img part="logo" src=${site.logo.src} alt=${site.logo.alt || site.name} />` : nothing}<span
          part="name" class="name" aria-hidden=${site.logo ? 'true' : nothing}>${site.name}</span></a
      >${site.tagline ? html`<p part="tagline" class="tagline">${site.tagline}</p>` : nothing}
    </div>`;
  }

  private renderMenu(site: SiteDocument) {
    if (!site.channels?.length) return nothing;
    return html`<nav part="nav" aria-label=${this.i18n.msg('channelNav')} @keydown=${this.menuKey}>
      <button type="button" class="menu-button" part="menu-button" aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-controls="menu" @click=${() => (this.menuOpen = !this.menuOpen)}>${this.i18n.msg('menu')}</button>
      <ul id="menu" part="menu" class=${this.menuOpen ? 'menu open' : 'menu'}>
        ${site.channels.map((c) => {
          const current = c.id === this.channel ? 'page' : nothing;
          return html`<li>${c.url ? html`<a href=${c.url} aria-current=${current}>${c.name}</a>` : html`<span aria-current=${current}>${c.name}</span>`}</li>`;
        })}
      </ul>
    </nav>`;
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('channel') && this.channel && this.doc && !this.doc.channels?.some((c) => c.id === this.channel)) {
      console.warn(`<ql-site-header>: channel "${this.channel}" is not among the site's channels.`);
    }
  }

  protected override render() {
    const site = this.status === 'ready' ? this.doc : undefined;
    // The skip link opens the banner landmark, so it is both the first Tab stop and inside a landmark.
    return html`<header part="base">
      <a class="skip" part="skip-link" href="#main" @click=${this.skip}>${this.i18n.msg('skipToMain')}</a>
      <div class="bar">
        ${this.renderGreeting()}
        <div class="tools"><slot name="tools"></slot></div>
      </div>
      ${site ? [this.renderBanner(site), this.renderMenu(site), this.renderBreadcrumb(site)] : this.renderPending()}
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ql-site-header': QlSiteHeader;
  }
}
