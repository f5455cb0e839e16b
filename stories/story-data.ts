/**
 * Shared story fixtures. They start from the demo's own `demo/data/site.json`, so stories, tests and
 * demo pages show the same Nanping federation; each story changes only what its state needs.
 *
 * URLs here are relative to the page, the way a webmaster writes them: Storybook serves `demo/` and
 * `stories/assets/` beside its `iframe.html`, and the test runner serves the repository root.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { SiteDocument } from '../src/contract/index.js';
import type { DataStatus } from '../src/internal/data-element.js';

/**
 * Control tweaks every data element shares. Names, descriptions, types and defaults come from the
 * elements' JSDoc through the manifest; `status` is the element's output (reflected for CSS), not a
 * setting, so it has no control.
 */
export const dataElementArgTypes = {
  timeout: { control: { type: 'number', min: 0, step: 1000 } },
  status: { control: false },
} satisfies Partial<ArgTypes>;

/** What the story test expects of a story's element once it has settled. */
export interface StoryExpectation {
  /** The element's final `status`; by default anything but `idle` and `loading`. */
  status?: DataStatus;
}

export const SITE_SRC = 'demo/data/site.json';
/** A file no server has: the 404 error state. */
export const MISSING_SRC = 'demo/data/no-such-site.json';
/** A URL whose request never answers while {@link holdStalledRequests} is in force: the loading state. */
export const STALLED_SRC = 'stalled/site.json';
export const LOGO_SRC = 'stories/assets/logo.svg';

async function loadFixture<T>(url: string): Promise<T> {
  const response = await fetch(new URL(url, document.baseURI));
  if (!response.ok) throw new Error(`story fixture ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The Nanping site exactly as the demo has it. */
export const nanping: SiteDocument = await loadFixture<SiteDocument>(SITE_SRC);
// Its logo's address is relative to the file; handed over as `.data` it would be read against the page.
if (nanping.logo) nanping.logo = { ...nanping.logo, src: new URL(nanping.logo.src, new URL(SITE_SRC, document.baseURI)).href };

/** Every field of the contract filled: the government-platform lines included. */
export const everyLine: SiteDocument = {
  ...nanping,
  logo: { src: LOGO_SRC, alt: '南平市归国华侨联合会' },
  filing: {
    ...nanping.filing,
    siteCode: '3507000001',
    conacId: '0123456789abcdef0123456789abcdef',
    conacKind: 'party',
    jiucuo: true,
  },
  breadcrumb: { label: '您当前的位置：', separator: '>>' },
  techSupport: '南平市信息中心',
};

/** Only what the contract requires. */
export const minimal: SiteDocument = { version: 1, name: nanping.name, organization: nanping.organization };

/** A typical county site: filing numbers and an address, nothing else. */
export const missingOptional: SiteDocument = {
  version: 1,
  name: nanping.name,
  organization: nanping.organization,
  contact: { address: nanping.contact?.address },
  filing: { icp: nanping.filing?.icp, police: nanping.filing?.police },
};

/** Filing numbers that do not match their official formats: shown as plain text, never linked. */
export const invalidFiling: SiteDocument = {
  ...nanping,
  filing: {
    icp: '闽ICP备110046号',
    police: '闽公网安备3501020200号',
    siteCode: '35070',
    conacId: 'not-a-conac-id',
    conacKind: 'institution',
  },
};

/**
 * What an old CMS writes where there is no link (`javascript:void(0)`, `#`): each such link is left
 * out with a warning, and everything else is shown.
 */
export const placeholderLinks: unknown = {
  ...nanping,
  url: '#',
  channels: nanping.channels?.map((channel) => (channel.id === 'qjyw' ? { ...channel, url: 'javascript:void(0)' } : channel)),
  links: [{ label: '友情链接', url: 'javascript:void(0)' }, ...(nanping.links ?? [])],
};

/** A document whose core is unusable: the CMS left `organization` blank, and the error names it. */
export const invalidDocument: unknown = { ...nanping, organization: '' };

let holding = false;

/**
 * Makes requests for {@link STALLED_SRC} wait until they are aborted, the way a stalled county
 * server does. A static Storybook has no slow server to point at, so the loading state is shown by
 * holding this one URL; every other request goes through untouched.
 */
export function holdStalledRequests(): void {
  if (holding) return;
  holding = true;
  const stalled = new URL(STALLED_SRC, document.baseURI).pathname;
  const passOn = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname !== stalled) return passOn(input, init);
    return new Promise<Response>((_, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    });
  };
}

/** A JSON child node; Lit does not bind inside `<script>`, so the node is built and inserted whole. */
export function inlineScript(value: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(value);
  return script;
}
