import { html, nothing, svg } from 'lit';
import { siteSchema, type SiteDocument } from '../../contract/documents.js';
import { DataElement } from '../../internal/data-element.js';
import { pageUrl } from '../../internal/page.js';
import { adoptDocumentStyles } from '../../internal/document-styles.js';
import { hostStyles } from '../../internal/host-styles.js';
import { externalLink, siteLink } from '../../internal/links.js';
import { ICP_LINK, conacLink, icpLink, jiucuoLink, policeLink } from '../../contract/filing.js';
import { footerContentStyles, footerStyles } from './site-footer.styles.js';

/** The 公安 filing badge: our own drawing of a shield, not the official emblem. */
const policeBadge = svg`<svg class="ql-police-badge" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M8 1 2 3.2v4.3c0 3.6 2.5 6.3 6 7.5 3.5-1.2 6-3.9 6-7.5V3.2z" fill="#1b4f9c"/>
  <path d="m8 4 1.1 2.3 2.5.3-1.8 1.7.5 2.5L8 9.6l-2.3 1.2.5-2.5-1.8-1.7 2.5-.3z" fill="#f6c343"/>
</svg>`;

/** Parts of one line, with a space between them for copying, crawlers and screen readers. */
const spaced = (parts: unknown[]) => parts.filter(Boolean).map((part, i) => (i ? [' ', part] : part));

/**
 * The site footer: organisation, contact, links, the ICP and 公安 filing numbers with their official
 * links, and the optional lines of government platforms. Each line appears only when its data does.
 * The lines are rendered into light DOM, so they are part of the page's text.
 *
 * @tagname ql-site-footer
 * @summary 页脚：版权、联系方式、备案号。
 * @slot - Server-rendered footer shown until the data is ready, and again if it fails.
 * @slot content - Where the rendered lines go (managed by the element).
 * @csspart error - The error message box.
 * @csspart retry - The retry button of the error box.
 * @csspart loading - The loading message.
 * @cssprop --ql-footer-color - Text colour.
 * @cssprop --ql-footer-background - Background.
 * @cssprop --ql-accent-color - The rule above the footer.
 * @fires ql-load - The site document was loaded and checked.
 * @fires ql-error - The document could not be loaded or is invalid; `detail.path` names the field.
 */
export class QlSiteFooter extends DataElement<'site'> {
  static override styles = [hostStyles, footerStyles];
  protected readonly schema = siteSchema;

  override connectedCallback() {
    super.connectedCallback();
    adoptDocumentStyles(footerContentStyles);
  }

  protected override renderContent(site: SiteDocument) {
    const t = (key: Parameters<typeof this.i18n.msg>[0]) => this.i18n.msg(key);
    const note = t('newWindow');
    const { contact, filing = {}, links } = site;
    const icp = filing.icp && icpLink(filing.icp);
    const police = filing.police && policeLink(filing.police);
    const conac = filing.conacId && conacLink(filing.conacId);
    const contactParts = contact && [
      contact.address && html`<span>${t('address')}：${contact.address}</span>`,
      contact.postcode && html`<span>${t('postcode')}：${contact.postcode}</span>`,
      contact.phone && html`<span>${t('phone')}：<a href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>${contact.phone}</a></span>`,
      contact.email && html`<span>${t('email')}：<a href=${`mailto:${contact.email}`}>${contact.email}</a></span>`,
    ];
    const government = [
      filing.siteCode && html`<span class="ql-footer__site-code">${t('siteCode')}：${filing.siteCode}</span>`,
      conac &&
        externalLink(
          conac,
          filing.conacKind === 'institution' ? t('conacInstitution') : t('conacParty'),
          note,
          `ql-conac ql-conac--${filing.conacKind ?? 'party'}`,
        ),
      filing.jiucuo && filing.siteCode && externalLink(jiucuoLink(filing.siteCode, pageUrl()), t('jiucuo'), note),
    ];

    return html`<footer class="ql-footer">
      <p class="ql-footer__line ql-footer__copyright">${t('copyright')}：${site.organization}</p>
      ${contactParts?.some(Boolean) ? html`<p class="ql-footer__line ql-footer__contact">${spaced(contactParts)}</p>` : nothing}
      ${links?.length
        ? html`<ul class="ql-footer__links" aria-label=${t('footerLinks')}>
            ${links.map((link) => html`<li>${siteLink(link.url, link.label, note)}</li>`)}
          </ul>`
        : nothing}
      ${filing.icp || filing.police
        ? html`<p class="ql-footer__line ql-footer__filing">
            ${filing.icp
              ? html`<span class="ql-footer__icp">${t('icp')}：${icp ? externalLink(ICP_LINK, filing.icp, note) : filing.icp}</span>`
              : nothing}
            ${filing.police
              ? html` <span class="ql-footer__police"
                  >${police ? externalLink(police, [policeBadge, filing.police], note) : [policeBadge, filing.police]}</span
                >`
              : nothing}
          </p>`
        : nothing}
      ${government.some(Boolean) ? html`<p class="ql-footer__line ql-footer__government">${spaced(government)}</p>` : nothing}
      ${site.techSupport ? html`<p class="ql-footer__line ql-footer__tech">${t('techSupport')}：${site.techSupport}</p>` : nothing}
      ${site.slogan ? html`<p class="ql-footer__line ql-footer__slogan">${site.slogan}</p>` : nothing}
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ql-site-footer': QlSiteFooter;
  }
}
