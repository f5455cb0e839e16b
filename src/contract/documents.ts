/**
 * The data contract, version 1: the Site, Feed and Article documents. This file is the only place
 * the contract is written down; the TypeScript types, the runtime check and the published JSON Schema
 * files (`npm run build` → `dist/schema/*.schema.json`) all come from it.
 */
import {
  array, boolean, dateTime, number, object, oneOf, optional, string, url, variants,
  type Infer, type Schema,
} from './schema.js';

export const CONTRACT_VERSION = 1;

const version = number({ integer: true, description: 'Contract version; this library reads 1.' });

const image = object({
  src: url('Image URL.'),
  alt: string({ description: 'Text alternative, read by screen readers.' }),
});

const link = object({
  title: string(),
  url: url(),
});

const siteRef = object({
  name: string({ description: 'Short name, e.g. 松溪县侨联.' }),
  url: optional(url()),
});

const channel = object({
  id: string({ description: 'Stable identifier, e.g. qjyw.' }),
  name: string({ description: 'Display name, e.g. 侨界要闻.' }),
  url: optional(url()),
});

export const siteSchema = object(
  {
    version,
    name: string({ description: 'Short name, e.g. 南平市侨联.', maxLength: 200 }),
    organization: string({ description: '主办单位 / 版权所有, e.g. 南平市归国华侨联合会.', maxLength: 200 }),
    url: optional(url('Home page.')),
    logo: optional(image),
    channels: optional(array(channel)),
    contact: optional(
      object({
        address: optional(string()),
        postcode: optional(string()),
        phone: optional(string()),
        email: optional(string()),
      }),
    ),
    filing: optional(
      object(
        {
          icp: optional(string({ description: 'ICP备案编号, e.g. 闽ICP备11004646号.' })),
          police: optional(string({ description: '公安机关备案号, e.g. 闽公网安备35010202000722号.' })),
          siteCode: optional(string({ description: '网站标识码 (government platforms only), e.g. 3505240010.' })),
          conacId: optional(string({ description: 'Id of the 党政机关网站标识 (32 hex digits).' })),
          conacKind: optional(oneOf(['party', 'institution'] as const, '党政机关 (red) or 事业单位 (blue).')),
          jiucuo: optional(boolean('Show 我为政府网站找错; needs siteCode.')),
        },
        {
          refine: (filing, ctx, path) => {
            if (filing.jiucuo && !filing.siteCode) {
              ctx.problems.push({ path: `${path}.siteCode`, zh: '显示“我为政府网站找错”需要网站标识码', en: 'jiucuo needs siteCode' });
            }
          },
        },
      ),
    ),
    links: optional(array(object({ label: string(), url: url() }))),
    slogan: optional(string({ description: 'e.g. 涉密不上网 上网不涉密.' })),
    breadcrumb: optional(
      object({
        label: optional(string({ description: 'Leading label, e.g. 您当前的位置：' })),
        separator: optional(string({ description: 'Between crumbs, e.g. >>.' })),
      }),
    ),
    techSupport: optional(string({ description: '技术支持.' })),
  },
  { title: 'Site', description: 'One site: its name, organisation, channels, contact and filing numbers.' },
);

const feedItem = object({
  id: optional(string()),
  title: string({ maxLength: 2000 }),
  url: url(),
  publishedAt: dateTime(),
  source: optional(string()),
  summary: optional(string()),
  thumbnail: optional(image),
  pinned: optional(boolean('Shown first, marked 【置顶】.')),
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
        next: optional(url('The next page file of this feed.')),
        prev: optional(url('The previous page file of this feed.')),
      }),
    ),
  },
  { title: 'Feed', description: "One page of one channel's article list." },
);

const text = string({ maxLength: 1_000_000 });

export const blockSchema = variants(
  {
    paragraph: object({ text }),
    heading: object({ text, level: optional(number({ integer: true, minimum: 2 })) }),
    image: object({
      src: url(),
      alt: string(),
      caption: optional(string()),
      credit: optional(string({ description: 'e.g. 新华社记者 张锰 摄.' })),
      width: optional(number({ integer: true, minimum: 1 })),
      height: optional(number({ integer: true, minimum: 1 })),
    }),
    list: object({ items: array(text), ordered: optional(boolean()) }),
    quote: object({ text }),
  },
  'One block of an article body.',
);

export const articleSchema = object(
  {
    version,
    id: optional(string()),
    title: string({ maxLength: 2000 }),
    subtitle: optional(string()),
    publishedAt: dateTime(),
    author: optional(string()),
    source: optional(string({ description: '来源, e.g. 本站原创.' })),
    editor: optional(string({ description: '责任编辑.' })),
    views: optional(number({ integer: true, minimum: 0 })),
    viewsUrl: optional(url('GET returns {"views": n}.')),
    channel: optional(channel),
    site: optional(siteRef),
    summary: optional(string()),
    body: optional(array(blockSchema)),
    bodyHtml: optional(string({ maxLength: 10_000_000, description: "A CMS's HTML export; sanitized before it is shown." })),
    attachments: optional(array(object({ name: string(), url: url(), size: optional(number({ integer: true, minimum: 0 })) }))),
    prev: optional(link),
    next: optional(link),
    related: optional(array(object({ title: string(), url: url(), publishedAt: optional(dateTime()) }))),
  },
  {
    title: 'Article',
    description: 'One news article.',
    refine: (article, ctx) => {
      if (!article.body && !article.bodyHtml) {
        ctx.problems.push({ path: 'body', zh: '需要 body 或 bodyHtml', en: 'expected body or bodyHtml' });
      }
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
