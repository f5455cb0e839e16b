/**
 * Fetches JSON documents for the elements. Several elements asking for the same URL at the same time
 * share one request; each caller keeps its own timeout and abort signal, and the request itself is
 * aborted once no caller is waiting for it any more.
 */
import { pageBase } from '../internal/page.js';
import { decodeJsonBytes, declaredCharset } from './decode.js';
import { isError, type Problem, type Schema } from './schema.js';
import { checkWith } from './validate.js';

export type LoadErrorKind = 'timeout' | 'http' | 'network' | 'parse';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    readonly status?: number,
  ) {
    super(`${kind}${status ? ` ${status}` : ''}: ${url}`);
    this.name = 'LoadError';
  }
}

export interface LoadOptions {
  /** Milliseconds before the caller gives up; 10 s by default. */
  timeout?: number;
  signal?: AbortSignal;
}

export interface Loaded {
  json: unknown;
  /** The URL the document was finally served from (after redirects): the base for its relative URLs. */
  url: string;
  /** What reading it guessed: an `encoding` warning when the body was not UTF-8 and declared nothing. */
  problems: Problem[];
}

interface Shared {
  promise: Promise<Loaded>;
  controller: AbortController;
  waiting: number;
}

const inFlight = new Map<string, Shared>();

function request(url: string): Shared {
  const controller = new AbortController();
  const promise = (async () => {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
      throw new LoadError('network', url);
    }
    if (!response.ok) throw new LoadError('http', url, response.status);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch {
      throw new LoadError('network', url);
    }
    // Old CMSes write GBK, declared (`charset=gbk`) or not: decoded as the command line decodes files.
    const { text, encoding, by } = decodeJsonBytes(bytes, declaredCharset(response.headers.get('content-type')));
    const problems: Problem[] = by === 'guess' ? [{ path: '', code: 'encoding', values: [encoding], severity: 'warning' }] : [];
    try {
      return { json: JSON.parse(text), url: response.url || url, problems };
    } catch {
      throw new LoadError('parse', url);
    }
  })();
  const shared: Shared = { promise, controller, waiting: 0 };
  const forget = () => inFlight.get(url) === shared && inFlight.delete(url);
  promise.then(forget, forget);
  return shared;
}

export function loadJson(input: string, options: LoadOptions = {}): Promise<Loaded> {
  const { timeout = 10_000, signal } = options;
  const url = new URL(input, pageBase()).href;
  if (signal?.aborted) return Promise.reject(signal.reason);

  let shared = inFlight.get(url);
  if (!shared) {
    shared = request(url);
    inFlight.set(url, shared);
  }
  const current = shared;
  current.waiting++;

  return new Promise<Loaded>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void, givingUp: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (--current.waiting === 0 && givingUp) {
        // Nobody else is waiting: stop the download rather than let it finish unseen.
        if (inFlight.get(url) === current) inFlight.delete(url);
        current.controller.abort();
      }
      finish();
    };
    const onAbort = () => settle(() => reject(signal!.reason), true);
    const timer = setTimeout(() => settle(() => reject(new LoadError('timeout', url)), true), timeout);
    signal?.addEventListener('abort', onAbort);
    current.promise.then(
      (loaded) => settle(() => resolve(loaded), false),
      (error) => settle(() => reject(error), false),
    );
  });
}

/** Why a document cannot be shown: it is invalid, or it could not be loaded. */
export type Failure = { problem: Problem; url?: string } | { load: LoadError };

/** A document checked against its schema, with the URL it came from (none for `.data` or inline JSON). */
export interface Checked<T> {
  value: T;
  url?: string;
  /** The warnings: parts left out, guesses made (an encoding, a date's offset). */
  problems: Problem[];
}

/** A checked document, or why it cannot be shown. */
export type Outcome<T> = Checked<T> | Failure;

/** Checks a parsed document whose relative URLs resolve against `base`; `read` holds what reading it found. */
export function checked<T>(schema: Schema<T>, json: unknown, base: string, url?: string, read: Problem[] = []): Outcome<T> {
  const result = checkWith(schema, json, base);
  return result.ok ? { value: result.value, url, problems: [...read, ...result.problems] } : { problem: result.problems.find(isError) ?? result.problems[0], url };
}

/**
 * Fetches a document and checks it against its schema: the checked document, with every URL absolute
 * against where it was served from, or why it cannot be shown. Rejects only when `signal` aborts.
 */
export async function loadDocument<T>(url: string, schema: Schema<T>, options: LoadOptions = {}): Promise<Outcome<T>> {
  try {
    new URL(url, pageBase());
  } catch {
    // `http://host:8O80/feed.json`: the page's address is wrong, not the network.
    return { problem: { path: 'src', code: 'notUrl', severity: 'error' }, url };
  }
  try {
    const loaded = await loadJson(url, options);
    return checked(schema, loaded.json, loaded.url, loaded.url, loaded.problems);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { load: error instanceof LoadError ? error : new LoadError('network', url) };
  }
}
