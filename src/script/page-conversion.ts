import { isOtherLanguage } from './chinese-lang.js';
import type { Convert } from './phrase-table.js';
import { SLICE_MS, type Yielder } from './slices.js';

/** A string we replaced: what the page had, and what we wrote in its place. */
interface Written {
  original: string;
  converted: string;
}

/** Attributes a reader sees or hears, on any element. */
const READER_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label', 'aria-description', 'aria-roledescription'];
/** Every attribute the observers watch; `content` counts only on some `meta`s. */
const WATCHED_ATTRIBUTES = [...READER_ATTRIBUTES, 'content'];
/**
 * Elements whose text is code or styling, by local name so that SVG's and MathML's `style` and
 * `script` count too: never converted.
 */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'code', 'kbd', 'samp', 'template']);
const META_NAMES = new Set(['description', 'keywords', 'og:title', 'og:description']);
const HAN = /\p{Script=Han}/u;

/** Whether an element and everything in it is left as written. */
function isKept(el: Element): boolean {
  if (SKIPPED_ELEMENTS.has(el.localName)) return true;
  if (el.getAttribute('translate')?.toLowerCase() === 'no' || el.hasAttribute('data-ql-keep')) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  // Japanese, Korean or any other language written with Han characters is not ours to convert. The
  // root's lang is left out: templates ship `lang="en"` on Chinese pages, and a toggle says the page is Chinese.
  if (isOtherLanguage(el.getAttribute('lang')) && el !== el.ownerDocument.documentElement) return true;
  // An option without a value submits its text: converting it would change the form's data.
  return el.localName === 'option' && !el.hasAttribute('value');
}

/** Whether an element's children are left as written: a textarea's text is the reader's input. */
const keepsContent = (el: Element) => el.localName === 'textarea' || isKept(el);

/** Whether a node sits inside a kept element, looking through shadow roots to their hosts. */
function isInsideKept(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType === Node.ELEMENT_NODE && keepsContent(n as Element)) return true;
  }
  return false;
}

/**
 * The reader-facing attributes of this element that the walker converts. Never a `value`: an input's
 * (a submit button's label included) is sent with the form, and old page scripts compare them.
 */
function readerAttributesOf(el: Element): string[] {
  const names = READER_ATTRIBUTES.filter((name) => el.hasAttribute(name));
  if (el.localName === 'meta' && META_NAMES.has((el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase())) {
    names.push('content');
  }
  return names;
}

/**
 * One stretch of time the page is shown in the other script. `begin()` converts the document and
 * every open shadow root in it; while it lasts, a MutationObserver per root converts whatever the page
 * or its components change or add. `end()` writes every original back, except where the page has
 * replaced our text since: then the page's newer text stays. Nothing is ever restored by converting
 * back, since the reverse conversion is lossy.
 */
export class PageConversion {
  private readonly texts = new Map<Text, Written>();
  private readonly attributes = new Map<Element, Map<string, Written>>();
  private readonly observers = new Map<Node, MutationObserver>();
  /** Conversions already made: the page's strings, converted ahead in slices, and Lit's repeats. */
  private readonly memo = new Map<string, string>();
  /** While set, the walk only collects the strings it would convert. */
  private collected?: string[];
  private ended = false;

  constructor(
    private readonly convert: Convert,
    private readonly root: Document | ShadowRoot | Element = document,
  ) {}

  /**
   * Converts the page's strings ahead, a slice at a time, so that `begin()` only writes them: on a
   * slow phone converting a long article at once would be a long task.
   */
  async prepare(pause: Yielder): Promise<void> {
    const strings: string[] = (this.collected = []);
    this.convertTree(this.root);
    this.collected = undefined;
    let sliceStart = performance.now();
    for (const text of strings) {
      this.converted(text);
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
  }

  begin(): void {
    this.convertTree(this.root);
  }

  end(): void {
    this.ended = true;
    // Records still queued are the page's own late changes: simplified already, nothing to undo.
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    this.restoreTree();
  }

  /** Converts a node and everything under it, entering open shadow roots and watching each root. */
  private convertTree(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      this.convertText(node as Text);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (isKept(el)) return;
      for (const name of readerAttributesOf(el)) this.convertAttribute(el, name);
      if (keepsContent(el)) return;
      if (el.shadowRoot) this.convertTree(el.shadowRoot);
      else if (!this.collected && el.localName.includes('-') && !customElements.get(el.localName)) this.convertWhenDefined(el);
    } else if (node.nodeType !== Node.DOCUMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) {
      return;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) this.convertTree(child);
    if (!this.collected && (node instanceof ShadowRoot || node instanceof Document || node === this.root)) this.watch(node);
  }

  /** A custom element upgraded later attaches its shadow root then; convert that root when it does. */
  private convertWhenDefined(el: Element) {
    customElements.whenDefined(el.localName).then(() => {
      if (!this.ended && el.shadowRoot && !this.observers.has(el.shadowRoot)) this.convertTree(el.shadowRoot);
    });
  }

  private converted(text: string): string {
    let converted = this.memo.get(text);
    if (converted === undefined) this.memo.set(text, (converted = HAN.test(text) ? this.convert(text) : text));
    return converted;
  }

  private convertText(node: Text) {
    const value = node.data;
    const written = this.texts.get(node);
    if (written?.converted === value) return; // our own write, seen again by the observer
    if (this.collected) {
      this.collected.push(value);
      return;
    }
    const converted = this.converted(value);
    if (converted === value) {
      this.texts.delete(node);
      return;
    }
    this.texts.set(node, { original: value, converted });
    node.data = converted;
  }

  private convertAttribute(el: Element, name: string) {
    const value = el.getAttribute(name);
    let written = this.attributes.get(el);
    if (value !== null && written?.get(name)?.converted === value) return;
    if (this.collected) {
      if (value !== null) this.collected.push(value);
      return;
    }
    const converted = value === null ? value : this.converted(value);
    if (value === null || converted === value) {
      written?.delete(name);
      return;
    }
    if (!written) this.attributes.set(el, (written = new Map()));
    written.set(name, { original: value, converted: converted! });
    el.setAttribute(name, converted!);
  }

  private watch(root: Node) {
    if (this.observers.has(root)) return;
    const observer = new MutationObserver((records) => this.convertChanges(records));
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    this.observers.set(root, observer);
  }

  /**
   * Converts what changed under a root: new nodes (and the shadow roots they bring), text the page or
   * a component re-rendered, attributes set since. Our own writes come back here too and are
   * recognised by their value, so they cause no further work.
   */
  private convertChanges(records: MutationRecord[]) {
    if (this.ended) return;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        if (!isInsideKept(target.parentNode)) this.convertText(target as Text);
      } else if (record.type === 'attributes') {
        const el = target as Element;
        const name = record.attributeName!;
        if (readerAttributesOf(el).includes(name) && !isKept(el) && !isInsideKept(el.parentNode)) this.convertAttribute(el, name);
      } else if (record.addedNodes.length && !isInsideKept(target)) {
        for (const node of record.addedNodes) if (node.parentNode) this.convertTree(node);
      }
    }
  }

  /** Writes the originals back wherever our converted text is still what the page shows. */
  private restoreTree() {
    for (const [node, { original, converted }] of this.texts) {
      if (node.data === converted) node.data = original;
    }
    for (const [el, written] of this.attributes) {
      for (const [name, { original, converted }] of written) {
        if (el.getAttribute(name) === converted) el.setAttribute(name, original);
      }
    }
    this.texts.clear();
    this.attributes.clear();
  }
}
