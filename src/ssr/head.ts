import type { DefaultTreeAdapterMap } from 'parse5';
import type { LitElement } from 'lit';
import type { ArticleDocument } from '../contract/documents.js';
import { baseContentStyles } from '../internal/document-styles.js';
import { SERVER_RENDERED } from '../internal/hydration.js';
import { contentStyles } from './elements.js';

type Element = DefaultTreeAdapterMap['element'];

interface Edit {
  start: number;
  end: number;
  text: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What goes into a rendered page's `<head>`: the styles of the elements' light-DOM content (which
 * the browser adopts from script), and for an article page its title, description, canonical
 * address and Open Graph tags. A tag the template already has is replaced, not written twice.
 */
export async function headEdits(head: Element | undefined, rendered: readonly LitElement[], pageUrl: URL | undefined): Promise<Edit[]> {
  const at = head?.sourceCodeLocation?.endTag?.startOffset;
  if (at === undefined || !head) return [];
  const edits: Edit[] = [];
  const styles = await contentStyles();
  const tags = new Set(rendered.map((el) => el.localName));
  // Rules for defined elements hold for rendered ones too: they are drawn before any script runs.
  const css = [baseContentStyles, ...[...tags].map((tag) => styles[tag]).filter(Boolean)]
    .map((s) => s.cssText.replace(/:defined\b/g, `:is(:defined, [${SERVER_RENDERED}])`))
    .join('\n');
  const lines = [`<style data-ql-document>${css.replace(/<\/style/gi, '<\\/style')}</style>`];

  const article = rendered.find((el) => el.localName === 'ql-article') as (LitElement & { value?: ArticleDocument }) | undefined;
  const doc = article?.value;
  if (doc) {
    const existing = (name: string, value: string) =>
      head.childNodes.find((c): c is Element => 'tagName' in c && c.attrs.some((a) => a.name === name && a.value === value));
    const replace = (el: Element | undefined) => {
      const loc = el?.sourceCodeLocation;
      if (loc) edits.push({ start: loc.startOffset, end: loc.endOffset, text: '' });
    };
    const title = doc.site?.name ? `${doc.title} - ${doc.site.name}` : doc.title;
    replace(head.childNodes.find((c): c is Element => 'tagName' in c && c.tagName === 'title'));
    lines.push(`<title>${escape(title)}</title>`);
    const description = doc.summary ?? doc.body?.find((b) => b.type === 'paragraph')?.text.slice(0, 120);
    if (description) {
      replace(existing('name', 'description'));
      lines.push(`<meta name="description" content="${escape(description)}">`);
    }
    const image = doc.body?.find((b) => b.type === 'image');
    const og: [string, string | undefined][] = [
      ['og:type', 'article'],
      ['og:title', doc.title],
      ['og:description', description],
      ['og:site_name', doc.site?.name],
      ['article:published_time', doc.publishedAt],
    ];
    if (pageUrl) {
      replace(existing('rel', 'canonical'));
      lines.push(`<link rel="canonical" href="${escape(pageUrl.href)}">`);
      og.push(['og:url', pageUrl.href]);
      if (image && image.type === 'image') og.push(['og:image', new URL(image.src, pageUrl).href]);
    }
    for (const [property, content] of og) {
      if (!content) continue;
      replace(existing('property', property));
      lines.push(`<meta property="${property}" content="${escape(content)}">`);
    }
  }
  edits.push({ start: at, end: at, text: `${lines.join('\n    ')}\n  ` });
  return edits;
}


