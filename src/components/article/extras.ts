import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleDocument } from '../../contract/documents.js';
import { formatChinaDate } from '../../internal/china-time.js';
import type { MessageKey } from '../../internal/localize.js';
import { siteLink } from '../../internal/links.js';
import { fileType, formatFileSize } from './attachments.js';

type Msg = (key: MessageKey) => string;

/** 附件: each a real link, with its type and size so a reader knows what will download. */
export function renderAttachments(attachments: ArticleDocument['attachments'], t: Msg): TemplateResult | typeof nothing {
  if (!attachments?.length) return nothing;
  return html`<section class="ql-article__attachments">
    <h2 class="ql-article__aside-title">${t('attachments')}</h2>
    <ul>
      ${attachments.map((file) => {
        const details = [fileType(file.name, file.url), file.size === undefined ? '' : formatFileSize(file.size)].filter(Boolean);
        return html`<li>
          <a href=${file.url} download>${file.name}</a>${details.length
            ? html`<span class="ql-article__file-details">（${details.join('，')}）</span>`
            : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** 上一篇 / 下一篇, each only when present. */
export function renderPager(doc: ArticleDocument, t: Msg): TemplateResult | typeof nothing {
  const { prev, next } = doc;
  if (!prev && !next) return nothing;
  const note = t('newWindow');
  return html`<nav class="ql-article__pager" aria-label=${`${t('prevArticle')} / ${t('nextArticle')}`}>
    ${prev ? html`<p class="ql-article__prev">${t('prevArticle')}：${siteLink(prev.url, prev.title, note)}</p>` : nothing}
    ${next ? html`<p class="ql-article__next">${t('nextArticle')}：${siteLink(next.url, next.title, note)}</p>` : nothing}
  </nav>`;
}

/** 相关文章, with their dates when known. */
export function renderRelated(related: ArticleDocument['related'], t: Msg): TemplateResult | typeof nothing {
  if (!related?.length) return nothing;
  const note = t('newWindow');
  return html`<section class="ql-article__related">
    <h2 class="ql-article__aside-title">${t('related')}</h2>
    <ul>
      ${related.map(
        (item) => html`<li>
          ${siteLink(item.url, item.title, note)}${item.publishedAt
            ? html` <time class="ql-article__related-date" datetime=${item.publishedAt}>${formatChinaDate(item.publishedAt)}</time>`
            : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}
