import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/article/define.js';
import type { ArticleDocument } from '../src/contract/index.js';
import { FONT_SIZES, type FontSize } from '../src/components/article/font-size.js';
import { STALLED_SRC, dataElementArgTypes, holdStalledRequests, type StoryExpectation } from './story-data.js';

/** The seed article exactly as the demo has it (its image URLs resolve against this file). */
const SEED_SRC = 'demo/data/article-songxi-three-chapters.json';
/** A county article with every part: subtitle, list, quote, credit, attachments, prev/next, related. */
const EVERY_PART_SRC = 'demo/data/articles/article-jianou-congress.json';
const MISSING_SRC = 'demo/data/articles/no-such-article.json';

async function loadFixture<T>(url: string): Promise<T> {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`story fixture ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const seed = await loadFixture<ArticleDocument>(SEED_SRC);

/** Only what the contract requires. */
const minimal: ArticleDocument = {
  version: 1,
  title: seed.title,
  publishedAt: seed.publishedAt,
  body: seed.body!.slice(0, 1),
};

const longTitle: ArticleDocument = {
  ...minimal,
  title: `${seed.title}——暨松溪县侨联第三届委员会第五次全体会议、全县侨联工作会议和侨界人士迎新春座谈会在松溪县召开`,
  author: seed.author,
  source: seed.source,
};

const brokenImage: ArticleDocument = {
  ...minimal,
  body: [
    ...minimal.body!,
    { type: 'image', src: 'demo/images/no-such-photo.svg', alt: '松溪县下甸子豪康侨心博物馆的外观', caption: '侨捐建筑:松溪县下甸子豪康侨心博物馆', width: 800, height: 533 },
  ],
};

/** A CMS export with what sanitizing must remove: a script, an event handler, a `javascript:` link, a style. */
const htmlBody: ArticleDocument = {
  ...minimal,
  body: undefined,
  author: seed.author,
  bodyHtml: `<p>${seed.body![0].type === 'paragraph' ? seed.body![0].text : ''}</p>
    <script>alert('不会运行')</script>
    <p style="color:red" onclick="alert(1)">这一段的样式和点击处理都被去掉了。</p>
    <p><a href="javascript:alert(1)">这个链接的脚本地址被去掉了</a>，<a href="demo/index.html">这个链接保留</a>。</p>
    <figure><img src="demo/images/photo-2.svg" alt="金龙鱼慈善公益基金会捐赠的抗洪物资" width="800" height="533" onerror="alert(1)">
    <figcaption>金龙鱼慈善公益基金会向松溪县捐赠抗洪物资</figcaption></figure>
    <table><caption>捐赠统计（示例数据）</caption><tr><th scope="col">年份</th><th scope="col">善款</th></tr><tr><td>2022</td><td>800万元</td></tr></table>`,
};

/** A photo whose address a CMS wrote as `javascript:void(0)`: that block is left out, the rest shown. */
const placeholderImage: unknown = { ...minimal, body: [...minimal.body!, { type: 'image', src: 'javascript:void(0)', alt: '图' }] };

/** A date no calendar has (`2024-02-30`): the article cannot say when it was published, so the error names `publishedAt`. */
const invalid: unknown = { ...minimal, publishedAt: '2024-02-30 10:40:01' };

interface ArticleArgs {
  src?: string;
  timeout?: number;
  data?: unknown;
  publishedAt?: string;
  author?: string;
  source?: string;
  editor?: string;
  views?: number;
  viewsUrl?: string;
  manageHead?: boolean;
  fontSize?: FontSize;
  /** Story only: the article as a CMS printed it, inside the element (CMS mode, or the fallback). */
  cms?: boolean;
  /** Story only: something in the share slot, standing in for the share bar. */
  share?: boolean;
}

/** What a CMS template prints today, wrapped by the element. */
const cmsArticle = html`<h1 slot="title">${seed.title}</h1>
  ${seed.body!.slice(0, 3).map((block) =>
    block.type === 'paragraph' ? html`<p>${block.text}</p>` : block.type === 'heading' ? html`<h2>${block.text}</h2>` : nothing,
  )}`;

const meta = {
  title: 'Elements/ql-article',
  component: 'ql-article',
  args: { timeout: 10_000 },
  argTypes: {
    ...dataElementArgTypes,
    fontSize: { control: 'inline-radio', options: [...FONT_SIZES] },
    cms: { control: 'boolean', name: 'CMS-printed article inside', table: { category: 'story' } },
    share: { control: 'boolean', name: 'share slot filled', table: { category: 'story' } },
  },
  render: ({ src, timeout, data, publishedAt, author, source, editor, views, viewsUrl, manageHead, fontSize, cms, share }) => html`<ql-article
    src=${ifDefined(src || undefined)}
    timeout=${ifDefined(timeout)}
    .data=${data}
    published-at=${ifDefined(publishedAt || undefined)}
    author=${ifDefined(author || undefined)}
    source=${ifDefined(source || undefined)}
    editor=${ifDefined(editor || undefined)}
    views=${ifDefined(views)}
    views-url=${ifDefined(viewsUrl || undefined)}
    ?manage-head=${manageHead}
    font-size=${ifDefined(fontSize)}
    >${cms ? cmsArticle : nothing}${share ? html`<a slot="share" href="#share">分享</a>` : nothing}</ql-article
  >`,
} satisfies Meta<ArticleArgs>;

export default meta;
type Story = StoryObj<ArticleArgs>;
const settlesAs = (expected: StoryExpectation) => ({ expected });

/** The seed page's article: lead, three sections, five pictures with captions. */
export const Seed: Story = { args: { src: SEED_SRC }, parameters: settlesAs({ status: 'ready' }) };

/** Every part: subtitle, list, quote, credit, 责任编辑, views from `viewsUrl`, attachments, 上一篇/下一篇, 相关文章. */
export const EveryPart: Story = { args: { src: EVERY_PART_SRC, share: true }, parameters: settlesAs({ status: 'ready' }) };

/** Only title, time and one paragraph: no empty labels anywhere. */
export const Minimal: Story = { args: { data: minimal }, parameters: settlesAs({ status: 'ready' }) };

/** A title long enough to wrap over several lines. */
export const LongTitle: Story = { args: { data: longTitle }, parameters: settlesAs({ status: 'ready' }) };

/** A picture that cannot load: its description and caption stay readable. */
export const BrokenImage: Story = { args: { data: brokenImage }, parameters: settlesAs({ status: 'ready' }) };

/** `bodyHtml` from a CMS export, sanitized: the script, handlers and `javascript:` link are gone. */
export const SanitizedHtmlBody: Story = { args: { data: htmlBody }, parameters: settlesAs({ status: 'ready' }) };

/** No JSON at all: the element adds the meta line and toolbar around what the CMS printed. */
export const CmsWrapped: Story = {
  args: { cms: true, publishedAt: '2024-01-04 10:40:01', author: '本站编辑', source: '本站原创', views: 1286, share: true },
  parameters: settlesAs({ status: 'idle' }),
};

/** While the request is under way (this story's server never answers): the loading message. */
export const Loading: Story = {
  args: { src: STALLED_SRC, timeout: 2_147_483_647 },
  parameters: settlesAs({ status: 'loading' }),
  render: (args) => (holdStalledRequests(), meta.render(args)),
};

/** A `src` that answers 404: the error with a retry, the CMS-printed article kept under it. */
export const NotFoundWithFallback: Story = { args: { src: MISSING_SRC, cms: true }, parameters: settlesAs({ status: 'error' }) };

/** A body block with an unsafe address is left out; the article is shown. */
export const PlaceholderImage: Story = { args: { data: placeholderImage }, parameters: settlesAs({ status: 'ready' }) };

/** An invalid document: the error names the field (`publishedAt`). */
export const InvalidData: Story = { args: { data: invalid }, parameters: settlesAs({ status: 'error' }) };
