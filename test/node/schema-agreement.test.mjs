// The published JSON Schemas (dist/schema/*.schema.json) and the check the elements run must agree.
// The published schema is the contract in its strict form: a file it accepts gets neither an error nor
// a warning from the check; a file it refuses has an error (the element shows its error state) or a
// warning (the element leaves a part out, or guesses, and says so). So an editor that shows a file as
// valid never ships a file the page refuses or trims, and the reverse. Thousands of documents, each a demo fixture mutated the way a CMS or an
// attacker would, are judged by both; the only disagreements allowed are the rules the data contract
// docs list as beyond JSON Schema (`rulesBeyondSchema`), recognised here by name.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { checkDocument, detectKind } from '../../src/contract/validate.ts';
import { rulesBeyondSchema } from '../../src/contract/field-docs.ts';

const RUNS = Number(process.env.AGREEMENT_RUNS ?? 3000);
// The address the runtime check resolves relative URLs against: where a site would serve the file.
const BASE = 'https://www.example.gov.cn/data/doc.json';

// The schemas exactly as `npm run build` publishes them, written to a scratch directory.
const outDir = mkdtempSync(join(tmpdir(), 'ql-schema-'));
after(() => rmSync(outDir, { recursive: true, force: true }));
const written = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/write-schemas.ts', outDir], { encoding: 'utf8' });
assert.equal(written.status, 0, written.stderr);

// Formats asserted too, so a `format` that disagrees with the check cannot creep back in unnoticed.
const ajv = new Ajv2020({ allErrors: false, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validators = Object.fromEntries(
  ['site', 'feed', 'article'].map((kind) => [kind, ajv.compile(JSON.parse(readFileSync(join(outDir, `${kind}.schema.json`), 'utf8')))]),
);

/** Every demo fixture, by the kind the check would read it as. */
function fixtures() {
  const byKind = { site: [], feed: [], article: [] };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // status.json is the aggregate command's report on its sources, not a contract document.
      else if (entry.name.endsWith('.json') && entry.name !== 'status.json') {
        const doc = JSON.parse(readFileSync(path, 'utf8'));
        byKind[detectKind(doc)].push(doc);
      }
    }
  };
  walk('demo/data');
  return byKind;
}
const seeds = fixtures();

// Optional fields no fixture has (a logo, the 找错 link, bodyHtml, paging links…), added with valid
// values to one fixture of each kind so the mutations reach them too.
const completions = {
  site: {
    logo: { src: '../images/logo.svg', alt: '南平市侨联' },
    filing: { icp: '闽ICP备11004646号', police: '闽公网安备35010202000722号', siteCode: '3507000001', conacId: '0123456789abcdef0123456789abcdef', conacKind: 'party', jiucuo: true },
  },
  feed: {
    page: { number: 2, size: 20, totalItems: 60, totalPages: 3, next: 'songxi-3.json', prev: 'songxi-1.json' },
  },
  article: {
    channel: { id: 'qldt', name: '侨联动态', url: '../../portal.html#qldt' },
    bodyHtml: '<p>正文</p>',
    next: { title: '下一篇', url: '../../portal.html' },
  },
};
for (const kind of Object.keys(completions)) seeds[kind].push({ ...seeds[kind][0], ...completions[kind] });
seeds.feed.at(-1).items[0] = { id: 'a1', source: '本站原创', summary: '摘要', thumbnail: { src: 'a.jpg', alt: '照片' }, pinned: true, ...seeds.feed.at(-1).items[0] };

/** Everything the runtime check finds wrong, errors and warnings alike; each states its severity. */
function runtimeProblems(kind, doc) {
  const result = checkDocument(kind, doc, BASE);
  for (const problem of result.problems) assert.ok(['error', 'warning'].includes(problem.severity), JSON.stringify(problem));
  return result.problems;
}

function valueAt(doc, path) {
  if (!path) return doc;
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce((value, key) => (value == null ? undefined : value[key]), doc);
}

/**
 * How to recognise each rule the docs list as beyond JSON Schema in a runtime problem. The test
 * fails if the docs list a rule this table does not know, so the two lists stay one.
 */
const recognisers = {
  // A URL that is not blank and does not parse against BASE; a bad scheme is no excuse.
  'url-parses': (problem, doc) => {
    const value = valueAt(doc, problem.path);
    return problem.code === 'notUrl' && typeof value === 'string' && value.trim() !== '' && !URL.canParse(value.trim(), BASE);
  },
};

test('every rule the docs list as beyond JSON Schema is recognised by name here, and no other', () => {
  assert.deepEqual(rulesBeyondSchema.map((rule) => rule.name).sort(), Object.keys(recognisers).sort());
});

// Values a CMS export or a hostile file puts where a string, URL, date, number or enum belongs.
const hostileStrings = [
  '', ' ', '   ', '\t\n', '\u3000', '\u00a0', '\ufeff', '\u0001',
  'javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0000javascript:alert(1)',
  '\u3000javascript:alert(1)', '\u0001\u3000javascript:alert(1)', 'jAvAsCrIpT&colon;alert(1)', 'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>', 'mailto:office@example.org', 'ftp://example.org/a', 'file:///etc/passwd',
  'http://', 'https:', 'http:', 'https://', '//', '///x', 'http://exa mple.org/', 'https://[::1', 'http://a:99999/',
  'https://1.2.3.256/', 'h\tttps://example.org/', 'HTTPS://EXAMPLE.ORG/', 'https://例子.中国/新闻/1.html',
  '/新闻/1.html', '../a b.html', '?page=2', '#top', ':foo', '1http://x', 'news/1.html', 'https://xn--/',
  '2024-01-04T10:40:01+08:00', '2024-01-04T10:40+08:00', '2024-01-04T10:40:01.123Z', '2024-01-04T10:40:01z',
  '2024-01-04t10:40:01Z', '2024-01-04 10:40:01', '2024-01-04 10:40', '2024-01-04', '2024-02-29T00:00:00Z',
  '2023-02-29T00:00:00Z', '2024-02-30T10:00:00+08:00', '2000-02-29T00:00Z', '1900-02-29T00:00Z', '2024-04-31T00:00Z',
  '2024-13-01T00:00Z', '2024-00-10T00:00Z', '2024-01-00T00:00Z', '2024-01-04T24:00:00Z', '2024-01-04T23:60Z',
  '2024-01-04T23:59:60Z', '2024-01-04T10:40:01+0800', '2024-01-04T10:40:01+08', '2024-01-04T10:40:01+24:00',
  '0000-02-29T00:00Z', '9999-12-31T23:59:59.999999999-23:59', '20240104T104001Z', '2024-1-4T10:40Z',
  'office@example.org', 'a@b', '@example.org', 'a b@example.org', '侨联@例子.中国', 'a@b.c', '<a@b.c>',
  'party', 'institution', 'Party', 'paragraph', 'heading', 'image', 'list', 'quote', 'video', '__proto__', 'constructor',
  '闽ICP备11004646号', 'ICP', '1', 'x'.repeat(201), '侨'.repeat(200), '𠀀'.repeat(150), '𠀀'.repeat(201), 'a\ud800b',
  '</script><script>alert(1)</script>',
  // The URL vectors the browser XSS tests feed to every URL field.
  ...JSON.parse(readFileSync('test/fixtures/xss/vectors.json', 'utf8')).url.map((vector) => vector.payload),
];
const hostileValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 1, 2, 1.5, 1e21, -0.5, true, false, null, [], {}, [''], { type: 'paragraph' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Paths (key lists) to every value inside a document, the document itself first. */
function paths(value, prefix = []) {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

/** Sets an own, enumerable property even for `__proto__`, as JSON.parse would. */
function setOwn(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const extraKeys = fc.oneof(fc.constantFrom('$schema', '__proto__', 'constructor', 'extra', 'type', 'kind', 'toString'), fc.string({ maxLength: 6 }));

/** One mutation: what to do at which value (the index picks among the current document's paths). */
const mutation = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('replace'), at: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete'), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('extra'), at: fc.nat(), key: extraKeys, value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('version'), value: fc.constantFrom(1, 2, 0, '1', 1.5, null, undefined) }) },
);

function mutate(doc, { ...step }) {
  // fast-check hands out the same constant objects again and again: never graft one into a document.
  step.value = structuredClone(step.value);
  if (step.op === 'version') {
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
      if (step.value === undefined) delete doc.version;
      else doc.version = step.value;
    }
    return doc;
  }
  const all = paths(doc);
  const path = all[step.at % all.length];
  if (step.op === 'extra') {
    const target = path.reduce((value, key) => value[key], doc);
    if (target && typeof target === 'object' && !Array.isArray(target)) setOwn(target, step.key, step.value);
    return doc;
  }
  if (!path.length) return step.op === 'replace' ? step.value : doc;
  const parent = path.slice(0, -1).reduce((value, key) => value[key], doc);
  const key = path.at(-1);
  if (step.op === 'replace') setOwn(parent, key, step.value);
  else if (Array.isArray(parent)) parent.splice(key, 1);
  else delete parent[key];
  return doc;
}

/** A fixture of `kind` (sometimes of another kind, the wrong document in the wrong place), mutated 0–3 times. */
function documents(kind) {
  const own = fc.constantFrom(...seeds[kind]);
  const any = fc.constantFrom(...seeds.site, ...seeds.feed, ...seeds.article);
  return fc
    .tuple(fc.oneof({ weight: 9, arbitrary: own }, { weight: 1, arbitrary: any }), fc.array(mutation, { maxLength: 3 }))
    .map(([seed, steps]) => JSON.parse(JSON.stringify(steps.reduce(mutate, structuredClone(seed)))));
}

/** Judges one document both ways and counts the verdict; throws, naming the field, on a disagreement. */
function judge(kind, doc, verdicts) {
  const schemaValid = validators[kind](doc);
  const errors = runtimeProblems(kind, doc);
  if (schemaValid && !errors.length) verdicts.valid++;
  else if (!schemaValid && errors.length) verdicts.invalid++;
  else if (schemaValid) {
    const unexplained = errors.filter((problem) => !Object.values(recognisers).some((known) => known(problem, doc)));
    assert.deepEqual(unexplained, [], `the schema accepts what the check refuses: ${JSON.stringify(unexplained.map((p) => [p.path, valueAt(doc, p.path)]))}`);
    verdicts.excused++;
  } else {
    assert.fail(`the schema refuses what the check accepts: ${ajv.errorsText(validators[kind].errors)}`);
  }
}

/** One fixture per distinct field path (array indices folded), so every field meets every hostile value. */
function fieldsOf(kind) {
  const seen = new Map();
  for (const seed of seeds[kind]) {
    for (const path of paths(seed)) {
      const shape = path.map((key) => (typeof key === 'number' ? '[]' : key)).join('.');
      if (!seen.has(shape)) seen.set(shape, { seed, path });
    }
  }
  return [...seen.values()];
}

const sweepValues = [...hostileStrings, 0, -1, 1, 1.5, true, null, [], {}];

for (const kind of ['site', 'feed', 'article']) {
  test(`${kind}: the published schema and the runtime check agree on every field replaced by every hostile value, or removed`, () => {
    const verdicts = { valid: 0, invalid: 0, excused: 0 };
    for (const { seed, path } of fieldsOf(kind)) {
      const at = paths(seed).findIndex((p) => p.join('\0') === path.join('\0'));
      for (const value of sweepValues) judge(kind, mutate(structuredClone(seed), { op: 'replace', at, value }), verdicts);
      judge(kind, mutate(structuredClone(seed), { op: 'delete', at }), verdicts);
    }
    if (process.env.AGREEMENT_STATS) console.log(kind, 'sweep', verdicts);
    assert.ok(verdicts.valid && verdicts.invalid && verdicts.excused, JSON.stringify(verdicts));
  });

  test(`${kind}: the published schema and the runtime check agree on ${RUNS} randomly mutated documents`, () => {
    assert.ok(seeds[kind].length, `no ${kind} fixture in demo/data`);
    const verdicts = { valid: 0, invalid: 0, excused: 0 };
    fc.assert(
      fc.property(documents(kind), (doc) => judge(kind, doc, verdicts)),
      { numRuns: RUNS },
    );
    if (process.env.AGREEMENT_STATS) console.log(kind, verdicts);
    // Both verdicts must be common, or the comparison proves little.
    assert.ok(verdicts.valid > RUNS / 10, `only ${verdicts.valid} valid documents`);
    assert.ok(verdicts.invalid > RUNS / 10, `only ${verdicts.invalid} invalid documents`);
  });
}

// The date rule is one pattern shared by both sides, so agreement alone cannot show it is right:
// it must accept exactly the dates the calendar has (no 2024-02-30 moved to March, 2000 a leap year, 1900 not).
test('a date-time is accepted exactly when its date and time exist', async () => {
  const { dateTime } = await import('../../src/contract/schema.ts');
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  fc.assert(
    fc.property(
      fc.record({
        year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2023, 2024, 2100, 2400)),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        hour: fc.integer({ min: 0, max: 25 }),
        minute: fc.integer({ min: 0, max: 61 }),
        second: fc.option(fc.integer({ min: 0, max: 61 })),
        offset: fc.constantFrom('Z', '+08:00', '-05:30', '+24:00', '+08:60'),
      }),
      ({ year, month, day, hour, minute, second, offset }) => {
        const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${second === null ? '' : `:${pad(second)}`}${offset}`;
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const exists =
          date.getUTCMonth() === month - 1 && date.getUTCDate() === day && month >= 1 && month <= 12 &&
          hour < 24 && minute < 60 && (second ?? 0) < 60 && !['+24:00', '+08:60'].includes(offset);
        const ctx = { base: BASE, problems: [] };
        assert.equal(dateTime().check(text, ctx, 'publishedAt') !== undefined, exists, text);
      },
    ),
    { numRuns: RUNS },
  );
});
