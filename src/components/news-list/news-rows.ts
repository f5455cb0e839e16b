import { html, nothing, type TemplateResult } from 'lit';
import { formatChinaDate } from '../../internal/china-time.js';
import { isExternal } from '../../internal/links.js';
import type { MessageKey } from '../../internal/localize.js';
import type { NewsRow } from './merge-feeds.js';

const DAY = 86_400_000;

export interface RowOptions {
  variant: 'list' | 'photo';
  /** Start each row with its site's name (a row that names its own site, from an aggregate, always does). */
  source: boolean;
  /** Items newer than this many days carry the new mark; 0 for none. */
  newDays: number;
  /** Further files are loading: the list is about to change. */
  busy: boolean;
  msg: (key: MessageKey, n?: number) => string;
}

/**
 * The rows of one page, as a light-DOM `<ul>`: each title a real link whose text (and `title`, shown on
 * hover) is the whole title, however the CSS cuts it; pinned and source marks are part of the link.
 */
export function renderRows(rows: readonly NewsRow[], options: RowOptions): TemplateResult {
  const now = Date.now();
  return html`<ul class="ql-news ql-news--${options.variant}" aria-busy=${options.busy ? 'true' : 'false'}>
    ${rows.map((row) => renderRow(row, options, now))}
  </ul>`;
}

function renderRow(row: NewsRow, { variant, source, newDays, msg }: RowOptions, now: number) {
  const pinned = row.pinned ? `【${msg('pinned')}】` : '';
  const prefix = source || row.site ? `${row.siteName}：` : '';
  const external = isExternal(row.url);
  const thumb = row.thumbnail
    ? html`<img class="ql-news__thumb" src=${row.thumbnail.src} alt=${row.thumbnail.alt} loading="lazy" />`
    : html`<span class="ql-news__thumb"></span>`;
  const text = html`<span class="ql-news__text"
    >${prefix ? html`<span class="ql-news__source">${prefix}</span>` : nothing}${pinned
      ? html`<span class="ql-news__pinned">${pinned}</span>`
      : nothing}<span class="ql-news__title">${row.title}</span></span
  >`;
  return html`<li class="ql-news__item${row.pinned ? ' ql-news__item--pinned' : ''}">
    <a class="ql-news__link" href=${row.url} title=${prefix + pinned + row.title}
      target=${external ? '_blank' : nothing} rel=${external ? 'noreferrer' : nothing}
      >${variant === 'photo' ? thumb : nothing}${text}${external
        ? html`<span class="ql-visually-hidden">${msg('newWindow')}</span>`
        : nothing}</a
    >${newDays > 0 && now - row.time < newDays * DAY ? html`<span class="ql-news__new">${msg('newItem')}</span>` : nothing}
    <time class="ql-news__date" datetime=${row.publishedAt}>${formatChinaDate(row.publishedAt)}</time>
  </li>`;
}

/** Placeholder rows as tall as the real ones, so the page does not move when they arrive. */
export function renderSkeleton(count: number, label: string): TemplateResult {
  const rows = Array.from({ length: count }, () => html`<div class="skeleton__row"><span></span></div>`);
  return html`<div class="skeleton" part="loading" role="status">
    <span class="ql-visually-hidden">${label}</span>
    <div class="skeleton__rows" aria-hidden="true">${rows}</div>
  </div>`;
}
