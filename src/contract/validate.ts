import { CONTRACT_VERSION, documentSchemas, type DocumentKind, type DocumentTypes } from './documents.js';
import { isError, type CheckContext, type Problem, type Schema } from './schema.js';

/** A value as a problem's message quotes it. JSON.stringify throws on a BigInt anywhere inside (possible through `.data`). */
function shown(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * The checked document and its warnings (parts left out, guesses made), or every problem found when
 * the document is unusable. Every problem states its `severity`.
 */
export type CheckResult<T> = { ok: true; value: T; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Checks one document of the given kind; see `checkWith`. */
export function checkDocument<K extends DocumentKind>(kind: K, value: unknown, base: string): CheckResult<DocumentTypes[K]> {
  return checkWith(documentSchemas[kind] as Schema<DocumentTypes[K]>, value, base);
}

/**
 * Checks a document against its schema and returns it normalised: unknown fields dropped and every
 * URL made absolute against `base`, the URL of the document itself. Elements call this with their own
 * schema, so a page pays only for the documents its elements show.
 */
export function checkWith<T>(schema: Schema<T>, value: unknown, base: string): CheckResult<T> {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof value === 'object' && value !== null && version !== undefined && version !== CONTRACT_VERSION) {
    return {
      ok: false,
      problems: [{ path: 'version', code: 'version', values: [shown(version), CONTRACT_VERSION], severity: 'error' }],
    };
  }
  const ctx: CheckContext = { base, problems: [] };
  const checked = schema.check(value, ctx, '');
  const problems = ctx.problems.map((problem) => ({ ...problem, severity: problem.severity ?? 'error' }));
  return checked !== undefined && !problems.some(isError) ? { ok: true, value: checked, problems } : { ok: false, problems };
}

/** Tells the three kinds apart by the fields only one of them requires. */
export function detectKind(value: unknown): DocumentKind | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if ('items' in value) return 'feed';
  if ('organization' in value) return 'site';
  if ('title' in value || 'body' in value || 'bodyHtml' in value) return 'article';
  return undefined;
}
