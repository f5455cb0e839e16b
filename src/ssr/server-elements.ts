import { nothing, type TemplateResult } from 'lit';
import { QlArticle } from '../components/article/article.js';
import { QlNewsList } from '../components/news-list/news-list.js';
import { QlSiteFooter } from '../components/site-footer/site-footer.js';
import { QlSiteHeader } from '../components/site-header/site-header.js';
import type { DataElement } from '../internal/data-element.js';
import { defineElement } from '../internal/define.js';

/*
 * What the data elements do only on the server, kept out of the browser's file: the server defines
 * these subclasses under the elements' own tags.
 */

/** A light-DOM container an element renders its document into: `<div slot class>` holding `content`. */
export interface LightPart {
  slot: string;
  className: string;
  content: TemplateResult;
}

/** What the renderer asks of a data element. */
export interface ServerRendering {
  /** Reads and shows the document as the browser would (there is no connecting, and no update cycle, here). */
  prerender(): Promise<void>;
  /** The light-DOM content as the browser places it, container by container, in document order. */
  lightParts(): LightPart[];
  /** The document to embed in the page, so the browser shows it without fetching it again. */
  embeddedDocument(): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor takes anything, of any kind
type DataElementClass = abstract new (...args: any[]) => DataElement<any>;

function serverRendering<T extends DataElementClass>(Base: T) {
  abstract class Rendered extends Base implements ServerRendering {
    async prerender(): Promise<void> {
      const outcome = await this.read(new AbortController().signal);
      if (outcome) this.show(outcome);
    }

    lightParts(): LightPart[] {
      if (this.status !== 'ready' || !this.doc) return [];
      const content = this.renderContent(this.doc);
      return content === nothing ? [] : [{ slot: 'content', className: 'ql-content', content }];
    }

    embeddedDocument(): unknown {
      return this.status === 'ready' || this.status === 'empty' ? this.doc : undefined;
    }
  }
  return Rendered;
}

class ServerSiteHeader extends serverRendering(QlSiteHeader) {}
class ServerSiteFooter extends serverRendering(QlSiteFooter) {}

class ServerArticle extends serverRendering(QlArticle) {
  /** Whether the page gives the article a `slot="title"` child (there is no DOM to ask here); set by the renderer. */
  cmsTitle = false;

  protected override hasCmsTitle(): boolean {
    return this.cmsTitle;
  }

  /** The title before the body, as the browser places it. */
  override lightParts(): LightPart[] {
    const parts = super.lightParts();
    const doc = this.value;
    return doc ? [{ slot: 'heading', className: 'ql-article__heading', content: this.headingOf(doc) }, ...parts] : parts;
  }
}

class ServerNewsList extends serverRendering(QlNewsList) {
  /**
   * Every file of every feed is read (a static site writes every page of the list), then shown as the
   * one document the page embeds: the server's rows, totals and pager are then the browser's own.
   */
  override async prerender(): Promise<void> {
    await super.prerender();
    const set = this.set;
    if (!set || this.status !== 'ready') return;
    if (set.hasMore) await set.ensure(Number.MAX_SAFE_INTEGER, new AbortController().signal);
    this.show(this.outcomeOf(set));
    const embedded = this.embeddedDocument();
    if (embedded === this.value) return;
    this.data = embedded;
    await super.prerender();
  }

  /**
   * One Feed document of every row read, each row naming its site when the list merged several
   * feeds: the browser pages through it without fetching a feed again.
   */
  override embeddedDocument(): unknown {
    const doc = this.value;
    if (!doc || !this.set) return super.embeddedDocument();
    const several = this.several;
    if (!several && this.set.loaded[0]?.files.length === 1) return doc;
    const items = this.set.rows.map(({ siteName, time: _time, ...item }) => (several && !item.site && siteName ? { ...item, site: { name: siteName } } : item));
    const { page: _page, ...rest } = doc;
    return { ...rest, items };
  }
}

/** Defines the data elements as their server subclasses, under the elements' own tags. */
export function defineServerElements(): void {
  defineElement('ql-site-header', ServerSiteHeader);
  defineElement('ql-site-footer', ServerSiteFooter);
  defineElement('ql-article', ServerArticle);
  defineElement('ql-news-list', ServerNewsList);
}
