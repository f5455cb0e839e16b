import { isOtherLanguage } from './chinese-lang.js';
import type { Convert } from './phrase-table.js';
import { SLICE_MS, type Yielder } from './slices.js';

/**
 * Characters of text written to the page in a frame while it switches, at first: a screenful or two,
 * and the whole of an ordinary article page, which thus switches in one frame. The layout that
 * follows a frame's writes grows with them, so a long page writes more per frame only while its
 * frames stay short (see `PageConversion`).
 */
const FIRST_FRAME_CHARACTERS = 4000;
/**
 * How long a task of writes may have run and still take more work after them (`tookLong`): with
 * what follows, still well under the 50 ms of a long task.
 */
const SAME_TASK_MS = 30;
/** The most characters written in one frame, however fast the frames are. */
const MAX_FRAME_CHARACTERS = 12_000;

/**
 * The pause between two frames' writes: the next animation frame, so that each frame lays out only
 * what was written since the last. A page hidden meanwhile has no frames: a short timer stands in.
 * (These live here, not in slices.ts: shared with the dictionary chunks, they would be a chunk of
 * their own to fetch.)
 */
export const nextFrame: Yielder = () =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      resolve();
    };
    const timer = setTimeout(done, 100);
    const frame = requestAnimationFrame(done);
  });

/** A string we replaced: what the page had, and what we wrote in its place. */
interface Written {
  original: string;
  converted: string;
}

/** A run converted but not yet written: the page's text as the walk saw it, and what goes in its place. */
interface PendingRun {
  container: Node;
  nodes: Text[];
  seen: string[];
  sources: string[];
  pieces: string[];
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
/**
 * Inline elements a phrase runs across: a CMS body pasted from Word splits words at them
 * (侨联<span>系统</span>). Any other element, `<br>` included, ends a phrase.
 */
const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'a', 'font', 'u', 'sup', 'sub', 'small', 'big', 's', 'strike', 'mark', 'ins', 'del']);

/** Whether a phrase runs through this element: inline, converted, no shadow root of its own. */
const isInline = (el: Element) => INLINE.has(el.localName) && !el.shadowRoot && !isKept(el);

/** `converted` cut into pieces as many code points long as each of `sources`, or undefined when it cannot be. */
function cutLike(sources: string[], converted: string): string[] | undefined {
  const pieces: string[] = [];
  let at = 0;
  for (const source of sources) {
    const from = at;
    for (let n = [...source].length; n > 0 && at < converted.length; n--) at += converted.codePointAt(at)! > 0xffff ? 2 : 1;
    pieces.push(converted.slice(from, at));
  }
  return at === converted.length && pieces.every((piece, k) => [...piece].length === [...sources[k]].length) ? pieces : undefined;
}

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

/** The block a text or inline node belongs to: its nearest ancestor that is not inline. */
function blockOf(node: Node): Node {
  let container = node.parentNode;
  while (container?.nodeType === Node.ELEMENT_NODE && isInline(container as Element)) container = container.parentNode;
  return container ?? node;
}

/**
 * How far a block is from the visible part of the page, in pixels (0: on screen). Read while the
 * layout is clean, before any write, so each read is cheap.
 */
function distanceFromView(node: Node, view: number): number {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : ((node as ShadowRoot).host ?? node.parentElement);
  if (!el?.isConnected) return 0;
  const { top, bottom } = el.getBoundingClientRect();
  return bottom < 0 ? -bottom : top > view ? top - view : 0;
}

/** `items` nearest the visible part of the page first, each placed by its block. */
function inViewOrder<T>(items: T[], blockOfItem: (item: T) => Node): T[] {
  const view = innerHeight;
  const distances = new Map<Node, number>();
  const distance = (item: T) => {
    const block = blockOfItem(item);
    let d = distances.get(block);
    if (d === undefined) distances.set(block, (d = distanceFromView(block, view)));
    return d;
  };
  return items
    .map((item) => [distance(item), item] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);
}

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
 *
 * Given a pause, `begin()` and `end()` write a frame's worth of text at a time, what is on screen
 * first, and mark each block they rewrite with the converted `lang`: the page's layout then redoes
 * only what changed in that frame, and `<html lang>` changing afterwards re-lays out next to nothing.
 * Without one, they write everything at once.
 */
export class PageConversion {
  private texts = new Map<Text, Written>();
  /** Blocks we gave the converted `lang`, and the lang we wrote: taken off again on the way back. */
  private marked = new Map<Element, string>();
  private readonly attributes = new Map<Element, Map<string, Written>>();
  private readonly observers = new Map<Node, MutationObserver>();
  /** Conversions already made: the page's strings, converted ahead in slices, and Lit's repeats. */
  private readonly memo = new Map<string, string>();
  /** While set, the walk only collects the strings it would convert. */
  private collected?: string[];
  /** While set, the walk queues the runs it converts instead of writing them. */
  private pending?: PendingRun[];
  /** A conversion this one replaces (another variant, other site phrases): its text is ours to rewrite. */
  private previous?: PageConversion;
  private ended = false;

  /** The strings `collect()` found, for `prepare()`. */
  private strings?: string[];
  /** When the conversion last took the thread back after a pause: how long the running task has been working. */
  private resumedAt = 0;

  /**
   * @param convert the conversion, or none yet (a first switch, while the dictionary is on its way):
   *   then the page's strings are collected at once, and `prepare()` is given it.
   * @param lang `lang` for the blocks this conversion rewrites: what `<html lang>` will say.
   * @param previous a conversion being shown that this one takes over (see `replace()`).
   */
  constructor(
    private convert: Convert | undefined,
    private readonly root: Document | ShadowRoot | Element = document,
    private readonly lang?: string,
    previous?: PageConversion,
  ) {
    if (previous) this.replace(previous);
    if (!convert) this.collect();
  }

  /**
   * Takes over a conversion being shown, before `prepare()`: this one converts from the page's
   * originals that one kept, and at `begin()` writes over its text directly, never showing the
   * originals in between.
   */
  replace(previous: PageConversion): void {
    this.previous = previous;
    this.texts = previous.texts;
    this.marked = previous.marked;
  }

  /**
   * Collects the page's strings for `prepare()` without converting them: for a first switch, while
   * the dictionary is still on its way. The page may change before `begin()`: that walks it anew.
   */
  collect(): void {
    const strings: string[] = (this.collected = []);
    this.convertTree(this.root);
    this.collected = undefined;
    this.strings = strings;
  }

  /**
   * Converts the page's strings ahead, a slice at a time, so that `begin()` only writes them: on a
   * slow phone converting a long article at once would be a long task. `convert` arrives now when the
   * conversion was made without one.
   */
  async prepare(pause: Yielder, convert?: Convert): Promise<void> {
    if (convert) this.convert = convert;
    if (!this.strings) this.collect();
    const strings = this.strings!;
    this.strings = undefined;
    let sliceStart = performance.now();
    for (const text of strings) {
      this.converted(text);
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
    }
    // `begin()` starts a task of its own: on a short page, `<html lang>` can then join its writes.
    await pause();
    this.resumedAt = performance.now();
  }

  /** Whether the running task has worked long since the conversion last gave the thread back (or `prepare()` ended). */
  private get tookLong(): boolean {
    return performance.now() - this.resumedAt > SAME_TASK_MS;
  }

  /**
   * Converts the page and watches it. With `pause`, the writes go a frame's worth at a time (see the
   * class); the promise settles once the last is written, or after one more pause if their task ran long.
   */
  async begin(pause?: Yielder): Promise<void> {
    const previous = this.previous;
    this.previous = undefined;
    previous?.stop();
    const pending: PendingRun[] = (this.pending = []);
    this.convertTree(this.root);
    this.pending = undefined;
    const runs = pause ? inViewOrder(pending, (run) => run.container) : pending;
    // A block gets its lang with the last of its runs, so that its text is laid out once.
    const left = new Map<Node, number>();
    const rewritten = new Set<Node>();
    for (const { container } of runs) left.set(container, (left.get(container) ?? 0) + 1);
    await this.inFrames(
      runs,
      (run) => run.pieces.reduce((n, piece) => n + piece.length, 0),
      (run) => {
        if (this.writeRun(run)) rewritten.add(run.container);
        const remaining = left.get(run.container)! - 1;
        left.set(run.container, remaining);
        if (remaining === 0 && rewritten.has(run.container)) this.mark(run.container);
      },
      pause,
    );
    // Blocks the replaced conversion marked and this one did not rewrite say this one's lang too.
    if (previous) for (const el of [...this.marked.keys()]) this.mark(el);
    // What the caller does next (`<html lang>`, our elements' UI strings) joins the last writes in their
    // task while it is short: the next frame then shows it all at once. After a long one it waits.
    if (pause && this.tookLong) await pause();
  }

  /**
   * Writes every original back (where the page has not changed it since) and stops watching. With
   * `pause`, a frame's worth at a time, what is on screen first.
   */
  async end(pause?: Yielder): Promise<void> {
    this.stop();
    const groups = new Map<Node, Text[]>();
    for (const node of this.texts.keys()) {
      const block = blockOf(node);
      const group = groups.get(block);
      if (group) group.push(node);
      else groups.set(block, [node]);
    }
    for (const el of this.marked.keys()) if (!groups.has(el)) groups.set(el, []);
    const texts = this.texts;
    const marked = this.marked;
    const entries = [...groups];
    await this.inFrames(
      pause ? inViewOrder(entries, ([block]) => block) : entries,
      ([, nodes]) => nodes.reduce((n, node) => n + node.data.length, 0),
      ([block, nodes]) => {
        for (const node of nodes) {
          const { original, converted } = texts.get(node)!;
          if (node.data === converted) node.data = original;
        }
        if (marked.has(block as Element)) this.unmark(block as Element);
      },
      pause,
    );
    texts.clear();
    marked.clear();
  }

  /** Stops converting: the observers let go, and every attribute we converted shows its original again. */
  private stop() {
    this.ended = true;
    // Records still queued are the page's own late changes: simplified already, nothing to undo.
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    for (const [el, written] of this.attributes) {
      for (const [name, { original, converted }] of written) {
        if (el.getAttribute(name) === converted) el.setAttribute(name, original);
      }
    }
    this.attributes.clear();
  }

  /**
   * Applies `work` to each item, a frame's worth (by `weight`, in characters) between two pauses; with
   * no pause, or on a hidden page, which lays nothing out, all at once. A frame's worth doubles while
   * a frame's writes, layout and paint come back within about a frame, and halves when they take two.
   */
  private async inFrames<T>(items: T[], weight: (item: T) => number, work: (item: T) => void, pause?: Yielder): Promise<void> {
    let size = FIRST_FRAME_CHARACTERS;
    let budget = size;
    let written = performance.now();
    for (const item of items) {
      if (budget <= 0 && pause && document.visibilityState !== 'hidden') {
        await pause();
        const took = performance.now() - written;
        if (took > 34) size = Math.max(FIRST_FRAME_CHARACTERS / 8, size / 2);
        else if (took < 20) size = Math.min(MAX_FRAME_CHARACTERS, size * 2);
        budget = size;
        written = this.resumedAt = performance.now();
      }
      work(item);
      budget -= weight(item);
    }
  }

  /**
   * Gives a block the converted lang, so that its fonts change in the frame its text does, unless it
   * has a lang of its own (or the page has set one since we marked it).
   */
  private mark(container: Node) {
    if (!this.lang || container.nodeType !== Node.ELEMENT_NODE) return;
    const el = container as Element;
    // The root's and body's lang would re-lay out the whole page at once: <html lang> says it at the end.
    if (el === el.ownerDocument.documentElement || el === el.ownerDocument.body || el.closest('head')) return;
    const ours = this.marked.get(el);
    const lang = el.getAttribute('lang');
    if (ours === undefined ? lang !== null : lang !== ours || ours === this.lang) return;
    el.setAttribute('lang', this.lang);
    this.marked.set(el, this.lang);
  }

  /** Takes our lang off a block again, unless the page has set its own since. */
  private unmark(el: Element) {
    if (el.getAttribute('lang') === this.marked.get(el)) el.removeAttribute('lang');
    this.marked.delete(el);
  }

  /** Converts a node and everything under it, entering open shadow roots and watching each root. */
  private convertTree(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && isInline(node as Element))) {
      this.convertAround(node);
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
    this.convertChildren(node, true);
    if (!this.collected && (node instanceof ShadowRoot || node instanceof Document || node === this.root)) this.watch(node);
  }

  /**
   * Converts the text runs among a container's children: text inside inline elements joins the text
   * around it; any other child ends the run (and, with `deep`, is converted in turn).
   */
  private convertChildren(container: Node, deep: boolean): void {
    let run: Text[] = [];
    const gather = (parent: Node) => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) run.push(child as Text);
        else if (child.nodeType !== Node.ELEMENT_NODE) continue; // comments (Lit's markers) do not end a phrase
        else if (isInline(child as Element)) {
          for (const name of readerAttributesOf(child as Element)) this.convertAttribute(child as Element, name);
          gather(child);
        } else {
          this.convertRun(run, container);
          run = [];
          if (deep) this.convertTree(child);
        }
      }
    };
    gather(container);
    this.convertRun(run, container);
  }

  /** Converts the runs of the block a text or inline node sits in (the page changed or added it). */
  private convertAround(node: Node): void {
    let container = node.parentNode;
    while (container?.nodeType === Node.ELEMENT_NODE && isInline(container as Element)) container = container.parentNode;
    if (!container) {
      if (node.nodeType === Node.TEXT_NODE) this.convertRun([node as Text], node);
      return;
    }
    if (container.nodeType === Node.ELEMENT_NODE && keepsContent(container as Element)) return;
    this.convertChildren(container, false);
    // An inline element the page added may hold blocks of its own.
    if (node.nodeType === Node.ELEMENT_NODE) {
      for (const el of (node as Element).querySelectorAll('*')) if (!isInline(el) && !isInsideKept(el.parentNode)) this.convertTree(el);
    }
  }

  /** A custom element upgraded later attaches its shadow root then; convert that root when it does. */
  private convertWhenDefined(el: Element) {
    customElements.whenDefined(el.localName).then(() => {
      if (!this.ended && el.shadowRoot && !this.observers.has(el.shadowRoot)) this.convertTree(el.shadowRoot);
    });
  }

  private converted(text: string): string {
    let converted = this.memo.get(text);
    if (converted === undefined) {
      if (!this.convert) throw new Error('no conversion yet: prepare() is given it');
      this.memo.set(text, (converted = HAN.test(text) ? this.convert(text) : text));
    }
    return converted;
  }

  /**
   * Converts text nodes as one string and writes each node its own piece back. A node still showing
   * our text counts with its original, so a run converted again after the page changed one of its
   * nodes starts from the page's own text.
   */
  private convertRun(nodes: Text[], container: Node) {
    if (!nodes.length) return;
    const seen = nodes.map((node) => node.data);
    const sources = nodes.map((node, k) => {
      const written = this.texts.get(node);
      return written && written.converted === seen[k] ? written.original : seen[k];
    });
    const joined = sources.join('');
    if (this.collected) {
      this.collected.push(joined);
      return;
    }
    const converted = this.converted(joined);
    const pieces = nodes.length === 1 ? [converted] : (cutLike(sources, converted) ?? sources.map((source) => this.converted(source)));
    const run = { container, nodes, seen, sources, pieces };
    if (this.pending && pieces.some((piece, k) => piece !== seen[k])) this.pending.push(run);
    else if (this.writeRun(run)) this.mark(container);
  }

  /**
   * Writes a run's pieces, and remembers each original; a node the page has changed since the walk is
   * left to the observer, which has converted its new text. Returns whether any text changed.
   */
  private writeRun({ nodes, seen, sources, pieces }: PendingRun): boolean {
    let changed = false;
    nodes.forEach((node, k) => {
      if (node.data !== seen[k]) return;
      const [source, target] = [sources[k], pieces[k]];
      if (target === source) this.texts.delete(node);
      else this.texts.set(node, { original: source, converted: target });
      if (node.data !== target) {
        node.data = target;
        changed = true;
      }
    });
    return changed;
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
        // Our own write, seen again, needs nothing.
        if (this.texts.get(target as Text)?.converted !== (target as Text).data && !isInsideKept(target.parentNode)) this.convertAround(target);
      } else if (record.type === 'attributes') {
        const el = target as Element;
        const name = record.attributeName!;
        if (readerAttributesOf(el).includes(name) && !isKept(el) && !isInsideKept(el.parentNode)) this.convertAttribute(el, name);
      } else if (record.addedNodes.length && !isInsideKept(target)) {
        for (const node of record.addedNodes) if (node.parentNode) this.convertTree(node);
      }
    }
  }
}
