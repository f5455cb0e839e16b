import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/news-list/define.js';
import type { FeedDocument } from '../src/contract/index.js';
import { STALLED_SRC, dataElementArgTypes, holdStalledRequests, type StoryExpectation, inlineScript } from './story-data.js';

/** The demo's own feed files, relative to the page as a webmaster writes them. */
const FEEDS = 'demo/data/feeds/';
const SONGXI_SRC = `${FEEDS}songxi-1.json`;
const PHOTOS_SRC = `${FEEDS}songxi-photos.json`;
const COUNTIES = ['yanping', 'jianyang', 'shaowu', 'wuyishan', 'jianou', 'shunchang', 'pucheng', 'guangze', 'songxi-1', 'zhenghe'];
const NAMES = ['延平区侨联', '建阳区侨联', '邵武市侨联', '武夷山市侨联', '建瓯市侨联', '顺昌县侨联', '浦城县侨联', '光泽县侨联', '松溪县侨联', '政和县侨联'];
/** shunchang.json does not exist: the portal's partial-failure notice. */
const PORTAL_SRC = COUNTIES.map((county) => `${FEEDS}${county}.json`).join(' ');

interface ListArgs {
  src?: string;
  pageSize?: number;
  newDays?: number;
  showSource?: boolean;
  variant?: 'list' | 'photo';
  syncUrl?: string;
  timeout?: number;
  data?: unknown;
  /** Story only: an inline `<script type="application/json">` child (a Feed, or a list of `{src, name}`). */
  inlineJson?: unknown;
  /** Story only: server-rendered list inside the element, the fallback while loading or failed. */
  fallback?: boolean;
}

const serverRendered = html`<ul>
  <li><a href="demo/songxi/article.html?id=sx-2024-0118">松溪县侨联召开2024年工作部署会</a> 2024-01-18</li>
  <li><a href="demo/songxi/article.html?id=sx-2024-0112">县侨联开展新春走访慰问困难归侨侨眷活动</a> 2024-01-12</li>
</ul>`;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const songxi = (items: FeedDocument['items']): FeedDocument => ({
  version: 1,
  site: { name: '松溪县侨联' },
  channel: { id: 'qldt', name: '侨联动态' },
  items,
});

const meta = {
  title: 'Elements/ql-news-list',
  component: 'ql-news-list',
  args: { pageSize: 20, newDays: 3, showSource: false, variant: 'list', timeout: 10_000 },
  argTypes: {
    ...dataElementArgTypes,
    // The list's own reading of the shared `src`: several feeds are merged.
    src: { description: 'One feed URL, or several separated by spaces (merged); relative URLs resolve against the page.' },
    pageSize: { control: { type: 'number', min: 1 } },
    newDays: { control: { type: 'number', min: 0 } },
    inlineJson: { control: 'object', name: 'inline JSON', table: { category: 'story' } },
    fallback: { control: 'boolean', name: 'server-rendered fallback', table: { category: 'story' } },
  },
  render: ({ src, pageSize, newDays, showSource, variant, syncUrl, timeout, data, inlineJson, fallback }) => html`<ql-news-list
    src=${ifDefined(src || undefined)}
    page-size=${ifDefined(pageSize)}
    new-days=${ifDefined(newDays)}
    ?show-source=${showSource}
    variant=${ifDefined(variant)}
    sync-url=${ifDefined(syncUrl ?? undefined)}
    timeout=${ifDefined(timeout)}
    .data=${data}
    >${inlineJson === undefined ? nothing : inlineScript(inlineJson)}${fallback ? serverRendered : nothing}</ql-news-list
  >`,
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;
const settlesAs = (expected: StoryExpectation) => ({ expected });

/** One channel: 49 items over three feed files; the later files load when the reader pages to them. */
export const OneChannel: Story = { args: { src: SONGXI_SRC, pageSize: 10 }, parameters: settlesAs({ status: 'ready' }) };

/** The city portal: ten county feeds merged, each row prefixed with its site; 顺昌县's feed is missing. */
export const ManyFeeds: Story = { args: { src: PORTAL_SRC, pageSize: 15 }, parameters: settlesAs({ status: 'ready' }) };

/** The same feeds listed with their names in inline JSON, so the notice names 顺昌县侨联, not a file. */
export const ManyFeedsNamed: Story = {
  args: { inlineJson: COUNTIES.map((county, i) => ({ src: `${FEEDS}${county}.json`, name: NAMES[i] })), pageSize: 15 },
  parameters: settlesAs({ status: 'ready' }),
};

/** 图片新闻: thumbnails with their alt text. */
export const Photo: Story = { args: { src: PHOTOS_SRC, variant: 'photo', pageSize: 4 }, parameters: settlesAs({ status: 'ready' }) };

/** Pinned rows first, marked 【置顶】; rows of the last three days marked 新. */
export const PinnedAndNew: Story = {
  args: {
    data: songxi([
      { title: '县侨联开展“侨法宣传月”活动', url: 'demo/songxi/index.html#a', publishedAt: daysAgo(1) },
      { title: '关于开展“侨胞之家”星级评定工作的通知', url: 'demo/songxi/index.html#b', publishedAt: daysAgo(30), pinned: true },
      { title: '县侨联召开侨界青年座谈会', url: 'demo/songxi/index.html#c', publishedAt: daysAgo(2) },
      { title: '县侨联走访慰问老归侨', url: 'demo/songxi/index.html#d', publishedAt: daysAgo(9) },
    ]),
  },
  parameters: settlesAs({ status: 'ready' }),
};

/** Titles longer than the row are cut with an ellipsis; the whole title stays in the text and on hover. */
export const LongTitles: Story = {
  args: {
    showSource: true,
    data: songxi([
      {
        title: '松溪县侨联联合县司法局、县人民检察院在松源街道、郑墩镇、渭田镇等地开展侨法宣传进社区、进乡村、进校园系列活动，现场解答归侨侨眷关于出入境、房产和继承等方面的法律咨询',
        url: 'demo/songxi/index.html#long-1',
        publishedAt: '2024-01-04T10:40:01+08:00',
        pinned: true,
      },
      {
        title: '凝侨心 护侨益 聚侨力--松溪县做好“三篇文章”推动新时代侨务工作创新发展，引资引力4000余万元用于县域基础设施建设、抗洪救灾、乡村振兴和社会公益',
        url: 'demo/songxi/index.html#long-2',
        publishedAt: '2024-01-03T09:00:00+08:00',
      },
    ]),
  },
  parameters: settlesAs({ status: 'ready' }),
};

/** Only what the contract requires: no thumbnails in the photo variant, no summaries, no page data. */
export const MissingFields: Story = {
  args: {
    variant: 'photo',
    data: songxi([
      { title: '县侨联召开2024年工作部署会', url: 'demo/songxi/index.html#m1', publishedAt: '2024-01-18T16:20:00+08:00' },
      { title: '县侨联为归侨侨眷子女发放助学金', url: 'demo/songxi/index.html#m2', publishedAt: '2023-09-11T10:00:00+08:00' },
    ]),
  },
  parameters: settlesAs({ status: 'ready' }),
};

/** Rows an old CMS wrote with `javascript:void(0)`, `#` or an impossible date: each left out, the others shown. */
export const PlaceholderRows: Story = {
  args: {
    data: songxi([
      { title: '县侨联召开2024年工作部署会', url: 'demo/songxi/index.html#m1', publishedAt: '2024-01-18 16:20' },
      { title: '这一行没有链接', url: 'javascript:void(0)', publishedAt: '2024-01-10T09:00:00+08:00' },
      { title: '这一行也没有链接', url: '#', publishedAt: '2024-01-09T09:00:00+08:00' },
      { title: '这一行的日期不存在', url: 'demo/songxi/index.html#m3', publishedAt: '2023-02-29T09:00:00+08:00' },
      { title: '县侨联为归侨侨眷子女发放助学金', url: 'demo/songxi/index.html#m2', publishedAt: '2023-09-11T10:00:00+08:00' },
    ]),
  },
  parameters: settlesAs({ status: 'ready' }),
};

/** A channel with no items yet: 暂无信息. */
export const Empty: Story = { args: { data: songxi([]) }, parameters: settlesAs({ status: 'empty' }) };

/** While the feed loads (this story's server never answers): a skeleton as tall as the rows will be. */
export const Loading: Story = {
  args: { src: STALLED_SRC, timeout: 2_147_483_647, pageSize: 10 },
  parameters: settlesAs({ status: 'loading' }),
  render: (args) => (holdStalledRequests(), meta.render(args)),
};

/** While loading, the server-rendered list stays instead of the skeleton. */
export const LoadingWithFallback: Story = { ...Loading, args: { ...Loading.args, fallback: true } };

/** A feed that answers 404: the error, with a retry button. */
export const NotFound: Story = { args: { src: `${FEEDS}shunchang.json` }, parameters: settlesAs({ status: 'error' }) };

/** Every feed failing: the error names them all, and the server-rendered list stays under it. */
export const AllFeedsFail: Story = {
  args: { src: `${FEEDS}shunchang.json ${FEEDS}no-such-county.json`, fallback: true },
  parameters: settlesAs({ status: 'error' }),
};
