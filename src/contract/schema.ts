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
  | 'jiucuoWithoutSiteCode' | 'noBody' | 'unsafeBody';

export interface Problem {
  /** JSON path of the offending value, e.g. `items[3].publishedAt`; empty for the document itself. */
  path: string;
  code: ProblemCode;
  /** What the message quotes: the limit, the allowed values, the version found. */
  values?: (string | number)[];
}

export interface CheckContext {
  /** Base for relative URLs: the URL of the document that holds them. */
  base: string;
  problems: Problem[];
}

export type JsonSchema = Record<string, unknown>;

export interface Schema<T> {
  readonly json: JsonSchema;
  readonly optional: boolean;
  /** Returns the normalised value, or `undefined` after recording a problem. */
  check(value: unknown, ctx: CheckContext, path: string): T | undefined;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K]['optional'] extends true ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type InferShape<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

function fail(ctx: CheckContext, path: string, code: ProblemCode, ...values: (string | number)[]): undefined {
  ctx.problems.push(values.length ? { path, code, values } : { path, code });
  return undefined;
}

/* @__NO_SIDE_EFFECTS__ */
function make<T>(json: JsonSchema, check: Schema<T>['check']): Schema<T> {
  return { json, optional: false, check };
}

/** Marks a field as optional: absent (or null) is fine, but a present value must still be valid. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(schema: Schema<T>): Schema<T> & { readonly optional: true } {
  return { ...schema, optional: true };
}

/* @__NO_SIDE_EFFECTS__ */
export function string(options: { maxLength?: number } = {}): Schema<string> {
  const { maxLength = 100_000 } = options;
  return make({ type: 'string', minLength: 1, maxLength }, (value, ctx, path) => {
    if (typeof value !== 'string') return fail(ctx, path, 'notString');
    if (!value.trim()) return fail(ctx, path, 'empty');
    if (value.length > maxLength) return fail(ctx, path, 'tooLong', maxLength);
    return value;
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function number(options: { integer?: boolean; minimum?: number } = {}): Schema<number> {
  const { integer = false, minimum } = options;
  return make({ type: integer ? 'integer' : 'number', minimum }, (value, ctx, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(ctx, path, 'notNumber');
    if (integer && !Number.isInteger(value)) return fail(ctx, path, 'notInteger');
    if (minimum !== undefined && value < minimum) return fail(ctx, path, 'tooSmall', minimum);
    return value;
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function boolean(): Schema<boolean> {
  return make({ type: 'boolean' }, (value, ctx, path) =>
    typeof value === 'boolean' ? value : fail(ctx, path, 'notBoolean'),
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const V extends string>(values: readonly V[]): Schema<V> {
  const list = values.join(' | ');
  return make({ enum: values }, (value, ctx, path) =>
    values.includes(value as V) ? (value as V) : fail(ctx, path, 'notOneOf', list),
  );
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** ISO 8601 date-time with an explicit offset, so every reader sees the same instant. */
/* @__NO_SIDE_EFFECTS__ */
export function dateTime(): Schema<string> {
  return make({ type: 'string', format: 'date-time' }, (value, ctx, path) =>
    typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
      ? value
      : fail(ctx, path, 'notDateTime'),
  );
}

/** The one URL rule of the contract: http(s) only, relative URLs resolved against the document. */
export function resolveSafeUrl(value: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/* @__NO_SIDE_EFFECTS__ */
export function url(): Schema<string> {
  return make({ type: 'string', format: 'uri-reference' }, (value, ctx, path) => {
    const resolved = typeof value === 'string' && value.trim() ? resolveSafeUrl(value, ctx.base) : undefined;
    return resolved ?? fail(ctx, path, 'notUrl');
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function email(): Schema<string> {
  return make({ type: 'string', format: 'email' }, (value, ctx, path) =>
    typeof value === 'string' && /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(value)
      ? value
      : fail(ctx, path, 'notEmail'),
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function array<T>(items: Schema<T>, options: { maxItems?: number } = {}): Schema<T[]> {
  const { maxItems = 100_000 } = options;
  return make({ type: 'array', items: items.json, maxItems }, (value, ctx, path) => {
    if (!Array.isArray(value)) return fail(ctx, path, 'notArray');
    if (value.length > maxItems) return fail(ctx, path, 'tooMany', maxItems);
    const out: T[] = [];
    let ok = true;
    value.forEach((item, i) => {
      const checked = items.check(item, ctx, `${path}[${i}]`);
      if (checked === undefined) ok = false;
      else out.push(checked);
    });
    return ok ? out : undefined;
  });
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Shape>(
  shape: S,
  options: { title?: string; refine?: (value: InferShape<S>, ctx: CheckContext, path: string) => void } = {},
): Schema<InferShape<S>> {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    properties[key] = field.json;
    if (!field.optional) required.push(key);
  }
  const json = { type: 'object', title: options.title, properties, required };
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
      if (raw === undefined || raw === null) {
        if (!field.optional) ok = fail(ctx, fieldPath, 'missing') ?? false;
        continue;
      }
      const checked = field.check(raw, ctx, fieldPath);
      if (checked === undefined) ok = false;
      else out[key] = checked;
    }
    if (!ok) return undefined;
    const result = out as InferShape<S>;
    const before = ctx.problems.length;
    options.refine?.(result, ctx, path);
    return ctx.problems.length === before ? result : undefined;
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function variants<M extends Record<string, Schema<object>>>(
  members: M,
): Schema<{ [K in keyof M]: Infer<M[K]> & { type: K } }[keyof M]> {
  const names = Object.keys(members);
  const json = {
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
