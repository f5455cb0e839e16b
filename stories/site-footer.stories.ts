import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/site-footer/define.js';
import {
  MISSING_SRC, SITE_SRC, STALLED_SRC, dataElementArgTypes, everyLine, holdStalledRequests, invalidDocument, invalidFiling, minimal,
  missingOptional, nanping, placeholderLinks, type StoryExpectation, inlineScript } from './story-data.js';

interface FooterArgs {
  src?: string;
  timeout?: number;
  data?: unknown;
  /** Story only: the document as an inline `<script type="application/json">` child. */
  inlineJson?: unknown;
  /** Story only: server-rendered footer inside the element, the fallback while loading or failed. */
  fallback?: boolean;
}

/** What a CMS template prints inside the element, before any script runs. */
const serverRendered = html`<p>版权所有：南平市归国华侨联合会</p>
  <p>备案证号：闽ICP备11004646号 闽公网安备35010202000722号</p>`;

const meta = {
  title: 'Elements/ql-site-footer',
  component: 'ql-site-footer',
  args: { timeout: 10_000 },
  argTypes: {
    ...dataElementArgTypes,
    inlineJson: { control: 'object', name: 'inline JSON', table: { category: 'story' } },
    fallback: { control: 'boolean', name: 'server-rendered fallback', table: { category: 'story' } },
  },
  render: ({ src, timeout, data, inlineJson, fallback }) => html`<ql-site-footer
    src=${ifDefined(src || undefined)}
    timeout=${ifDefined(timeout)}
    .data=${data}
    >${inlineJson === undefined ? nothing : inlineScript(inlineJson)}${fallback ? serverRendered : nothing}</ql-site-footer
  >`,
} satisfies Meta<FooterArgs>;

export default meta;
type Story = StoryObj<FooterArgs>;
const settlesAs = (expected: StoryExpectation) => ({ expected });

/** Every line: contact, links, both filing numbers, 网站标识码, the conac badge, 找错, 技术支持, slogan. */
export const EveryLine: Story = { args: { data: everyLine }, parameters: settlesAs({ status: 'ready' }) };

/** The Nanping site as the demo shows it. */
export const Nanping: Story = { args: { data: nanping }, parameters: settlesAs({ status: 'ready' }) };

/** Only `name` and `organization`: one line. */
export const Minimal: Story = { args: { data: minimal }, parameters: settlesAs({ status: 'ready' }) };

/** Lines whose data is missing are left out, not shown empty. */
export const MissingOptionalFields: Story = { args: { data: missingOptional }, parameters: settlesAs({ status: 'ready' }) };

/** Numbers that do not match their official formats are shown as plain text (and warned in the console). */
export const InvalidFilingNumbers: Story = { args: { data: invalidFiling }, parameters: settlesAs({ status: 'ready' }) };

/** `src="demo/data/site.json"`: fetched, checked, shown. */
export const FromSrc: Story = { args: { src: SITE_SRC }, parameters: settlesAs({ status: 'ready' }) };

/** The document inline, for CMS templates that print it into the page. */
export const FromInlineJson: Story = { args: { inlineJson: nanping }, parameters: settlesAs({ status: 'ready' }) };

/** While the request is under way (this story's server never answers): the loading message. */
export const Loading: Story = {
  args: { src: STALLED_SRC, timeout: 2_147_483_647 },
  parameters: settlesAs({ status: 'loading' }),
  render: (args) => (holdStalledRequests(), meta.render(args)),
};

/** While loading, the server-rendered footer stays visible instead of a loading message. */
export const LoadingWithFallback: Story = { ...Loading, args: { ...Loading.args, fallback: true } };

/** `javascript:void(0)` and `#` where a CMS had no link: those links are left out, the footer is shown. */
export const PlaceholderLinks: Story = { args: { data: placeholderLinks }, parameters: settlesAs({ status: 'ready' }) };

/** A document without an organization: the error names the field (`organization`). */
export const InvalidData: Story = { args: { data: invalidDocument }, parameters: settlesAs({ status: 'error' }) };

/** A `src` that answers 404: the error, with a retry button. */
export const NotFound: Story = { args: { src: MISSING_SRC }, parameters: settlesAs({ status: 'error' }) };

/** A failed load keeps the server-rendered footer under the error. */
export const NotFoundWithFallback: Story = { args: { src: MISSING_SRC, fallback: true }, parameters: settlesAs({ status: 'error' }) };
