import { LitElement, html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveSafeUrl } from '../../contract/schema.js';
import { hostStyles, visuallyHidden } from '../../internal/host-styles.js';
import { ServerMatch } from '../../internal/hydration.js';
import { pageBase, pageUrl } from '../../internal/page.js';
import { fire } from '../../internal/events.js';
import { lazy } from '../../internal/lazy-import.js';
import { LocalizeController, type MessageKey } from '../../internal/localize.js';
import { ICONS } from './icons.js';
import { shareBarStyles } from './share-bar.styles.js';
import { LINKS, SITES, shareLink, type ShareInfo, type Site } from './targets.js';

/** `detail` of the `ql-share` event: the site and everything it is about to share. */
export interface QlShareDetail extends ShareInfo {
  /** The name from `sites`: `wechat`, `weibo`, `copy`… */
  site: Site;
}

/** The opt-in services' tables, shared by every bar once one of them has asked. */
const optIn = lazy(() => import('./opt-in-targets.js'));
/** The QR code and its popover, fetched on the first WeChat share. */
const qrPopover = lazy(() => import('./qr-popover.js'));

/** Buttons named by what they do rather than "分享到 …". */
const ACTIONS: Record<string, MessageKey> = { copy: 'copyLink', native: 'share', email: 'shareEmail' };

const meta = (attribute: string) => document.querySelector<HTMLMetaElement>(`meta[${attribute}]`)?.content.trim();

/**
 * Share buttons: WeChat (a QR code in a popover), Weibo, QQ空间 and other services in a new window,
 * 复制链接, and the system share sheet where the browser has one. What is shared is read when a
 * button is used, so it follows history navigation and title changes: the `url`, `title`, `summary`
 * and `image` attributes; inside `ql-article` the article's title, summary and first image; else the
 * page's canonical link (or its address without the fragment), `og:title` or the document title,
 * `meta[name=description]` and `og:image`. Only http/https addresses are shared; any other disables
 * the bar and says why. Inside WeChat's own browser, which cannot scan its own screen, the WeChat
 * button says to use the menu at the top right instead of showing a QR code.
 *
 * @tagname ql-share-bar
 * @summary 分享栏：微信二维码、微博、QQ空间、复制链接与系统分享。
 * @attr title - The title to share (the standard `title` attribute, so also the bar's tooltip).
 * @csspart bar - The group of buttons.
 * @csspart button - Every share button; each also has a part named after its site (`wechat`, `copy`…).
 * @csspart label - The visible service name in a button.
 * @csspart popover - The WeChat popover: QR code and hint.
 * @csspart qr - The QR code.
 * @csspart reason - Why the bar is disabled.
 * @csspart status - The confirmation 链接已复制, announced to screen readers.
 * @cssprop --ql-share-color - Button text and icons.
 * @cssprop --ql-share-background - Button background.
 * @cssprop --ql-focus-color - Focus ring colour.
 * @fires ql-share - Before a share; cancelable, so a site can count shares or replace the action. `detail.site`, `detail.url`, `detail.title`, `detail.summary`, `detail.image`.
 */
export class QlShareBar extends LitElement {
  static override styles = [hostStyles, visuallyHidden, shareBarStyles];

  /** The services in order, separated by spaces; also `qq douban facebook x line whatsapp telegram email`. */
  @property() sites = 'wechat weibo qzone copy native';
  /** The address to share; relative addresses resolve against the page. */
  @property() url?: string;
  /** The description to share. */
  @property() summary?: string;
  /** The picture to share. */
  @property() image?: string;

  /** Whether the WeChat popover is open. */
  @state() private open = false;
  @state() private notice?: MessageKey;

  private readonly i18n = new LocalizeController(this);
  private readonly serverMatch = new ServerMatch(this);
  // Another page of a single-page site: its QR code would be stale.
  private readonly onPopState = () => {
    this.closeQr?.(false);
    this.open = false;
    this.requestUpdate();
  };
  private list: Site[] = [];
  private listFrom?: string;
  /** Closes the WeChat popover while it is open. */
  private closeQr?: (returnFocus: boolean) => void;
  private noticeTimer?: number;

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.closeQr?.(false);
  }

  protected override willUpdate() {
    if (this.listFrom !== this.sites) {
      this.closeQr?.(false);
      this.listFrom = this.sites;
      const names = this.sites.trim().split(/\s+/);
      for (const name of names) if (name && !SITES.includes(name)) console.warn(`ql-share-bar: unknown site "${name}" left out`);
      // Only known names: the tables are plain objects, where `constructor` or `valueOf` would find a function.
      this.list = names.filter((name) => SITES.includes(name));
    }
    // Their buttons appear when the tables arrive; offline, the next update asks again.
    if (!optIn.value && this.list.some((site) => SITES.includes(site) && !ICONS[site])) optIn().then(() => this.requestUpdate(), () => {});
  }

  /** The address to share, or `undefined` when it is not http/https. */
  private get pageUrl(): string | undefined {
    const canonical = isServer ? undefined : document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
    return resolveSafeUrl(this.url || canonical || pageUrl().split('#')[0], pageBase());
  }

  /** Everything a share carries, read afresh. */
  private info(url: string): ShareInfo {
    const article = this.closest('ql-article');
    const summary = article?.value?.summary;
    const image = this.image || article?.querySelector('img')?.src || meta('property="og:image"');
    return {
      url,
      title:
        this.title || article?.querySelector('[slot="heading"] h1, [slot="title"]')?.textContent?.trim() || meta('property="og:title"') || document.title,
      summary: this.summary || summary || meta('name="description"') || '',
      image: (image && resolveSafeUrl(image, pageBase())) || '',
    };
  }

  private onClick(site: Site, button: HTMLButtonElement) {
    const url = this.pageUrl;
    if (this.open && site === 'wechat') return this.closeQr?.(true);
    if (!url) return this.requestUpdate(); // the page changed its canonical link since: show why
    const detail: QlShareDetail = { site, ...this.info(url) };
    if (!fire(this, 'ql-share', detail, true)) return;
    const link = LINKS[site] ?? optIn.value?.LINKS[site];
    if (site === 'wechat') void this.openQr(url, button.parentElement!);
    else if (site === 'copy') void this.copy(url, button);
    else if (site === 'native') navigator.share({ title: detail.title, text: detail.summary, url }).catch(() => {}); // the reader closed the sheet
    else if (site === 'email') window.open(shareLink(link, detail), '_self');
    // A sized popup on desktop; on phones the same call opens a tab.
    else window.open(shareLink(link, detail), '_blank', `noopener,noreferrer${matchMedia('(pointer:coarse),(max-width:40em)').matches ? '' : ',width=640,height=560'}`);
  }

  private async openQr(url: string, holder: HTMLElement) {
    // WeChat's own browser cannot scan its own screen; its top-right menu shares the page.
    if (navigator.userAgent.includes('MicroMessenger')) return this.say('wechatMenu');
    this.open = true;
    try {
      const { openQrPopover } = await qrPopover();
      if (!this.open) return; // closed by a navigation while the code loaded
      const t = (key: MessageKey) => this.i18n.msg(key);
      this.closeQr = openQrPopover(holder, { url, hint: t('wechatHint'), close: t('close'), onClosed: () => (this.open = false) });
    } catch {
      this.open = false;
      this.say('qrFailed');
    }
  }

  /** The Clipboard API where the page may use it; plain-http sites have none, so select-and-copy. */
  private async copy(url: string, button: HTMLButtonElement) {
    try {
      await navigator.clipboard.writeText(url);
      this.say('linkCopied');
    } catch {
      const area = document.createElement('textarea');
      area.value = url;
      area.className = 'ql-visually-hidden';
      this.renderRoot.append(area);
      area.select();
      const copied = document.execCommand('copy');
      area.remove();
      button.focus();
      this.say(copied ? 'linkCopied' : 'copyFailed');
    }
  }

  /** Shows and announces a short message beside the buttons. */
  private async say(notice: MessageKey) {
    // Cleared first, so that the same message twice is announced twice.
    this.notice = undefined;
    await this.updateComplete;
    this.notice = notice;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = window.setTimeout(() => (this.notice = undefined), 5000);
  }

  private renderSite(site: Site, disabled: boolean, t: (key: MessageKey) => string) {
    const icon = ICONS[site] ?? optIn.value?.ICONS[site];
    const action = ACTIONS[site];
    // Native sharing is the browser's to offer: left out of the server's render.
    if (!icon || (site === 'native' && (this.serverMatch.active || !navigator.share))) return nothing;
    return html`<span class=${site}
      ><button type="button" part="button ${site}" ?disabled=${disabled} aria-expanded=${site !== 'wechat' ? nothing : this.open ? 'true' : 'false'}
        @click=${(event: Event) => this.onClick(site, event.currentTarget as HTMLButtonElement)}>
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${icon}></path></svg>
        ${action ? nothing : html`<span class="ql-visually-hidden">${t('shareTo')}</span>`}<span part="label">${action ? t(action) : (optIn.value?.BRANDS[site] ?? t(site as MessageKey))}</span>
      </button></span
    >`;
  }

  protected override render() {
    const t = (key: MessageKey) => this.i18n.msg(key);
    const url = this.pageUrl;
    return html`<div class="bar" part="bar" role="group" aria-label=${t('share')}>
        ${this.list.map((site) => this.renderSite(site, !url, t))}
        <span part="status" role="status">${this.notice ? t(this.notice) : nothing}</span>
      </div>
      ${url ? nothing : html`<p class="reason" part="reason">${t('shareRefused')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ql-share-bar': QlShareBar;
  }
  interface HTMLElementEventMap {
    'ql-share': CustomEvent<QlShareDetail>;
  }
}
