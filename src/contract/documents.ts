/**
 * The data contract, version 1: the Site, Feed and Article documents. This file is the only place
 * the contract's shape is written down; the TypeScript types, the runtime check and the published
 * JSON Schema files (`npm run build` → `dist/schema/*.schema.json`) all come from it. What each field
 * means is in `field-docs.ts`, which only the published schemas carry, not the drop-in file.
 */
import { CONAC_ID, ICP, POLICE, SITE_CODE } from './filing.js';
import {
  SCHEMA_JSON, altText, array, boolean, dateTime, email, formatted, number, object, oneOf, optional, phrases, string, url, variants, warn,
  type Infer, type Schema,
} from './schema.js';

export const CONTRACT_VERSION = 1;

const version = number({ integer: true });

const image = object({
  src: url(),
  alt: altText(),
});

const link = object({
  title: string(),
  url: url(),
});

const siteRef = object({
  name: string(),
  url: optional(url()),
});

const channel = object({
  id: string(),
  name: string(),
  url: optional(url()),
});

export const siteSchema = object(
  {
    version,
    name: string({ maxLength: 200 }),
    organization: string({ maxLength: 200 }),
    url: optional(url()),
    logo: optional(image),
    channels: optional(array(channel)),
    contact: optional(
      object({
        address: optional(string()),
        postcode: optional(string()),
        phone: optional(string()),
        email: optional(email()),
      }),
    ),
    filing: optional(
      object(
        {
          icp: optional(formatted(ICP)),
          police: optional(formatted(POLICE)),
          siteCode: optional(formatted(SITE_CODE)),
          conacId: optional(formatted(CONAC_ID)),
          conacKind: optional(oneOf(['party', 'institution'] as const)),
          jiucuo: optional(boolean()),
        },
        {
          // The 找错 link carries the site code, so without one it is left out.
          refine: (filing, ctx, path) => {
            if (filing.jiucuo && !filing.siteCode) {
              warn(ctx, `${path}.siteCode`, 'jiucuoWithoutSiteCode');
              delete filing.jiucuo;
            }
          },
          refineJson: SCHEMA_JSON && {
            if: { properties: { jiucuo: { const: true } }, required: ['jiucuo'] },
            then: { properties: { siteCode: { type: 'string', pattern: '\\S' } }, required: ['siteCode'] },
          },
        },
      ),
    ),
    links: optional(array(object({ label: string(), url: url() }))),
    slogan: optional(string()),
    tagline: optional(string()),
    breadcrumb: optional(
      object({
        label: optional(string()),
        separator: optional(string()),
      }),
    ),
    techSupport: optional(string()),
    script: optional(object({ phrases: optional(phrases()) })),
  },
  { title: 'Site' },
);

const feedItem = object({
  id: optional(string()),
  title: string({ maxLength: 2000 }),
  url: url(),
  publishedAt: dateTime(),
  source: optional(string()),
  summary: optional(string()),
  thumbnail: optional(image),
  pinned: optional(boolean()),
  site: optional(siteRef),
});

export const feedSchema = object(
  {
    version,
    site: siteRef,
    channel,
    items: array(feedItem),
    page: optional(
      object({
        number: optional(number({ integer: true, minimum: 1 })),
        size: optional(number({ integer: true, minimum: 1 })),
        totalItems: optional(number({ integer: true, minimum: 0 })),
        totalPages: optional(number({ integer: true, minimum: 0 })),
        next: optional(url()),
        prev: optional(url()),
      }),
    ),
  },
  { title: 'Feed' },
);

const text = string({ maxLength: 1_000_000 });

export const blockSchema = variants(
  {
    paragraph: object({ text }),
    heading: object({ text, level: optional(number({ integer: true, minimum: 2 })) }),
    image: object({
      src: url(),
      alt: altText(),
      caption: optional(string()),
      credit: optional(string()),
      width: optional(number({ integer: true, minimum: 1 })),
      height: optional(number({ integer: true, minimum: 1 })),
    }),
    list: object({ items: array(text), ordered: optional(boolean()) }),
    quote: object({ text }),
  },
);

export const articleSchema = object(
  {
    version,
    id: optional(string()),
    title: string({ maxLength: 2000 }),
    subtitle: optional(string()),
    publishedAt: dateTime(),
    author: optional(string()),
    source: optional(string()),
    editor: optional(string()),
    views: optional(number({ integer: true, minimum: 0 })),
    viewsUrl: optional(url()),
    channel: optional(channel),
    site: optional(siteRef),
    summary: optional(string()),
    body: optional(array(blockSchema)),
    bodyHtml: optional(string({ maxLength: 10_000_000 })),
    attachments: optional(array(object({ name: string(), url: url(), size: optional(number({ integer: true, minimum: 0 })) }))),
    prev: optional(link),
    next: optional(link),
    related: optional(array(object({ title: string(), url: url(), publishedAt: optional(dateTime()) }))),
  },
  {
    title: 'Article',
    refine: (article, ctx) => {
      if (!article.body && !article.bodyHtml) {
        ctx.problems.push({ path: 'body', code: 'noBody' });
      }
    },
    // null counts as absent, hence the types.
    refineJson: SCHEMA_JSON && {
      anyOf: [
        { properties: { body: { type: 'array' } }, required: ['body'] },
        { properties: { bodyHtml: { type: 'string', pattern: '\\S' } }, required: ['bodyHtml'] },
      ],
    },
  },
);

export type SiteDocument = Infer<typeof siteSchema>;
export type FeedDocument = Infer<typeof feedSchema>;
export type FeedItem = FeedDocument['items'][number];
export type ArticleDocument = Infer<typeof articleSchema>;
export type ArticleBlock = Infer<typeof blockSchema>;

export const documentSchemas = { site: siteSchema, feed: feedSchema, article: articleSchema } satisfies Record<
  string,
  Schema<object>
>;
export type DocumentKind = keyof typeof documentSchemas;
export interface DocumentTypes {
  site: SiteDocument;
  feed: FeedDocument;
  article: ArticleDocument;
}
