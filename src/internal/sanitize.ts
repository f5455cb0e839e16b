/**
 * The one path by which HTML from data reaches the page: a CMS's article export (`bodyHtml`). It runs
 * through DOMPurify against a strict allowlist (text structure, links, images, figures, tables) and
 * comes back as a DOM fragment, so no HTML string is ever assigned by this library. DOMPurify is
 * imported on first use, so pages that never show `bodyHtml` never download it.
 */
import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';
import { resolveSafeUrl } from '../contract/schema.js';

const TAGS = [
  // text structure
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'section', 'blockquote', 'pre', 'code',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'q', 'abbr', 'time',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  // links, images, figures
  'a', 'img', 'figure', 'figcaption',
  // tables
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

/** No `style`, `class`, `id`, `on*`, `srcset`, `target`, `data-*` or `aria-*`: none is needed to read. */
const ATTRIBUTES = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'lang', 'dir', 'datetime',
  'start', 'reversed', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'span',
];

const URL_ATTRIBUTES = new Set(['href', 'src']);

const CONFIG: Config = {
  ALLOWED_TAGS: TAGS,
  ALLOWED_ATTR: ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

/** The base URL of the document being sanitized; the hooks run synchronously inside one call. */
let base = '';

/** The part of the Trusted Types API used here (not yet in TypeScript's DOM types). */
interface Policy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): Policy;
}

/**
 * Pages that enforce Trusted Types can allow this library by name (`trusted-types qiaolian-widgets`).
 * The policy only ever receives strings on their way into DOMPurify's inert parser; it is never
 * exported, so nothing else can use it to write HTML.
 */
function trustedTypesPolicy(): Policy | undefined {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return undefined;
  try {
    return factory.createPolicy('qiaolian-widgets', { createHTML: (s: string) => s, createScriptURL: (s: string) => s });
  } catch {
    return undefined; // a second copy of the library, or a CSP that does not list our policy name
  }
}

let purifier: Promise<{ purify: DOMPurify; config: Config }> | undefined;

function loadPurifier() {
  purifier ??= import('dompurify').then(({ default: createPurifier }) => {
    const purify = createPurifier(window);
    const policy = trustedTypesPolicy();
    const config: Config = policy ? { ...CONFIG, TRUSTED_TYPES_POLICY: policy as Config['TRUSTED_TYPES_POLICY'] } : CONFIG;
    purify.addHook('uponSanitizeAttribute', (_node: Element, event: UponSanitizeAttributeHookEvent) => {
      if (!URL_ATTRIBUTES.has(event.attrName)) return;
      const safe = resolveSafeUrl(event.attrValue, base);
      if (safe) event.attrValue = safe;
      else event.keepAttr = false;
    });
    purify.addHook('afterSanitizeAttributes', (node: Element) => {
      if (node.localName !== 'img') return;
      // A picture without a text alternative is announced by its file name; mark it decorative instead.
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    });
    return { purify, config };
  });
  return purifier;
}

/**
 * Sanitizes untrusted HTML into a fragment of this document. Every `href` and `src` follows the
 * contract's URL rule (http/https only, relative resolved against `documentUrl`), or is dropped.
 */
export async function sanitizeHtml(dirty: string, documentUrl: string): Promise<DocumentFragment> {
  const { purify, config } = await loadPurifier();
  base = documentUrl;
  try {
    return document.adoptNode(purify.sanitize(dirty, { ...config, RETURN_DOM_FRAGMENT: true }));
  } finally {
    base = '';
  }
}
