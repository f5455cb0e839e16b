import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/site-header/define.js';
import {
  LOGO_SRC, MISSING_SRC, SITE_SRC, STALLED_SRC, dataElementArgTypes, everyLine, holdStalledRequests, invalidDocument, minimal, nanping,
  placeholderLinks, type StoryExpectation,
} from './story-data.js';

interface HeaderArgs {
  src?: string;
  timeout?: number;
  channel?: string;
  pageTitle?: string;
  data?: unknown;
  /** Story only: what the `tools` slot holds. */
  tools?: 'none' | 'button' | 'links';
  /** Story only: a server-rendered breadcrumb inside the element, the fallback while loading or failed. */
  fallback?: boolean;
}

const toolsContent = {
  none: nothing,
  button: html`<button slot="tools" type="button">繁體</button>`,
  links: html`<a slot="tools" href="#simplified" aria-current="true">简体</a>
    <a slot="tools" href="#traditional" lang="zh-Hant">繁體</a>
    <a slot="tools" href="#english" lang="en">English</a>`,
};

/** What a CMS template prints inside the element, before any script runs. */
const serverRendered = html`<p><a href="#home">南平市侨联</a> &gt;&gt; 侨界要闻</p>`;

const meta = {
  title: 'Elements/ql-site-header',
  component: 'ql-site-header',
  args: { timeout: 10_000, channel: 'qjyw', pageTitle: '正文', tools: 'none' },
  argTypes: {
    ...dataElementArgTypes,
    channel: { control: 'select', options: ['', ...(nanping.channels ?? []).map((c) => c.id)] },
    tools: { control: 'inline-radio', options: ['none', 'button', 'links'], name: 'tools slot', table: { category: 'story' } },
    fallback: { control: 'boolean', name: 'server-rendered fallback', table: { category: 'story' } },
  },
  render: ({ src, timeout, channel, pageTitle, data, tools = 'none', fallback }) => html`<ql-site-header
    src=${ifDefined(src || undefined)}
    timeout=${ifDefined(timeout)}
    channel=${ifDefined(channel || undefined)}
    page-title=${ifDefined(pageTitle || undefined)}
    .data=${data}
    >${toolsContent[tools]}${fallback ? serverRendered : nothing}</ql-site-header
  >`,
} satisfies Meta<HeaderArgs>;

export default meta;
type Story = StoryObj<HeaderArgs>;
const settlesAs = (expected: StoryExpectation) => ({ expected });

/** Greeting in China time, and the breadcrumb site → channel → page, as on the Nanping article page. */
export const GreetingAndBreadcrumb: Story = { args: { data: nanping }, parameters: settlesAs({ status: 'ready' }) };

/** Only the site's crumb: no channel, no page title. */
export const SiteOnly: Story = {
  args: { data: minimal, channel: '', pageTitle: '' },
  parameters: settlesAs({ status: 'ready' }),
};

/** The leading label and separator come from the data: `您当前的位置：南平市侨联 -> 侨联动态 -> 正文`. */
export const CustomLabelAndSeparator: Story = {
  args: { data: { ...nanping, breadcrumb: { label: '您当前的位置：', separator: '->' } }, channel: 'qldt' },
  parameters: settlesAs({ status: 'ready' }),
};

/** The `tools` slot with a plain button (where the 简/繁 switch goes). */
export const WithToolsButton: Story = { args: { data: nanping, tools: 'button' }, parameters: settlesAs({ status: 'ready' }) };

/** The `tools` slot with plain links: 简体 | 繁體 | English. */
export const WithToolsLinks: Story = { args: { data: nanping, tools: 'links' }, parameters: settlesAs({ status: 'ready' }) };

/**
 * The banner: the site's logo, name and tagline, and the channel menu from `channels`, the current
 * channel (`channel="qjyw"`, 侨界要闻) marked. A skip link to the page's main content comes first.
 */
export const BannerAndMenu: Story = {
  args: { data: nanping, channel: 'qjyw' },
  parameters: settlesAs({ status: 'ready' }),
};

/** In a column as narrow as a phone, the menu folds behind a 栏目 button (Enter opens it, Escape closes it). */
export const MenuOnAPhone: Story = {
  ...BannerAndMenu,
  render: (args) => html`<div class="story-phone-width">${meta.render(args)}</div>
    <style>
      .story-phone-width { max-width: 360px; }
    </style>`,
};

/** The site's logo, linked to its home page. */
export const WithLogo: Story = {
  args: { data: { ...everyLine, logo: { src: LOGO_SRC, alt: '南平市归国华侨联合会' } } },
  parameters: settlesAs({ status: 'ready' }),
};

/** `src="demo/data/site.json"`: fetched, checked, shown. */
export const FromSrc: Story = { args: { src: SITE_SRC }, parameters: settlesAs({ status: 'ready' }) };

/** While the request is under way (this story's server never answers): greeting and a loading message. */
export const Loading: Story = {
  args: { src: STALLED_SRC, timeout: 2_147_483_647 },
  parameters: settlesAs({ status: 'loading' }),
  render: (args) => (holdStalledRequests(), meta.render(args)),
};

/** While loading, the server-rendered breadcrumb stays visible instead of a loading message. */
export const LoadingWithFallback: Story = { ...Loading, args: { ...Loading.args, fallback: true } };

/** `#` as the site's address and `javascript:void(0)` as the channel's: both crumbs shown as text. */
export const PlaceholderLinks: Story = { args: { data: placeholderLinks }, parameters: settlesAs({ status: 'ready' }) };

/** A document without an organization: the error names the field (`organization`); the greeting stays. */
export const InvalidData: Story = { args: { data: invalidDocument }, parameters: settlesAs({ status: 'error' }) };

/** A `src` that answers 404: the error, with a retry button. */
export const NotFound: Story = { args: { src: MISSING_SRC }, parameters: settlesAs({ status: 'error' }) };

/** A failed load keeps the server-rendered breadcrumb under the error. */
export const NotFoundWithFallback: Story = {
  args: { src: MISSING_SRC, fallback: true },
  parameters: settlesAs({ status: 'error' }),
};
