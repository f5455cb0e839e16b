import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleBlock } from '../../contract/documents.js';
import { resolveSafeUrl } from '../../contract/schema.js';
import { lazy } from '../../internal/lazy-import.js';

type ImageBlock = Extract<ArticleBlock, { type: 'image' }>;

export interface BodyOptions {
  /** `src` of the images that failed to load. */
  broken: ReadonlySet<string>;
  /** Called when an image fails, so the element can re-render it as its text. */
  onBroken: (src: string) => void;
  /** The localized "image unavailable". */
  unavailable: string;
}

/** What stands where a picture could not load: its description, readable, and why it is missing. */
export function missingImage(alt: string, unavailable: string): TemplateResult {
  return html`<span class="ql-article__image-missing"
    >${alt ? html`<span class="ql-article__image-alt">${alt}</span>` : nothing}<span class="ql-article__image-note"
      >（${unavailable}）</span
    ></span
  >`;
}

function heading(text: string, level = 2): TemplateResult {
  switch (Math.min(level, 6)) {
    case 2: return html`<h2>${text}</h2>`;
    case 3: return html`<h3>${text}</h3>`;
    case 4: return html`<h4>${text}</h4>`;
    case 5: return html`<h5>${text}</h5>`;
    default: return html`<h6>${text}</h6>`;
  }
}

function figure(block: ImageBlock, options: BodyOptions): TemplateResult {
  const { src, alt, caption, credit, width, height } = block;
  return html`<figure class="ql-article__figure">
    ${options.broken.has(src)
      ? missingImage(alt, options.unavailable)
      : html`<img class="ql-article__image" src=${src} alt=${alt} width=${ifDefined(width)} height=${ifDefined(height)}
          loading="lazy" decoding="async" @error=${() => options.onBroken(src)} />`}
    ${caption || credit
      ? html`<figcaption>${caption ?? nothing}${caption && credit ? ' ' : nothing}${credit
          ? html`<span class="ql-article__credit">${credit}</span>`
          : nothing}</figcaption>`
      : nothing}
  </figure>`;
}

function block(b: ArticleBlock, options: BodyOptions): TemplateResult {
  switch (b.type) {
    case 'paragraph': return html`<p>${b.text}</p>`;
    case 'heading': return heading(b.text, b.level);
    case 'image': return figure(b, options);
    case 'list': return b.ordered
      ? html`<ol>${b.items.map((item) => html`<li>${item}</li>`)}</ol>`
      : html`<ul>${b.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    case 'quote': return html`<blockquote><p>${b.text}</p></blockquote>`;
  }
}

/** The body blocks as plain light-DOM HTML, every value set as text (never parsed as HTML). */
export function renderBlocks(blocks: readonly ArticleBlock[], options: BodyOptions): TemplateResult[] {
  return blocks.map((b) => block(b, options));
}

/**
 * Replaces an image the element did not render itself (a CMS's or a sanitized one) that failed to
 * load with the same readable stand-in, built node by node. A decorative image (empty alt) just goes.
 */
export function replaceBrokenImage(img: HTMLImageElement, unavailable: string): void {
  const alt = img.getAttribute('alt') ?? '';
  if (!alt) {
    img.remove();
    return;
  }
  const stand = document.createElement('span');
  stand.className = 'ql-article__image-missing';
  const altText = document.createElement('span');
  altText.className = 'ql-article__image-alt';
  altText.textContent = alt;
  const note = document.createElement('span');
  note.className = 'ql-article__image-note';
  note.textContent = `（${unavailable}）`;
  stand.append(altText, note);
  img.replaceWith(stand);
}

/** The one sanitizing path, a lazy chunk: only documents with `bodyHtml` need it. */
const sanitizer = lazy(() => import('../../internal/sanitize.js'));

/** `bodyHtml`, sanitized, its relative URLs resolved against `base`; rejects if it cannot be made safe. */
export async function sanitizedBody(bodyHtml: string, base: string, unavailable: string): Promise<HTMLElement> {
  const { sanitizeHtmlInSlices } = await sanitizer();
  const container = document.createElement('div');
  // Lazy layout (see the styles) only where it pays: a body of more than 100,000 characters.
  container.className = bodyHtml.length > 1e5 ? 'ql-article__html ql-article__long' : 'ql-article__html';
  container.append(await sanitizeHtmlInSlices(bodyHtml, base, resolveSafeUrl));
  // A picture whose address the URL rule dropped cannot load: show its text instead.
  for (const img of container.querySelectorAll<HTMLImageElement>('img:not([src])')) replaceBrokenImage(img, unavailable);
  return container;
}
