/**
 * The one path by which HTML from data reaches the page: a CMS's article export (`bodyHtml`). It runs
 * through DOMPurify against a strict allowlist (text structure, links, images, figures, tables) and
 * comes back as a DOM fragment, so no HTML string is ever assigned by this library. Callers import
 * this module dynamically: it and DOMPurify form one lazy chunk, and pages that never show `bodyHtml`
 * never download it.
 */
import createPurifier, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent } from 'dompurify';

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

/**
 * The contract's URL rule for the document being sanitized, bound to its base URL. The caller passes
 * it in (rather than this module importing the contract) so this lazy chunk shares no module with the
 * drop-in file; the hooks run synchronously inside one call.
 */
let safeUrl: (url: string) => string | undefined = () => undefined;

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

/** A start tag's name, and one attribute after it (sticky: read attribute by attribute). */
const START_TAG = /<[a-zA-Z][^\s/>]*/g;
const ATTRIBUTE = /[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/y;
const INLINE_CODE = /^(?:style|on[a-z]*)$/i;

/**
 * Removes `style` and `on*` attributes from the string before DOMPurify parses it. Chrome reports a
 * Content-Security-Policy violation for each of them the moment HTML is parsed, even into DOMPurify's
 * inert document, so a strict-CSP site would log violations although nothing runs. DOMPurify would
 * drop them anyway and still sanitizes whatever this leaves, so a tag this misreads costs fidelity,
 * never safety.
 */
export function dropInlineCode(html: string): string {
  let out = '';
  let last = 0;
  for (const tag of html.matchAll(START_TAG)) {
    if (tag.index < last) continue;
    let at = tag.index + tag[0].length;
    out += html.slice(last, at);
    ATTRIBUTE.lastIndex = at;
    for (let m = ATTRIBUTE.exec(html); m && m[0]; m = ATTRIBUTE.exec(html)) {
      if (!INLINE_CODE.test(m[1])) out += m[0];
      at = ATTRIBUTE.lastIndex;
    }
    last = at;
  }
  return out + html.slice(last);
}

let purifier: { purify: DOMPurify; config: Config; policy?: Policy } | undefined;

function loadPurifier() {
  purifier ??= (() => {
    const purify = createPurifier(window);
    const policy = trustedTypesPolicy();
    const config: Config = policy ? { ...CONFIG, TRUSTED_TYPES_POLICY: policy as Config['TRUSTED_TYPES_POLICY'] } : CONFIG;
    purify.addHook('uponSanitizeAttribute', (_node: Element, event: UponSanitizeAttributeHookEvent) => {
      if (!URL_ATTRIBUTES.has(event.attrName)) return;
      const safe = safeUrl(event.attrValue);
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
    return { purify, config, policy };
  })();
  return purifier;
}

/**
 * Sanitizes untrusted HTML into a fragment of this document. Every `href` and `src` is passed through
 * `resolveUrl` (the contract's `resolveSafeUrl`: http/https only, relative resolved against
 * `documentUrl`) and dropped when it returns nothing.
 */
export function sanitizeHtml(
  dirty: string,
  documentUrl: string,
  resolveUrl: (url: string, base: string) => string | undefined,
): DocumentFragment {
  return sanitizeOnce(dropInlineCode(dirty), documentUrl, resolveUrl);
}

function sanitizeOnce(
  dirty: string | Node,
  documentUrl: string,
  resolveUrl: (url: string, base: string) => string | undefined,
): DocumentFragment {
  const { purify, config } = loadPurifier();
  safeUrl = (url) => resolveUrl(url, documentUrl);
  try {
    return document.adoptNode(purify.sanitize(dirty, { ...config, RETURN_DOM_FRAGMENT: true }));
  } finally {
    safeUrl = () => undefined;
  }
}

/** Markup parsed and sanitized per task: a few tens of milliseconds on a slow machine. */
const SLICE = 1 << 17;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * `sanitizeHtml` for long HTML, in tasks of one slice each so the page keeps answering: the string is
 * parsed incrementally into an inert document and each finished top-level element goes through the
 * same DOMPurify pass, so the result equals `sanitizeHtml`'s.
 */
export async function sanitizeHtmlInSlices(
  dirty: string,
  documentUrl: string,
  resolveUrl: (url: string, base: string) => string | undefined,
): Promise<DocumentFragment> {
  if (dirty.length <= SLICE) return sanitizeHtml(dirty, documentUrl, resolveUrl);
  const { policy } = loadPurifier();
  const html = dropInlineCode(dirty);
  const inert = document.implementation.createHTMLDocument('');
  const out = document.createDocumentFragment();
  // DOMPurify keeps leading white space, which the parser drops.
  const leading = /^[\r\n\t ]+/.exec(html)?.[0];
  if (leading) out.append(leading);
  // Everything but the last top-level node is finished once the parser has gone past it.
  const sanitizeFinished = (all: boolean) => {
    const body = inert.body;
    if (!body?.firstChild) return;
    const batch = inert.createDocumentFragment();
    while (body.firstChild && (all || body.firstChild !== body.lastChild)) batch.append(body.firstChild);
    out.append(sanitizeOnce(batch, documentUrl, resolveUrl));
  };
  inert.open();
  for (let at = 0; at < html.length; at += SLICE) {
    const slice = html.slice(at, at + SLICE);
    // An inert document: nothing written here runs or loads; the policy only lets the parser take it.
    inert.write((policy ? policy.createHTML(slice) : slice) as string);
    sanitizeFinished(false);
    await nextTask();
  }
  inert.close();
  sanitizeFinished(true);
  return out;
}
