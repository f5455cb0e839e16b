import { html, nothing, type TemplateResult } from 'lit';
import { formatChinaDate } from '../../internal/china-time.js';
import type { MessageKey } from '../../internal/localize.js';

export interface MetaFields {
  publishedAt?: string;
  author?: string;
  source?: string;
  views?: number;
}

const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/;

/**
 * A publication time as these sites print it, `2024-01-04 10:40:01` in China time, and its ISO form.
 * A CMS often prints China time with no offset (`2024-01-04 10:40:01`): that is read as China time.
 * Anything else is shown as given, because the page must show what it was given.
 */
export function publicationTime(value: string): { text: string; iso?: string } {
  const trimmed = value.trim();
  let iso: string | undefined;
  if (WITH_OFFSET.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) iso = trimmed;
  else if (LOCAL.test(trimmed)) iso = `${trimmed.replace(' ', 'T')}${trimmed.length > 10 ? '' : 'T00:00'}+08:00`;
  if (!iso || Number.isNaN(Date.parse(iso))) return { text: trimmed };
  const withTime = trimmed.length > 10;
  return { text: formatChinaDate(iso, withTime), iso };
}

/** 发布时间 / 作者 / 来源 / 浏览次数, in the seed page's order; an empty field is left out entirely. */
export function renderMetaLine(fields: MetaFields, t: (key: MessageKey) => string): TemplateResult | typeof nothing {
  const time = fields.publishedAt?.trim() ? publicationTime(fields.publishedAt) : undefined;
  const items = [
    time && html`<span class="meta__item meta__published">${t('publishedAt')}：<time datetime=${time.iso ?? nothing}>${time.text}</time></span>`,
    fields.author?.trim() && html`<span class="meta__item meta__author">${t('author')}：${fields.author}</span>`,
    fields.source?.trim() && html`<span class="meta__item meta__source">${t('source')}：${fields.source}</span>`,
    fields.views !== undefined && html`<span class="meta__item meta__views">${t('views')}：${fields.views}</span>`,
  ].filter(Boolean);
  // Spaces between the items keep them apart when the line is copied or read without styles.
  return items.length ? html`<p class="meta" part="meta">${items.map((item, i) => (i ? [' ', item] : item))}</p>` : nothing;
}
