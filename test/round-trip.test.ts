// The round trip: random DOM trees (text with Han characters, reader-facing attributes, nested open
// shadow roots, Lit elements that update during the switch) shown in traditional and back are the
// original, character for character and attribute for attribute, except where the page changed a node
// in between: there the page's newer text wins.
//
// Each tree is built twice: once in the page, once inside a `data-ql-keep` region that the switch
// never converts. The page's own changes are made to both; after the round trip the two must match.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LitElement, html } from 'lit';
import '../src/components/script-toggle/define.js';
import { scriptSwitch } from '../src/script/script-switch.js';

class RoundTripNotice extends LitElement {
  static override properties = { message: {}, label: {} };
  message = '';
  label = '';
  protected override render() {
    return html`<span title=${this.label}>${this.message}</span><slot></slot>`;
  }
}
customElements.define('round-trip-notice', RoundTripNotice);

/* ---------------------------------------------------------------- generated trees */

/** When the page changes a node: as the switch is asked for, while converted, as the way back is asked for. */
type When = 'asked' | 'converted' | 'restoring';
interface TextSpec { kind: 'text'; text: string; change: { when: When; text: string } | null }
interface ElementSpec {
  kind: 'element';
  tag: string;
  attributes: [string, string][];
  change: { when: When; name: string; value: string | null } | null;
  children: NodeSpec[];
  shadow: NodeSpec[] | null;
}
interface LitSpec { kind: 'lit'; message: string; label: string; change: { when: When; message: string; label: string } | null; children: NodeSpec[] }
type NodeSpec = TextSpec | ElementSpec | LitSpec;

// Characters the conversion changes (头发 → 頭髮, 干杯 → 乾杯, 面 → 麵 …), ones it keeps, and odd ones.
const CONVERTED = [...'头发理发干杯皇后面条里台系历钟云团只叶于国门为这说话简体转换侨联凝心护益聚力松溪县'];
const ODD = ['\u200B', '\u200D', '\u202E', '\u200F', '\uD800', '😀', '\u{20000}', 'e\u0301', '\n', '  '];
const ASCII = [...'aZ0 <&>"\'.'];
const char = fc.oneof({ arbitrary: fc.constantFrom(...CONVERTED), weight: 6 }, fc.constantFrom(...ASCII), fc.constantFrom(...ODD));
const text = fc.string({ unit: char, minLength: 0, maxLength: 12 });
const when = fc.constantFrom<When>('asked', 'converted', 'restoring');
const READER_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder'];
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 3 });

const { node: tree } = fc.letrec<{ node: NodeSpec; text: TextSpec; element: ElementSpec; lit: LitSpec }>((tie) => ({
  node: fc.oneof({ maxDepth: 4, depthIdentifier: 'tree' }, tie('text'), tie('element'), tie('lit')),
  text: fc.record({ kind: fc.constant('text' as const), text, change: maybe(fc.record({ when, text })) }),
  element: fc.record({
    kind: fc.constant('element' as const),
    tag: fc.constantFrom('div', 'span', 'p', 'section', 'img', 'input'),
    attributes: fc.uniqueArray(fc.tuple(fc.constantFrom(...READER_ATTRIBUTES, 'class', 'data-x'), text), { selector: ([name]) => name, maxLength: 3 }),
    change: maybe(fc.record({ when, name: fc.constantFrom(...READER_ATTRIBUTES), value: fc.option(text, { freq: 4 }) })),
    children: fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'tree' }),
    shadow: fc.option(fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'tree' }), { freq: 3 }),
  }),
  lit: fc.record({
    kind: fc.constant('lit' as const),
    message: text,
    label: text,
    change: maybe(fc.record({ when, message: text, label: text })),
    children: fc.array(tie('node'), { maxLength: 2, depthIdentifier: 'tree' }),
  }),
}));
const forest = fc.array(tree, { minLength: 1, maxLength: 4 });

/** The page's own changes, to make at each moment, on both copies. */
type Changes = Record<When, (() => void)[]>;

function build(spec: NodeSpec, parent: Node, changes: Changes): void {
  if (spec.kind === 'text') {
    const node = document.createTextNode(spec.text);
    parent.appendChild(node);
    const { change } = spec;
    if (change) changes[change.when].push(() => (node.data = change.text));
  } else if (spec.kind === 'lit') {
    const el = document.createElement('round-trip-notice') as RoundTripNotice;
    el.message = spec.message;
    el.label = spec.label;
    parent.appendChild(el);
    for (const child of spec.children) build(child, el, changes);
    const { change } = spec;
    if (change) changes[change.when].push(() => Object.assign(el, { message: change.message, label: change.label }));
  } else {
    const el = document.createElement(spec.tag);
    for (const [name, value] of spec.attributes) el.setAttribute(name, value);
    parent.appendChild(el);
    const { change } = spec;
    if (change) {
      changes[change.when].push(() => (change.value === null ? el.removeAttribute(change.name) : el.setAttribute(change.name, change.value)));
    }
    if (spec.tag === 'img' || spec.tag === 'input') return; // no children, no shadow root
    for (const child of spec.children) build(child, el, changes);
    if (spec.shadow) {
      const root = el.attachShadow({ mode: 'open' });
      for (const child of spec.shadow) build(child, root, changes);
    }
  }
}

/** Markup of a subtree with every open shadow root, attributes sorted, text exactly as it is. */
function serialize(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify((node as Text).data);
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
  const el = node as Element;
  const attributes = [...el.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).sort().join('');
  const shadow = el.shadowRoot ? `#shadow(${[...el.shadowRoot.childNodes].map(serialize).join('')})` : '';
  return `<${el.localName}${attributes}>${shadow}${[...el.childNodes].map(serialize).join('')}</${el.localName}>`;
}
const contents = (el: Element) => [...el.childNodes].map(serialize).join('');

/** Lets Lit updates and MutationObservers run, then a frame. */
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve));
};

async function litUpdates(root: Element) {
  const lits = [root, ...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])]);
  for (const el of lits) if (el instanceof LitElement) await el.updateComplete;
}

/* ---------------------------------------------------------------- the property */

describe('the round trip to traditional and back', () => {
  const lang = document.documentElement.getAttribute('lang');
  let subject: HTMLElement;
  let control: HTMLElement;

  beforeEach(() => {
    subject = document.createElement('div');
    control = document.createElement('div');
    control.setAttribute('data-ql-keep', ''); // the switch never converts in here
    document.body.append(subject, control);
  });
  afterEach(async () => {
    await scriptSwitch.request('zh-Hans', { remember: false });
    subject.remove();
    control.remove();
    localStorage.removeItem('ql:script');
  });

  async function roundTrip(specs: NodeSpec[], via: (script: 'zh-Hans' | 'zh-Hant') => Promise<void>) {
    subject.replaceChildren();
    control.replaceChildren();
    const changes: Changes = { asked: [], converted: [], restoring: [] };
    const controlChanges: Changes = { asked: [], converted: [], restoring: [] };
    for (const spec of specs) {
      build(spec, subject, changes);
      build(spec, control, controlChanges);
    }
    await litUpdates(subject);
    await litUpdates(control);
    const original = contents(control);
    expect(contents(subject), 'both copies start alike').to.equal(original);
    const run = (moment: When) => [...changes[moment], ...controlChanges[moment]].forEach((change) => change());

    const there = via('zh-Hant');
    run('asked');
    await there;
    await settle();
    const converted = contents(subject);
    expect(document.documentElement.lang).to.equal('zh-Hant-TW');
    expect(contents(control), 'the kept region is never converted').not.to.equal(undefined);
    run('converted');
    await settle();

    const back = via('zh-Hans');
    run('restoring');
    await back;
    await settle();
    await litUpdates(subject);
    await litUpdates(control);
    expect(document.documentElement.getAttribute('lang')).to.equal(lang);
    const restored = contents(subject);
    const expected = contents(control);
    if (restored !== expected) {
      let i = 0;
      while (restored[i] === expected[i]) i++;
      throw new Error(`differs at ${i}:\n restored ${restored.slice(Math.max(0, i - 120), i + 120)}\n expected ${expected.slice(Math.max(0, i - 120), i + 120)}`);
    }
    return { wasConverted: converted !== original };
  }

  it('40 random trees through scriptSwitch: identical after the round trip, the page’s changes kept', async function () {
    this.timeout(300_000);
    let converted = 0;
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(forest, async (specs) => {
        const result = await roundTrip(specs, (script) => scriptSwitch.request(script, { remember: false }));
        if (result.wasConverted) converted++;
        if (JSON.stringify(specs).includes('"when"')) changed++;
      }),
      { numRuns: 40 },
    );
    // The property means something only if trees really were converted, and pages really changed them.
    expect(converted, 'trees shown converted').to.be.above(20);
    expect(changed, 'trees the page changed mid-switch').to.be.above(10);
  });

  it('through the real ql-script-toggle: clicked there and back, the tree is the original', async function () {
    this.timeout(180_000);
    const toggle = document.createElement('ql-script-toggle');
    document.body.prepend(toggle);
    try {
      const button = () => toggle.shadowRoot!.querySelector('button')!;
      const click = async (script: string) => {
        const changed = new Promise((resolve) => toggle.addEventListener('ql-script-change', resolve, { once: true }));
        await toggle.updateComplete;
        button().click();
        await changed;
        expect(scriptSwitch.shown).to.equal(script);
      };
      const [specs] = fc.sample(forest, { seed: 8, numRuns: 1 });
      const all = [
        ...specs,
        { kind: 'lit', message: '皇后的头发', label: '理发', change: { when: 'asked', message: '干杯面条', label: '头发' }, children: [] },
        { kind: 'element', tag: 'p', attributes: [['title', '头发']], change: { when: 'converted', name: 'title', value: '理发' }, children: [{ kind: 'text', text: '干杯', change: null }], shadow: [{ kind: 'text', text: '面条', change: { when: 'restoring', text: '头发' } }] },
      ] satisfies NodeSpec[];
      const { wasConverted } = await roundTrip(all, async (script) => click(script));
      expect(wasConverted).to.equal(true);
    } finally {
      toggle.remove();
    }
  });
});
