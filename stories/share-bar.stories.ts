import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/article/define.js';
import '../src/components/script-toggle/define.js';
import '../src/components/share-bar/define.js';

interface ShareArgs {
  sites: string;
  url?: string;
  title?: string;
  summary?: string;
  image?: string;
}

/** The seed article of the demo; its first image is what a share inside it carries. */
const SEED_SRC = 'demo/data/article-songxi-three-chapters.json';
const PAGE = 'https://www.npql.example/qjyw/2024/0104/12345.html?from=qjyw#body';
const TITLE = '凝侨心 护侨益 聚侨力--松溪县做好“三篇文章”推动新时代侨务工作创新发展';
const SUMMARY = '松溪县侨联做深“凝心”文章、做实“护益”文章、做好“聚力”文章，推动新时代侨务工作创新发展。';

const meta = {
  title: 'Elements/ql-share-bar',
  component: 'ql-share-bar',
  args: { sites: 'wechat weibo qzone copy native', url: PAGE, title: TITLE, summary: SUMMARY },
  render: ({ sites, url, title, summary, image }) =>
    html`<ql-share-bar sites=${sites} url=${ifDefined(url)} title=${ifDefined(title)} summary=${ifDefined(summary)} image=${ifDefined(image)}></ql-share-bar>`,
} satisfies Meta<ShareArgs>;

export default meta;
type Story = StoryObj<ShareArgs>;

/** 微信 (a QR code to scan), 微博, QQ空间 and 复制链接; 分享 too where the browser has a share sheet. */
export const Default: Story = {};

/** Every service the bar offers, in the order given; the overseas ones load on first use of their names. */
export const EverySite: Story = {
  args: { sites: 'wechat weibo qzone qq douban facebook x line whatsapp telegram email copy native' },
};

/** A long title and a long address: the QR code switches to lower error correction and still fits. */
export const LongTitle: Story = {
  args: {
    url: `https://www.npql.example/qjyw/${encodeURIComponent(TITLE)}.html?id=12345&channel=${encodeURIComponent('侨界要闻')}`,
    title: `${TITLE}——暨松溪县侨联第三届委员会第五次全体会议、全县侨联工作会议和侨界人士迎新春座谈会在松溪县召开`,
  },
};

/** In the article toolbar's share slot: the article's title, summary and first image are shared. */
export const InsideArticle: Story = {
  render: ({ sites }) => html`<ql-article src=${SEED_SRC}><ql-share-bar slot="share" sites=${sites}></ql-share-bar></ql-article>`,
};

/** A traditional-script page: the labels follow `<html lang>` (繁體 in the toolbar), the title is the page's own. */
export const TraditionalScript: Story = {
  globals: { locale: 'zh-Hant-TW' },
  args: { title: '凝僑心 護僑益 聚僑力--松溪縣做好「三篇文章」推動新時代僑務工作創新發展' },
  render: ({ sites, url, title }) => html`<ql-script-toggle></ql-script-toggle>
    <ql-share-bar sites=${sites} url=${ifDefined(url)} title=${ifDefined(title)}></ql-share-bar>`,
};

/** A `javascript:` address is refused: every button is disabled and the bar says why. */
export const RefusedUrl: Story = {
  args: { url: 'javascript:alert(1)' },
};
