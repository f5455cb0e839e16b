// Hostile and broken data: generated documents, valid and mutated, through the contract check and
// through every data element; then inputs far larger than any real site's, with the long tasks they cause.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/components/article/define.js';
import '../src/components/news-list/define.js';
import '../src/components/site-footer/define.js';
import '../src/components/site-header/define.js';
import { checkDocument, problemText, type DocumentKind, type Problem, type ProblemCode } from '../src/contract/index.js';
import type { DataElement, QlErrorDetail, QlLoadDetail } from '../src/internal/data-element.js';
import { PATIENCE, afterFrame, loaded, nextTask } from './helpers.js';

/* ---------------------------------------------------------------- generated documents */

const HAN = [...'侨联南平市归国华侨联合会松溪县头发理发干杯皇后面条凝心护益聚力发布时间作者来源'];
const ODD = [
  '\u202E', '\u202D', '\u200F', '\u061C', // bidi overrides and marks
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width
  '\uD800', '\uDFFF', '\uDBFF', // lone surrogates
  '\u0000', '\u0008', '\u001B', '\u2028', '\u2029', '\u0085',
  'e\u0301', '😀', '👨‍👩‍👧', '\u{20000}', '\uFFFD', '\uFFFF',
];
const ASCII = [...'aZ09 <>&"\'/\\=`{}[]:;.,?#%+'];
const char = fc.oneof({ arbitrary: fc.constantFrom(...HAN), weight: 4 }, fc.constantFrom(...ODD), fc.constantFrom(...ASCII));
/** Any string, blank ones included. */
const anyText = fc.string({ unit: char, maxLength: 24 });
/** A string the contract accepts as text: it has a Han character, whatever else it holds. */
const text = fc.tuple(fc.constantFrom(...HAN), anyText).map(([first, rest]) => first + rest);
const urlRef = fc.oneof(
  fc.constantFrom('a.html', '/x/y.html', '../up.html', '#top', '?page=2', 'https://example.org/p?q=1', 'http://例子.中国/路径', '//cdn.example.org/i.png', ' a.html '),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);
const MIN_TIME = Date.UTC(1990, 0, 1);
const MAX_TIME = Date.UTC(2090, 0, 1);
const dateTime = fc
  .tuple(fc.integer({ min: MIN_TIME, max: MAX_TIME }), fc.constantFrom('Z', '+08:00', '-05:30', 'iso'))
  .map(([time, zone]) => {
    const iso = new Date(time).toISOString();
    if (zone === 'iso') return iso;
    if (zone === 'Z') return `${iso.slice(0, 19)}Z`;
    const [h, m] = zone.slice(1).split(':').map(Number);
    const local = new Date(time + (zone[0] === '-' ? -1 : 1) * (h * 60 + m) * 60_000).toISOString().slice(0, 19);
    return `${local}${zone}`;
  });
const image = fc.record({ src: urlRef, alt: text });
const channel = fc.record({ id: text, name: text, url: urlRef }, { requiredKeys: ['id', 'name'] });
const siteRef = fc.record({ name: text, url: urlRef }, { requiredKeys: ['name'] });
const small = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 4 });

const site = fc.record(
  {
    version: fc.constant(1),
    name: text,
    organization: text,
    url: urlRef,
    logo: image,
    channels: small(channel),
    contact: fc.record({ address: text, postcode: text, phone: text, email: text }, { requiredKeys: [] }),
    filing: fc
      .record(
        {
          icp: fc.oneof(text, fc.constant('闽ICP备11004646号')),
          police: fc.oneof(text, fc.constant('闽公网安备35010202000722号')),
          siteCode: fc.oneof(text, fc.constant('3505240010')),
          conacId: fc.oneof(text, fc.constant('0123456789abcdef0123456789abcdef')),
          conacKind: fc.constantFrom('party', 'institution'),
          jiucuo: fc.boolean(),
        },
        { requiredKeys: [] },
      )
      .map((filing) => (filing.jiucuo && !filing.siteCode ? { ...filing, siteCode: '3505240010' } : filing)),
    links: small(fc.record({ label: text, url: urlRef })),
    slogan: text,
    breadcrumb: fc.record({ label: text, separator: text }, { requiredKeys: [] }),
    techSupport: text,
  },
  { requiredKeys: ['version', 'name', 'organization'] },
);

const feedItem = fc.record(
  { id: text, title: text, url: urlRef, publishedAt: dateTime, source: text, summary: text, thumbnail: image, pinned: fc.boolean() },
  { requiredKeys: ['title', 'url', 'publishedAt'] },
);
const positive = fc.integer({ min: 1, max: 1000 });
const feed = fc.record(
  {
    version: fc.constant(1),
    site: siteRef,
    channel,
    items: fc.array(feedItem, { maxLength: 6 }),
    page: fc.record(
      { number: positive, size: positive, totalItems: fc.nat(5000), totalPages: fc.nat(300), next: urlRef, prev: urlRef },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['version', 'site', 'channel', 'items'] },
);

const block = fc.oneof(
  fc.record({ type: fc.constant('paragraph'), text }),
  fc.record({ type: fc.constant('heading'), text, level: fc.integer({ min: 2, max: 9 }) }, { requiredKeys: ['type', 'text'] }),
  fc.record(
    { type: fc.constant('image'), src: urlRef, alt: text, caption: text, credit: text, width: positive, height: positive },
    { requiredKeys: ['type', 'src', 'alt'] },
  ),
  fc.record({ type: fc.constant('list'), items: small(text), ordered: fc.boolean() }, { requiredKeys: ['type', 'items'] }),
  fc.record({ type: fc.constant('quote'), text }),
);
const link = fc.record({ title: text, url: urlRef });
const article = fc
  .record(
    {
      version: fc.constant(1),
      id: text,
      title: text,
      subtitle: text,
      publishedAt: dateTime,
      author: text,
      source: text,
      editor: text,
      views: fc.nat(),
      channel,
      site: siteRef,
      summary: text,
      body: fc.array(block, { minLength: 1, maxLength: 6 }),
      bodyHtml: fc.constantFrom('<p>侨联</p>', '<p>凝侨心<a href="a.html">链接</a><img src="x.png" alt="图"></p>', '<h2>标题</h2><ul><li>一</li></ul>'),
      attachments: small(fc.record({ name: text, url: urlRef, size: fc.nat() }, { requiredKeys: ['name', 'url'] })),
      prev: link,
      next: link,
      related: small(fc.record({ title: text, url: urlRef, publishedAt: dateTime }, { requiredKeys: ['title', 'url'] })),
    },
    { requiredKeys: ['version', 'title', 'publishedAt'] },
  )
  // The contract asks for body or bodyHtml; half the articles have only bodyHtml, so the sanitizer runs.
  .map((doc): Record<string, unknown> => (doc.body || doc.bodyHtml ? doc : { ...doc, bodyHtml: '<p>正文</p>' }));

export const valid: Record<DocumentKind, fc.Arbitrary<unknown>> = { site, feed, article };

/* ---------------------------------------------------------------- mutations */

const HUGE = ['x'.repeat(201), '侨'.repeat(2001), 'y'.repeat(100_001), ' '.repeat(5000), 'z'.repeat(1_000_001)];
function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = '侨';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}
const DEEP = [nested(50, true), nested(5000, true), nested(5000, false)];
const ODD_STRINGS = ['\uD800', '\u202E侨联\u202C', '\u200B', '\uFEFF\uFEFF', '\u0000', 'javascript:alert(1)', '侨\uDC00联', '\u2028', 'NaN', '[object Object]'];

/** Own keys a JSON document may carry that must never reach a prototype. */
function hostileObject(which: number): Record<string, unknown> {
  return [
    () => JSON.parse('{"__proto__": {"polluted": "yes"}, "name": "侨"}'),
    () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    () => JSON.parse('{"__proto__": {"__proto__": {"polluted": "yes"}}, "prototype": {"polluted": "yes"}}'),
    () => Object.create(null),
    () => JSON.parse('{"toString": "x", "valueOf": 1, "hasOwnProperty": "no"}'),
  ][which % 5]();
}

/** A value of the wrong kind, or a hostile one, for any field. */
function replacement(kind: number, n: number, current: unknown): unknown {
  switch (kind % 14) {
    case 0: return null;
    case 1: return undefined;
    case 2: return n;
    case 3: return [NaN, Infinity, -Infinity, -0, 1.5, Number.MAX_SAFE_INTEGER + 2, -1][n % 7];
    case 4: return typeof current === 'number' ? String(current) : String(n); // numbers as strings
    case 5: return [true, false][n % 2];
    case 6: return [];
    case 7: return {};
    case 8: return HUGE[n % HUGE.length];
    case 9: return DEEP[n % DEEP.length];
    case 10: return ODD_STRINGS[n % ODD_STRINGS.length];
    case 11: return hostileObject(n);
    case 12: return [BigInt(n), () => '侨', Symbol('侨'), new Date(0)][n % 4]; // only via `.data`
    default: return typeof current === 'string' ? `${current}${ODD_STRINGS[n % ODD_STRINGS.length]}` : [current];
  }
}

interface Mutation {
  at: number;
  op: 'delete' | 'replace' | 'addKey' | 'protoKey';
  kind: number;
  n: number;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'replace', 'addKey', 'protoKey'),
  kind: fc.nat(),
  n: fc.nat(1000),
});

/** A copy of a generated document, so mutations never touch fast-check's own values. */
const copy = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(copy) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)])) : value;

/** Every container of a small (generated) document, with the container that holds it. */
function containers(root: unknown): object[] {
  const out: object[] = [];
  const visit = (value: unknown) => {
    if (!value || typeof value !== 'object' || out.length > 200) return;
    out.push(value);
    for (const child of Object.values(value)) visit(child);
  };
  visit(root);
  return out;
}

function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const root: { doc: unknown } = { doc: copy(doc) };
  for (const { at, op, kind, n } of mutations) {
    const targets = containers(root);
    const target = targets[at % targets.length] as Record<string, unknown>;
    const keys = Object.keys(target);
    const key = keys[n % Math.max(1, keys.length)];
    if (op === 'protoKey' && target !== root) {
      // As JSON.parse makes it: an own property named __proto__ (or constructor), not a prototype change.
      const name = ['__proto__', 'constructor', 'prototype'][n % 3];
      Object.defineProperty(target, name, { value: hostileObject(n), enumerable: true, writable: true, configurable: true });
    } else if (op === 'addKey' && target !== root && !Array.isArray(target)) {
      target[['polluted', 'unknownField', 'type', 'version', '0', 'length'][n % 6]] = replacement(kind, n, undefined);
    } else if (op === 'delete' && key !== undefined && target !== root) {
      // Not splice(): it would call a hostile own `constructor` the array may carry by now.
      if (Array.isArray(target) && /^\d+$/.test(key)) {
        for (let i = Number(key); i < target.length - 1; i++) target[i] = target[i + 1];
        target.length--;
      } else delete target[key];
    } else if (key !== undefined) {
      target[key] = replacement(kind, n, target[key]);
      if (target === root && (root.doc === undefined || Number.isNaN(root.doc))) root.doc = null; // see wholeDocument
    }
  }
  return root.doc;
}

/**
 * A whole document of the wrong kind. Undefined is "no data yet", not a document; NaN as the whole
 * `.data` is left to its own test below (it trips a bug in the base element's change check).
 */
const wholeDocument = (value: unknown) => (value === undefined || Number.isNaN(value) ? null : value);

export const documentArb = (kind: DocumentKind) =>
  fc.oneof(
    { arbitrary: valid[kind], weight: 4 },
    { arbitrary: fc.tuple(valid[kind], fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([doc, ms]) => mutate(doc, ms)), weight: 12 },
    { arbitrary: fc.tuple(fc.nat(), fc.nat(1000)).map(([kind, n]) => wholeDocument(replacement(kind, n, undefined))), weight: 1 },
  );

/* ---------------------------------------------------------------- what must hold */

const hasOwn = (o: unknown, key: string) => !!o && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, key);

/** `items[3].publishedAt` → ['items', '3', 'publishedAt']; '' → []. */
const segments = (path: string) => (path ? path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '').split('.') : []);

function lookup(root: unknown, parts: readonly string[]): { found: boolean; value?: unknown } {
  let value = root;
  for (const part of parts) {
    if (!hasOwn(value, part)) return { found: false };
    value = (value as Record<string, unknown>)[part];
  }
  return { found: true, value };
}

/** Problems whose field may be absent and still be their subject. */
const ABOUT_ABSENT = new Set<ProblemCode>(['missing', 'noBody', 'jiucuoWithoutSiteCode', 'noAlt']);

/**
 * The only paths an error may have: a document's unusable core. Anything else wrong is a part the
 * check leaves out with a warning, and the document is still shown.
 */
const CORE: Record<DocumentKind, readonly string[]> = {
  site: ['', 'version', 'name', 'organization'],
  feed: ['', 'version', 'site', 'site.name', 'channel', 'channel.id', 'channel.name', 'items'],
  article: ['', 'version', 'title', 'publishedAt', 'body'],
};
const firstError = (problems: readonly Problem[]) => problems.find((problem) => problem.severity === 'error');

/** Why a problem's path does not point into the input, or undefined when it does. */
function pathMismatch(input: unknown, problem: Problem): string | undefined {
  const parts = segments(problem.path);
  // A code without words would show as the bare code: problemText falls back to it.
  if (typeof problem.path !== 'string' || problemText(problem) === problem.code || problemText(problem, 'en') === problem.code) return 'malformed problem';
  const at = lookup(input, parts);
  if (at.found && !ABOUT_ABSENT.has(problem.code)) return undefined;
  // A missing field, a refinement or a variant's `type`: the object it belongs to is in the input.
  const parent = lookup(input, parts.slice(0, -1));
  const aboutAbsent = ABOUT_ABSENT.has(problem.code) || (parts.at(-1) === 'type' && problem.code === 'notOneOf');
  if (parent.found && aboutAbsent && (!at.found || at.value == null || problem.code !== 'missing')) return undefined;
  if (at.found && problem.code === 'missing') return at.value == null ? undefined : 'field present but called missing';
  return `path "${problem.path}" (${problem.code}) is not in the input`;
}

const URL_KEYS = new Set(['url', 'src', 'viewsUrl']);
/** In an accepted document every URL is absolute http(s), and nothing has another prototype. */
function acceptedShapeProblem(value: unknown, key = ''): string | undefined {
  if (typeof value === 'string') {
    const isUrl = URL_KEYS.has(key) || ((key === 'next' || key === 'prev') && true);
    return isUrl && !/^https?:\/\//.test(value) ? `${key}: ${value}` : undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return `${key}: odd prototype`;
  if (hasOwn(value, '__proto__') || hasOwn(value, 'constructor')) return `${key}: kept a hostile key`;
  for (const [k, v] of Object.entries(value)) {
    const problem = acceptedShapeProblem(v, Array.isArray(value) ? key : k);
    if (problem) return problem;
  }
  return undefined;
}

const PROTO_KEYS = {
  object: Object.getOwnPropertyNames(Object.prototype).join(),
  array: Object.getOwnPropertyNames(Array.prototype).join(),
  function: Object.getOwnPropertyNames(Function.prototype).join(),
};
function expectNoPollution() {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted, '({}).polluted').to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>).polluted, '[].polluted').to.equal(undefined);
  expect((window as unknown as Record<string, unknown>).polluted, 'window.polluted').to.equal(undefined);
  expect(Object.getOwnPropertyNames(Object.prototype).join()).to.equal(PROTO_KEYS.object);
  expect(Object.getOwnPropertyNames(Array.prototype).join()).to.equal(PROTO_KEYS.array);
  expect(Object.getOwnPropertyNames(Function.prototype).join()).to.equal(PROTO_KEYS.function);
}

/** Errors that escaped to the window while `run` ran. */
function trackUncaught() {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String(event.reason?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const describeValue = (value: unknown) => {
  try {
    const json = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'string' && v.length > 80 ? `${v.slice(0, 80)}…(${v.length})` : v));
    return (json ?? String(value)).slice(0, 1500);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

describe('checkDocument against generated documents', () => {
  const base = 'https://www.example.org/data/doc.json';

  for (const kind of ['site', 'feed', 'article'] as const) {
    it(`${kind}: 10,000 valid and mutated documents: never throws; shows, leaves out or refuses only the core, each naming a path in the input; no pollution`, () => {
      const counts = { clean: 0, leftOut: 0, rejected: 0 };
      const check = (doc: unknown, problems: readonly Problem[]) => {
        for (const problem of problems) {
          if (problem.severity !== 'error' && problem.severity !== 'warning') throw new Error(`no severity: ${JSON.stringify(problem)}`);
          const mismatch = pathMismatch(doc, problem);
          if (mismatch) throw new Error(`${mismatch} for ${describeValue(doc)}`);
        }
      };
      fc.assert(
        fc.property(documentArb(kind), (doc) => {
          let result: ReturnType<typeof checkDocument>;
          try {
            result = checkDocument(kind, doc, base);
          } catch (error) {
            throw new Error(`checkDocument threw ${String(error)} for ${describeValue(doc)}`, { cause: error });
          }
          expectNoPollution();
          check(doc, result.problems);
          if (result.ok) {
            counts[result.problems.length ? 'leftOut' : 'clean']++;
            const problem = acceptedShapeProblem(result.value);
            if (problem) throw new Error(`accepted document is unsafe (${problem}) for ${describeValue(doc)}`);
            const error = firstError(result.problems);
            if (error) throw new Error(`accepted with an error at ${error.path} for ${describeValue(doc)}`);
          } else {
            counts.rejected++;
            const errors = result.problems.filter((problem) => problem.severity === 'error');
            if (!errors.length) throw new Error(`rejected with no error for ${describeValue(doc)}`);
            // A bad part is left out alone: an error anywhere but the core would refuse a usable document.
            const outside = errors.find((problem) => !CORE[kind].includes(problem.path));
            if (outside) throw new Error(`error outside the core (${outside.path}: ${outside.code}) for ${describeValue(doc)}`);
          }
        }),
        { numRuns: 10_000, includeErrorInReport: true },
      );
      // Every outcome was really exercised, or the property above proves little.
      // Few generated sites are clean: a random filing number or address is a warning, as it should be.
      expect(counts.clean, `clean ${JSON.stringify(counts)}`).to.be.above(150);
      expect(counts.leftOut, `parts left out ${JSON.stringify(counts)}`).to.be.above(1500);
      expect(counts.rejected, `rejected ${JSON.stringify(counts)}`).to.be.above(1000);
    });
  }
});

/* ---------------------------------------------------------------- through the elements */

const ELEMENTS: Record<string, DocumentKind> = {
  'ql-site-header': 'site',
  'ql-site-footer': 'site',
  'ql-article': 'article',
  'ql-news-list': 'feed',
};

/**
 * Waits until the element has settled, and for an error until its ql-error has been heard: the event
 * waits for the words of the problem, a lazy chunk.
 */
async function settled(el: HTMLElement, errors: QlErrorDetail[]) {
  await loaded(el);
  if ((el as DataElement<never>).status === 'error') await waitUntil(() => errors.length > 0, `<${el.localName}>'s ql-error`, PATIENCE);
  await nextTask(); // a second announcement of the same error would have come by now
}

describe('every data element against generated documents', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const [tag, kind] of Object.entries(ELEMENTS)) {
    it(`${tag}: 150 documents given as .data: renders, or shows the error naming the path; nothing escapes`, async function () {
      this.timeout(300_000);
      const uncaught = trackUncaught();
      const counts = { ready: 0, empty: 0, error: 0 };
      let leftOut = 0;
      try {
        await fc.assert(
          fc.asyncProperty(documentArb(kind), async (doc) => {
            const expected = checkDocument(kind, doc, document.baseURI);
            const el = document.createElement(tag) as DataElement<never>;
            const errors: QlErrorDetail[] = [];
            const loads: QlLoadDetail[] = [];
            el.addEventListener('ql-error', (event) => errors.push((event as CustomEvent<QlErrorDetail>).detail));
            el.addEventListener('ql-load', (event) => loads.push((event as CustomEvent<QlLoadDetail>).detail));
            el.data = doc;
            container.append(el);
            await settled(el, errors);
            const status = el.status as string;
            try {
              expect(uncaught.seen, 'uncaught errors').to.deep.equal([]);
              expectNoPollution();
              if (expected.ok) {
                expect(status, 'status of a usable document').to.be.oneOf(['ready', 'empty']);
                expect(errors).to.deep.equal([]);
                expect(el.shadowRoot!.querySelector('[part="error"]'), 'an error box').to.not.exist;
                // What was left out is said, path by path, in ql-load.
                const said = loads.flatMap((load) => load.problems.map(({ path, severity }) => `${path} ${severity}`));
                expect(said).to.include.members(expected.problems.map(({ path }) => `${path} warning`));
                if (expected.problems.length) leftOut++;
              } else {
                // The first error, not the first problem: a warning about a part may come before it.
                const path = firstError(expected.problems)!.path;
                expect(status, 'status of an invalid document').to.equal('error');
                expect(errors.map((e) => e.path)).to.deep.equal([path]);
                const box = el.shadowRoot!.querySelector('[part="error"]');
                expect(box, 'the error box').to.exist;
                expect(box!.textContent).to.include(path);
              }
            } catch (error) {
              throw new Error(`${(error as Error).message} for ${describeValue(doc)}`, { cause: error });
            }
            counts[status as keyof typeof counts]++;
            el.remove();
          }),
          { numRuns: 150, includeErrorInReport: true },
        );
      } finally {
        uncaught.stop();
      }
      const seen = JSON.stringify({ ...counts, leftOut });
      expect(counts.ready + counts.empty, `rendered ${seen}`).to.be.above(40);
      expect(leftOut, `shown with parts left out ${seen}`).to.be.above(20);
      expect(counts.error, `errors ${seen}`).to.be.above(15);
      // The page still renders frames (a hung page ends in the test's timeout).
      await afterFrame();
    });
  }
});

/* ---------------------------------------------------------------- large inputs */

const PARAGRAPH = '凝侨心、护侨益、聚侨力，松溪县侨联做好“三篇文章”，推动新时代侨务工作创新发展。'.repeat(40);

function bigFeed(count: number) {
  const start = Date.UTC(2024, 0, 4, 2);
  return {
    version: 1,
    site: { name: '松溪县侨联' },
    channel: { id: 'qjyw', name: '侨界要闻' },
    items: Array.from({ length: count }, (_, i) => ({
      title: `松溪县侨联第${i}条消息：凝侨心 护侨益 聚侨力`,
      url: `/news/${i}.html`,
      publishedAt: new Date(start - i * 3_600_000).toISOString(),
      pinned: i % 997 === 0,
      source: '本站原创',
    })),
  };
}

describe('large inputs', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  // How long these take, and their longest tasks, are the benchmark's figures (npm run bench); here,
  // that each is shown right: one page of rows, the error naming the field, the whole article.
  const pager = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="pager"]')!.textContent!.replace(/\s+/g, ' ');

  it('a feed of 20,000 items: one page of 20 rows, the pager counting them all', async function () {
    this.timeout(180_000);
    const el = document.createElement('ql-news-list');
    el.data = bigFeed(20_000);
    container.append(el);
    await loaded(el);
    expect(el.status).to.equal('ready');
    expect(el.querySelectorAll('.ql-content li')).to.have.length(20);
    expect(pager(el)).to.contain('共20000条 共1000页');
  });

  it('a feed of 20,000 items from src: fetched, parsed, checked and shown, one page of 20 rows', async function () {
    this.timeout(180_000);
    const el = document.createElement('ql-news-list');
    el.src = '/__test__/big-feed/20000';
    container.append(el);
    await loaded(el);
    expect(el.status).to.equal('ready');
    expect(el.querySelectorAll('.ql-content li')).to.have.length(20);
    expect(pager(el)).to.contain('共20000条 共1000页');
  });

  it('a 100,000-character title: the error names the field where the title is the core; a feed row with it is left out alone', async () => {
    const title = '侨'.repeat(100_000);
    const article = document.createElement('ql-article');
    article.data = { version: 1, title, publishedAt: '2024-01-04T10:40:01+08:00', body: [{ type: 'paragraph', text: '正文' }] };
    const list = document.createElement('ql-news-list');
    const feed = bigFeed(2);
    list.data = { ...feed, items: [{ ...feed.items[0], title }, feed.items[1]] };
    const said = new Promise<QlLoadDetail>((resolve) => list.addEventListener('ql-load', (event) => resolve((event as CustomEvent<QlLoadDetail>).detail), { once: true }));
    const header = document.createElement('ql-site-header');
    header.data = { version: 1, name: title, organization: '南平市归国华侨联合会' };
    container.append(article, list, header);
    for (const el of [article, list, header]) await loaded(el);
    expect([article.status, list.status, header.status]).to.deep.equal(['error', 'ready', 'error']);
    expect(article.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('title');
    expect(header.shadowRoot!.querySelector('[part="error"]')!.textContent).to.include('name');
    expect([...list.querySelectorAll('.ql-content li a')].map((a) => a.textContent!.trim())).to.deep.equal([feed.items[1].title]);
    expect(list.shadowRoot!.querySelector('[part="error"]')).to.not.exist;
    expect((await said).problems.map(({ path, code }) => `${path} ${code}`)).to.deep.equal(['items[0].title tooLong']);
  });

  for (const form of ['body', 'bodyHtml'] as const) {
    it(`a 5 MB article as ${form}: shown whole, with no event handler left`, async function () {
      this.timeout(300_000);
      const paragraphs = Array.from({ length: Math.ceil((5 * 1024 * 1024) / (PARAGRAPH.length * 3)) }, (_, i) => `${i}：${PARAGRAPH}`);
      const doc: Record<string, unknown> = { version: 1, title: '凝侨心 护侨益 聚侨力', publishedAt: '2024-01-04T10:40:01+08:00' };
      if (form === 'body') doc.body = paragraphs.map((p) => ({ type: 'paragraph', text: p }));
      else doc.bodyHtml = paragraphs.map((p) => `<p>${p}<a href="a.html" onclick="__xss()">链接</a></p>`).join('');
      expect(new TextEncoder().encode(JSON.stringify(doc)).length).to.be.above(5 * 1024 * 1024);
      const el = document.createElement('ql-article');
      el.data = doc;
      container.append(el);
      await loaded(el); // for bodyHtml, until the sanitized body is in
      expect(el.status).to.equal('ready');
      expect(el.querySelectorAll('.ql-content p').length).to.be.at.least(paragraphs.length);
      expect(el.querySelector('.ql-content p')!.textContent).to.contain(`0：${PARAGRAPH}`);
      expect(el.querySelector('[onclick]'), 'an event handler survived').to.equal(null);
    });
  }
});

describe('odd values given as the whole .data', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const [name, value] of [['NaN', NaN], ['0', 0], ['a BigInt', 1n], ['a symbol', Symbol('侨')], ['a function', () => 1]] as const) {
    it(`${name}: one error state and one ql-error naming the document`, async () => {
      const uncaught = trackUncaught();
      const el = document.createElement('ql-news-list');
      const errors: QlErrorDetail[] = [];
      el.addEventListener('ql-error', (event) => errors.push((event as CustomEvent<QlErrorDetail>).detail));
      el.data = value;
      container.append(el);
      await settled(el, errors);
      uncaught.stop();
      expect(uncaught.seen).to.deep.equal([]);
      expect(el.status).to.equal('error');
      // NaN !== NaN: DataElement.willUpdate (src/internal/data-element.ts) takes NaN for a new value
      // and loads it a second time, so the error is announced twice.
      expect(errors.map((e) => e.path), 'ql-error paths').to.deep.equal(['']);
    });
  }
});
