import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/article/define.js';
import '../src/components/elder-toggle/define.js';
import '../src/components/news-list/define.js';
import '../src/components/script-toggle/define.js';
import '../src/components/site-footer/define.js';
import '../src/components/site-header/define.js';
import { nanping } from './story-data.js';

const meta = {
  title: 'Elements/ql-elder-toggle',
  component: 'ql-elder-toggle',
  // The reader's choice for the whole page, remembered across visits: the button sets it, not a control.
  argTypes: { active: { control: false } },
  // The mode applies to its whole page, so on the docs page each story gets a page of its own.
  parameters: { docs: { story: { inline: false, height: '240px' } } },
  render: () => html`<ql-elder-toggle></ql-elder-toggle>
    <p>按下“长者模式”，本页所有组件的文字放大到 18 像素以上、颜色加深、按钮加大，动画停止。</p>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The switch alone. Its state is the page's: `aria-pressed` says whether the mode is on. */
export const Default: Story = {};

/** In the header's tools slot, beside the 简/繁 switch, where federation sites put their reader tools. */
export const InHeader: Story = {
  render: () => html`<ql-site-header .data=${nanping} channel="qjyw" page-title="正文">
    <ql-script-toggle slot="tools"></ql-script-toggle>
    <ql-elder-toggle slot="tools"></ql-elder-toggle>
  </ql-site-header>`,
};

/** A whole page to try it on: header, article, news list and footer all follow the one switch. */
export const WholePage: Story = {
  render: () => html`<ql-site-header .data=${nanping} channel="qjyw" page-title="正文">
      <ql-elder-toggle slot="tools"></ql-elder-toggle>
    </ql-site-header>
    <main>
      <ql-article src="demo/data/article-songxi-three-chapters.json"></ql-article>
      <ql-news-list src="demo/data/feeds/songxi-1.json" page-size="5"></ql-news-list>
    </main>
    <ql-site-footer .data=${nanping}></ql-site-footer>`,
};
