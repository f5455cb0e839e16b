import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/article/define.js';
import '../src/components/script-toggle/define.js';
import '../src/components/site-header/define.js';
import { nanping } from './story-data.js';

interface ToggleArgs {
  variant: 'tw' | 'hk' | 't';
  sourceScript: 'zh-Hans' | 'zh-Hant';
  script?: 'zh-Hans' | 'zh-Hant';
}

/**
 * A widget from another vendor, built without Lit: a shadow root holding another element's shadow
 * root. The toggle converts both, as it does every open shadow root on the page.
 */
class DemoServiceCard extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const heading = document.createElement('h3');
    heading.textContent = '侨胞服务：理发与面条';
    const hint = document.createElement('demo-service-hint');
    root.append(heading, hint);
  }
}
class DemoServiceHint extends HTMLElement {
  constructor() {
    super();
    const note = document.createElement('p');
    note.textContent = '每周三为归侨侨眷免费理发';
    note.title = '干杯！';
    this.attachShadow({ mode: 'open' }).append(note);
  }
}
if (!customElements.get('demo-service-card')) {
  customElements.define('demo-service-hint', DemoServiceHint);
  customElements.define('demo-service-card', DemoServiceCard);
}

/** One line showing where the variants differ: 着 / 著, 为 / 爲, 里 / 裡. */
const variantSample = html`<p>穿着服装，为侨服务，里面请。头发、理发、干杯、皇后、面条。</p>`;

const meta = {
  title: 'Elements/ql-script-toggle',
  component: 'ql-script-toggle',
  args: { variant: 'tw', sourceScript: 'zh-Hans' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['tw', 'hk', 't'] },
    sourceScript: { control: 'inline-radio', options: ['zh-Hans', 'zh-Hant'] },
    // The reader's choice for the whole page, remembered across visits: the button sets it, not a control.
    script: { control: false },
  },
  // Each story converts its whole page, so on the docs page each gets a page of its own.
  parameters: { docs: { story: { inline: false, height: '320px' } } },
  render: ({ variant, sourceScript }) =>
    html`<ql-script-toggle variant=${variant} source-script=${sourceScript}></ql-script-toggle>${variantSample}`,
} satisfies Meta<ToggleArgs>;

export default meta;
type Story = StoryObj<ToggleArgs>;

/** In the header's tools slot, where federation sites put their 简体 | 繁体 links. */
export const InHeader: Story = {
  render: ({ variant }) => html`<ql-site-header .data=${nanping} channel="qjyw" page-title="正文">
      <ql-script-toggle slot="tools" variant=${variant}></ql-script-toggle>
    </ql-site-header>
    ${variantSample}`,
};

/** Taiwan standard (s2tw, the default): 穿著、為、裡面. */
export const Taiwan: Story = { args: { variant: 'tw' } };

/** Hong Kong standard (s2hk): 穿着、為、裏面. */
export const HongKong: Story = { args: { variant: 'hk' } };

/** OpenCC's own traditional (s2t): 穿着、爲、裏面. */
export const OpenCCTraditional: Story = { args: { variant: 't' } };

/** A site written in traditional characters: the toggle offers 简体 and converts t→s. */
export const TraditionalSite: Story = {
  args: { sourceScript: 'zh-Hant' },
  render: ({ variant, sourceScript }) => html`<ql-script-toggle variant=${variant} source-script=${sourceScript}></ql-script-toggle>
    <p>頭髮、理髮、乾杯、皇后、麵條。歡迎海外僑胞回鄉觀光。</p>`,
};

/**
 * A page with every kind of content to try the toggle on: light-DOM text, `ql-article` (light DOM and
 * shadow DOM), another vendor's widget with nested shadow roots, reader-facing attributes, and the
 * regions the toggle leaves alone.
 */
export const MixedPage: Story = {
  render: ({ variant }) => html`<ql-script-toggle variant=${variant}></ql-script-toggle>
    <p>欢迎海外侨胞回乡观光，头发、理发、干杯、皇后、面条。</p>
    <demo-service-card></demo-service-card>
    <p>
      <img alt="侨联大楼外观" title="侨联大楼" src="demo/images/photo-1.svg" width="160" height="107" />
    </p>
    <label>搜索 <input type="search" placeholder="输入关键词搜索侨联新闻" /></label>
    <input type="button" value="发送" aria-description="发送给侨联办公室" />
    <p>Left as written:</p>
    <ul>
      <li><code>const 头发 = "理发";</code></li>
      <li translate="no">侨联 (translate="no")</li>
      <li data-ql-keep>涉密不上网 上网不涉密 (data-ql-keep)</li>
      <li lang="ja">日本語の髪型</li>
    </ul>
    <label>留言 <textarea>这里是读者写的字</textarea></label>
    <ql-article src="demo/data/article-songxi-three-chapters.json"></ql-article>`,
};
