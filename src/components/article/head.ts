import { formatChinaDate } from '../../internal/china-time.js';
import { publicationTime } from './meta-line.js';

/** What a page that is nothing but this article tells browsers, crawlers and government site audits. */
export interface ArticleHead {
  title: string;
  siteName?: string;
  publishedAt?: string;
  source?: string;
  description?: string;
}

function setMeta(name: string, content: string | undefined) {
  if (!content) return;
  let meta = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = name;
    document.head.append(meta);
  }
  meta.content = content;
}

/**
 * Sets `document.title` and the article meta tags (`ArticleTitle`, `PubDate` as `YYYY-MM-DD HH:MM`
 * China time, `ContentSource`, `description`), creating each tag or updating the one already there.
 * A missing value leaves the page's own tag alone.
 */
export function applyArticleHead({ title, siteName, publishedAt, source, description }: ArticleHead): void {
  document.title = siteName ? `${title} - ${siteName}` : title;
  setMeta('ArticleTitle', title);
  const iso = publishedAt && publicationTime(publishedAt).iso;
  setMeta('PubDate', iso ? formatChinaDate(iso, true).slice(0, 16) : undefined);
  setMeta('ContentSource', source);
  setMeta('description', description);
}
