/**
 * A very small schema language: each definition written with it is at once a TypeScript type
 * (`Infer<typeof X>`), a runtime check that names each problem's JSON path and kind (worded in
 * `problem-text.ts`), and a JSON Schema (`.json`).
 * We keep it by hand because the messages (Chinese first, with the JSON path) and the URL rule
 * (relative URLs resolved against the document, only http/https allowed) are ours, and because the
 * drop-in bundle cannot afford a general validator.
 */

/** What a check found wrong; `problem-text.ts` words each kind in Chinese and English. */
export type ProblemCode =
  | 'notString' | 'empty' | 'tooLong' | 'notNumber' | 'notInteger' | 'tooSmall' | 'notBoolean' | 'notOneOf'
  | 'notDateTime' | 'notUrl' | 'notEmail' | 'notArray' | 'tooMany' | 'notObject' | 'missing' | 'version'
  | 'jiucuoWithoutSiteCode' | 'noBody' | 'unsafeBody'
  | 'noAlt' | 'noOffset' | 'encoding' | 'filingFormat' | 'notPhrase';

/**
 * How bad a problem is. An error makes the document unusable: the element shows its error state. A
 * warning names a part the element leaves out (a bad link, a row without a date) or a guess it made
 * (a date read as China time, a file read as GB18030); the rest of the document is shown.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** JSON path of the offending value, e.g. `items[3].publishedAt`; empty for the document itself. */
  path: string;
  code: ProblemCode;
  /** What the message quotes: the limit, the allowed values, the version found. */
  values?: (string | number)[];
  /** `warning` for a part left out or a guess made; an error otherwise (the check's results say so explicitly). */
  severity?: Severity;
}

export interface CheckContext {
  /** Base for relative URLs: the URL of the document that holds them. */
  base: string;
  problems: Problem[];
}

/** Whether a problem makes its document unusable. */
export const isError = (problem: Problem) => problem.severity !== 'warning';

const errorsSince = (ctx: CheckContext, from: number) => ctx.problems.slice(from).some(isError);

/**
 * Turns the errors found since `from` into warnings: the part that had them is being left out, and
 * leaving it out is all that happens. This is the whole of "a bad part drops only itself".
 */
function dropPart(ctx: CheckContext, from: number): void {
  for (let i = from; i < ctx.problems.length; i++) ctx.problems[i] = { ...ctx.problems[i], severity: 'warning' };
}

/** A string a CMS left empty or filled with spaces: for an optional field, the same as no value. */
const isBlank = (value: unknown) => typeof value === 'string' && !value.trim();

export function warn(ctx: CheckContext, path: string, code: ProblemCode, ...values: (string | number)[]): void {
  ctx.problems.push(values.length ? { path, code, values, severity: 'warning' } : { path, code, severity: 'warning' });
}

export type JsonSchema = Record<string, unknown>;

export interface Schema<T> {
  readonly json: JsonSchema;
  readonly optional: boolean;
  /** Returns the normalised value, or `undefined` after recording an error. */
  check(value: unknown, ctx: CheckContext, path: string): T | undefined;
  /** What a required field with no value stands for, when that is not simply an error (an image's `alt`). */
  absent?(ctx: CheckContext, path: string): T | undefined;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K]['optional'] extends true ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type InferShape<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** Records an error at `path`; returns `undefined`, the check's "no value". */
function fail(ctx: CheckContext, path: string, code: ProblemCode, ...values: (string | number)[]): undefined {
  ctx.problems.push(values.length ? { path, code, values } : { path, code });
  return undefined;
}

declare const __QL_SCHEMA_JSON__: boolean | undefined;

/**
 * Whether schemas carry their JSON Schema form. The published files, the tests and npm users read it;
 * a page never does, so the drop-in build defines `__QL_SCHEMA_JSON__` as false and the minifier
 * drops every JSON Schema literal (`SCHEMA_JSON && {…}`) from the file.
 */
export const SCHEMA_JSON = typeof __QL_SCHEMA_JSON__ !== 'boolean' || __QL_SCHEMA_JSON__;

/* @__NO_SIDE_EFFECTS__ */
function make<T>(json: JsonSchema | false, check: Schema<T>['check']): Schema<T> {
  return { json: json || {}, optional: false, check };
}

/**
 * Marks a field as optional: absent, null or blank is no value at all. A value that is present but bad
 * is left out with a warning, and the document it sits in is kept.
 */
/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(schema: Schema<T>): Schema<T> & { readonly optional: true } {
  // The published schema is the strict form: a file it accepts gets neither errors nor warnings. So it
  // admits what the check reads as "no value" (null, a blank string) and refuses what it leaves out.
  const json = SCHEMA_JSON ? { anyOf: [schema.json, { type: 'null' }, { type: 'string', pattern: '^\\s*$' }] } : {};
  return { ...schema, json, optional: true };
}

/* @__NO_SIDE_EFFECTS__ */
export function string(options: { maxLength?: number } = {}): Schema<string> {
  const { maxLength = 100_000 } = options;
  // `\S`: blank (whitespace only, as `trim()` sees it) is empty for both.
  return make(SCHEMA_JSON && { type: 'string', minLength: 1, maxLength, pattern: '\\S' }, (value, ctx, path) => {
    if (typeof value !== 'string') return fail(ctx, path, 'notString');
    if (!value.trim()) return fail(ctx, path, 'empty');
    if (value.length > maxLength && codePoints(value) > maxLength) return fail(ctx, path, 'tooLong', maxLength);
    return value;
  });
}

/**
 * A string with an official format (a filing number): one that does not match is still kept, since
 * the page shows what it was given, with a warning so `validate` names it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function formatted(format: RegExp): Schema<string> {
  const text = string();
  return make(SCHEMA_JSON && { type: 'string', pattern: format.source }, (value, ctx, path) => {
    const checked = text.check(value, ctx, path);
    if (checked !== undefined && !format.test(checked)) warn(ctx, path, 'filingFormat', checked);
    return checked;
  });
}

/** Length in characters, as JSON Schema's `maxLength` counts: a CJK Extension B character is one, not two. */
function codePoints(value: string): number {
  return value.length - (value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/** Longest site phrase, in characters. */
const LONGEST_PHRASE = 16;

/**
 * Script phrases: simplified → traditional, both Han text of the same length (at most 16). A bad
 * entry is left out alone, with a warning at its path (`script.phrases.赴松`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function phrases(): Schema<Record<string, string>> {
  const han = /^\p{Script=Han}+$/u;
  // JSON Schema cannot compare a value with its key: one pattern pair per length says it.
  const json = SCHEMA_JSON && {
    type: 'object',
    patternProperties: Object.fromEntries(
      Array.from({ length: LONGEST_PHRASE }, (_, n) => [`^\\p{Script=Han}{${n + 1}}$`, { type: 'string', pattern: `^\\p{Script=Han}{${n + 1}}$` }]),
    ),
    additionalProperties: false,
  };
  return make(json, (value, ctx, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(ctx, path, 'notObject');
    const out: Record<string, string> = {};
    for (const [key, target] of Object.entries(value)) {
      const fits = typeof target === 'string' && han.test(key) && han.test(target) && codePoints(key) <= LONGEST_PHRASE;
      if (fits && codePoints(key) === codePoints(target)) out[key] = target;
      else warn(ctx, `${path}.${key}`, 'notPhrase');
    }
    return out;
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function number(options: { integer?: boolean; minimum?: number } = {}): Schema<number> {
  const { integer = false, minimum } = options;
  return make(SCHEMA_JSON && { type: integer ? 'integer' : 'number', minimum }, (value, ctx, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(ctx, path, 'notNumber');
    if (integer && !Number.isInteger(value)) return fail(ctx, path, 'notInteger');
    if (minimum !== undefined && value < minimum) return fail(ctx, path, 'tooSmall', minimum);
    return value;
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function boolean(): Schema<boolean> {
  return make(SCHEMA_JSON && { type: 'boolean' }, (value, ctx, path) =>
    typeof value === 'boolean' ? value : fail(ctx, path, 'notBoolean'),
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const V extends string>(values: readonly V[]): Schema<V> {
  const list = values.join(' | ');
  return make(SCHEMA_JSON && { enum: values }, (value, ctx, path) =>
    values.includes(value as V) ? (value as V) : fail(ctx, path, 'notOneOf', list),
  );
}

/**
 * A real calendar date (leap years included; no 2024-02-30, which `Date.parse` would move to March),
 * `T`, hours 00–23 and minutes (seconds optional), and an explicit offset. One pattern serves the
 * check and the published schema (`format: date-time` would demand seconds the check does not).
 */
const DATE =
  '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?';
const OFFSET = '(?:[Zz]|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';
const DATE_TIME = `^${DATE}[Tt]${TIME}${OFFSET}$`;
/** What CMSes write without an offset, meaning China time: `2024-01-04 10:40:01`, `2024-01-04 10:40`, `2024-01-04`. */
const CHINA_LOCAL = `^(${DATE})(?:[Tt ](${TIME}))?$`;

/**
 * ISO 8601 date-time with an explicit offset, so every reader sees the same instant; `t` and `z` in
 * either case (RFC 3339). A date or date-time without an offset, as CMSes write them, is read as China
 * time (`+08:00`) with a warning. The value comes out in the one form `Date.parse` reads everywhere.
 */
/* @__NO_SIDE_EFFECTS__ */
export function dateTime(): Schema<string> {
  const exact = new RegExp(DATE_TIME);
  const local = new RegExp(CHINA_LOCAL);
  return make(SCHEMA_JSON && { type: 'string', pattern: DATE_TIME }, (value, ctx, path) => {
    if (typeof value !== 'string') return fail(ctx, path, 'notDateTime');
    if (exact.test(value)) return value.toUpperCase();
    const match = local.exec(value);
    if (!match) return fail(ctx, path, 'notDateTime');
    warn(ctx, path, 'noOffset');
    return `${match[1]}T${match[2] ?? '00:00'}+08:00`;
  });
}

/**
 * The one URL rule of the contract: http(s) only, relative URLs resolved against the document. A bare
 * fragment (`#`, `#top`), the "no link" placeholder of old CMSes, is no link: resolved against a JSON
 * file it would only lead back to the data.
 */
export function resolveSafeUrl(value: string, base: string): string | undefined {
  let url: URL;
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return undefined;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/**
 * The part of the URL rule a schema can say without the document's address: not blank, and a scheme,
 * if there is one, of http or https. "Scheme" as the URL Standard reads it, or `java\tscript:` and
 * ` javascript:` would slip through: leading whitespace and C0 controls are ignored, tabs and
 * newlines ignored anywhere, letters in any case. Whether the rest parses is `url-parses` in
 * `rulesBeyondSchema`.
 */
const URL_SCHEME =
  '^(?=[\\s\\S]*\\S)(?!\\s*#)(?:\\s*[\\x00-\\x20]*[Hh][\\t\\n\\r]*[Tt][\\t\\n\\r]*[Tt][\\t\\n\\r]*[Pp][\\t\\n\\r]*(?:[Ss][\\t\\n\\r]*)?:' +
  '|(?!\\s*[\\x00-\\x20]*[A-Za-z][A-Za-z0-9+.\\-\\t\\n\\r]*:))';

/* @__NO_SIDE_EFFECTS__ */
export function url(): Schema<string> {
  return make(SCHEMA_JSON && { type: 'string', pattern: URL_SCHEME }, (value, ctx, path) => {
    const resolved = typeof value === 'string' && value.trim() ? resolveSafeUrl(value, ctx.base) : undefined;
    return resolved ?? fail(ctx, path, 'notUrl');
  });
}

/**
 * Loose on purpose (an address in Chinese is fine), and one pattern for check and schema alike; but a
 * bare address, since it becomes a `mailto:` link: no `?`, `&`, `#` or `/` to smuggle in extra headers
 * (`a@b.cn?cc=…&subject=…`), no `:` `;` `,` `%` `=` or backslash.
 */
const EMAIL_PART = '[^\\s@<>"\'()?&#/:;,%=\\\\]+';
const EMAIL = `^${EMAIL_PART}@${EMAIL_PART}\\.${EMAIL_PART}$`;

/* @__NO_SIDE_EFFECTS__ */
export function email(): Schema<string> {
  const pattern = new RegExp(EMAIL);
  return make(SCHEMA_JSON && { type: 'string', pattern: EMAIL }, (value, ctx, path) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(ctx, path, 'notEmail'),
  );
}

/**
 * An image's text alternative. Blank or missing is allowed, with a warning: the image is then
 * decorative (`alt=""`), and its caption, when it has one, is what a screen reader hears.
 */
/* @__NO_SIDE_EFFECTS__ */
export function altText(): Schema<string> {
  const blank = (ctx: CheckContext, path: string) => {
    warn(ctx, path, 'noAlt');
    return '';
  };
  return {
    ...make(SCHEMA_JSON && { type: 'string', pattern: '\\S' }, (value, ctx, path) =>
      typeof value !== 'string' ? fail(ctx, path, 'notString') : value.trim() ? value : blank(ctx, path),
    ),
    absent: blank,
  };
}

/* @__NO_SIDE_EFFECTS__ */
export function array<T>(items: Schema<T>, options: { maxItems?: number } = {}): Schema<T[]> {
  const { maxItems = 100_000 } = options;
  return make(SCHEMA_JSON && { type: 'array', items: items.json, maxItems }, (value, ctx, path) => {
    if (!Array.isArray(value)) return fail(ctx, path, 'notArray');
    if (value.length > maxItems) return fail(ctx, path, 'tooMany', maxItems);
    // Each entry is a part of its own (a row, a block, an attachment): a bad one is left out alone.
    const out: T[] = [];
    value.forEach((item, i) => {
      const before = ctx.problems.length;
      const checked = items.check(item, ctx, `${path}[${i}]`);
      if (checked === undefined || errorsSince(ctx, before)) dropPart(ctx, before);
      else out.push(checked);
    });
    return out;
  });
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Shape>(
  shape: S,
  options: {
    title?: string;
    refine?: (value: InferShape<S>, ctx: CheckContext, path: string) => void;
    /** `refine` said in JSON Schema, merged into this object's schema so the published file has it too. */
    refineJson?: JsonSchema | false;
  } = {},
): Schema<InferShape<S>> {
  const json = SCHEMA_JSON && {
    type: 'object',
    title: options.title,
    properties: Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, field.json])),
    required: Object.keys(shape).filter((key) => !shape[key].optional),
    ...options.refineJson,
  };
  return make(json, (value, ctx, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(ctx, path, 'notObject');
    }
    // Only the shape's own keys are copied: unknown fields (and `__proto__` tricks) are dropped.
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [key, field] of Object.entries(shape)) {
      const fieldPath = path ? `${path}.${key}` : key;
      const raw = hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
      if (raw === undefined || raw === null || (field.optional && isBlank(raw))) {
        const stand = field.optional ? undefined : field.absent ? field.absent(ctx, fieldPath) : fail(ctx, fieldPath, 'missing');
        if (stand !== undefined) out[key] = stand;
        else if (!field.optional) ok = false;
        continue;
      }
      const before = ctx.problems.length;
      const checked = field.check(raw, ctx, fieldPath);
      if (checked !== undefined && !errorsSince(ctx, before)) out[key] = checked;
      else if (field.optional) dropPart(ctx, before);
      else ok = false;
    }
    if (!ok) return undefined;
    const result = out as InferShape<S>;
    const before = ctx.problems.length;
    options.refine?.(result, ctx, path);
    return errorsSince(ctx, before) ? undefined : result;
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function variants<M extends Record<string, Schema<object>>>(
  members: M,
): Schema<{ [K in keyof M]: Infer<M[K]> & { type: K } }[keyof M]> {
  const names = Object.keys(members);
  const json = SCHEMA_JSON && {
    oneOf: names.map((name) => {
      const member = members[name].json as { properties: object; required: string[] };
      return {
        ...member,
        properties: { type: { const: name }, ...member.properties },
        required: ['type', ...member.required],
      };
    }),
  };
  type Out = { [K in keyof M]: Infer<M[K]> & { type: K } }[keyof M];
  return make<Out>(json, (value, ctx, path) => {
    const type = (value as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !hasOwn(members, type)) {
      const typePath = path ? `${path}.type` : 'type';
      return fail(ctx, typePath, 'notOneOf', names.join(' | '));
    }
    const checked = members[type].check(value, ctx, path);
    return checked && ({ ...checked, type } as Out);
  });
}
