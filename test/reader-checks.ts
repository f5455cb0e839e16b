/**
 * What a reader sees, measured: text sizes, contrast, target sizes and clipping, across open shadow
 * roots, in this page or a demo page in a frame. Shared by the elder-mode and the readers tests.
 */

const styleOf = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

/** Every element under `root` matching `selector`, open shadow roots included. */
export function deepAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el as T);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** The element the reader's keyboard is on, inside shadow roots too. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The parent a box is drawn in: the slot for slotted content, the host at a shadow root. */
function flatParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/** On screen for a sighted reader: rendered, not the 1px "visually hidden" box, not inside one. */
export function seen(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const style = styleOf(node);
    if (style.visibility === 'hidden' || style.clipPath.startsWith('inset(50%')) return false;
  }
  return true;
}

/** Elements that hold text of their own (a non-blank text node child) and are seen. */
export function textElements(root: ParentNode): HTMLElement[] {
  return deepAll(root, '*').filter(
    (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && seen(el),
  ) as HTMLElement[];
}

/** Buttons and links a reader can use, as seen. */
export function controls(root: ParentNode): HTMLElement[] {
  return deepAll(root, 'button, a[href]').filter(seen);
}

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const parts = value.match(/[\d.]+/g)!.map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** The first opaque background behind `el`, walking the flat tree; the canvas is white. */
export function backgroundOf(el: Element): Rgba {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const color = parseColor(styleOf(node).backgroundColor);
    if (color[3] > 0.5) return color;
  }
  return [255, 255, 255, 1];
}

/** WCAG contrast ratio of an element's text colour against what is behind it. */
export function contrastOf(el: Element): number {
  const [a, b] = [luminance(parseColor(styleOf(el).color)), luminance(backgroundOf(el))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** A short name of an element for failure messages. */
export function describe(el: Element): string {
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/).join('.')}` : '';
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${host ? `${host.localName} › ` : ''}${el.localName}${cls} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
}

export const px = (value: string) => parseFloat(value);
export const fontSize = (el: Element) => px(styleOf(el).fontSize);
/** Line height as a multiple of the font size (`normal` counts as 1.2). */
export const lineHeight = (el: Element) => {
  const style = styleOf(el);
  return style.lineHeight === 'normal' ? 1.2 : px(style.lineHeight) / px(style.fontSize);
};
export const computed = styleOf;

/** Every running or pending animation in a document and its open shadow roots. */
export function runningAnimations(doc: Document = document): Animation[] {
  const all = new Set(doc.getAnimations());
  for (const el of deepAll(doc, '*')) if (el.shadowRoot) el.shadowRoot.getAnimations().forEach((a) => all.add(a));
  return [...all].filter((a) => a.playState !== 'finished' && a.playState !== 'idle');
}
