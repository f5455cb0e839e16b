/// <reference types="node" />
/**
 * The `aggregate` command's arguments: what to read, where to write, and the limits of each run.
 * Anything wrong here is a usage error (exit 2) before a single request is made.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

export interface AggregateOptions {
  out: string;
  /** Validators and last good copies; beside the output folder unless `--cache` says otherwise. */
  cache: string;
  pageSize: number;
  timeout: number;
  concurrency: number;
  /** Files followed per feed at most, whatever its `page.next` says. */
  maxPages: number;
  site: { name: string; url?: string };
  channel: { id: string; name: string };
  sources: string[];
}

export const DEFAULTS = {
  pageSize: 20,
  timeout: 10_000,
  concurrency: 8,
  maxPages: 50,
  siteName: '侨联网站群',
  channelId: 'aggregate',
  channelName: '各地动态',
};

const NUMBERS = {
  '--page-size': 'pageSize',
  '--timeout': 'timeout',
  '--concurrency': 'concurrency',
  '--max-pages': 'maxPages',
} as const;
const STRINGS = ['--out', '--cache', '--list', '--site-name', '--site-url', '--channel-id', '--channel-name'] as const;

/** Sources of a list file: one per line; blank lines and `#` comments (whole line, or after a space) ignored. */
export function parseSourceList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*#.*$|\s+#.*$/, '').trim())
    .filter(Boolean);
}

const isUrl = (src: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(src);

/**
 * Parses the arguments, reading `--list` files. Returns the options, or the reason they are unusable.
 * Relative paths in a list file are relative to the list file, so a list works from any directory.
 */
export async function parseAggregateArgs(args: readonly string[]): Promise<AggregateOptions | { usage: string }> {
  const numbers: Record<string, number> = {};
  const strings: Record<string, string> = {};
  const sources: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!flag.startsWith('--')) {
      sources.push(arg);
      continue;
    }
    const value = inlineValue ?? args[++i];
    if (value === undefined) return { usage: `${flag} needs a value` };
    if (Object.hasOwn(NUMBERS, flag)) {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < 1) return { usage: `${flag} must be a whole number of at least 1, not ${JSON.stringify(value)}` };
      numbers[NUMBERS[flag as keyof typeof NUMBERS]] = n;
    } else if ((STRINGS as readonly string[]).includes(flag)) {
      if (flag === '--list') {
        let text: string;
        try {
          text = await readFile(value, 'utf8');
        } catch (error) {
          return { usage: `--list ${value}: cannot read (${(error as Error).message})` };
        }
        const base = dirname(value);
        sources.push(...parseSourceList(text).map((src) => (isUrl(src) ? src : resolve(base, src))));
      } else strings[flag] = value;
    } else return { usage: `unknown option ${flag}` };
  }
  if (!strings['--out']) return { usage: '--out DIR is required' };
  if (!sources.length) return { usage: 'no feeds given: name feed URLs or files, or --list FILE' };
  const siteUrl = strings['--site-url'];
  if (siteUrl !== undefined && !/^https?:\/\/[^/]/i.test(siteUrl)) return { usage: `--site-url must be an http(s) address, not ${siteUrl}` };
  const out = resolve(strings['--out']);
  const cache = strings['--cache'] ? resolve(strings['--cache']) : `${out}.cache`;
  // The output folder is replaced whole on every run: a cache inside it would be lost each time.
  if (cache === out || cache.startsWith(out + sep)) return { usage: '--cache must not be inside --out (the output folder is replaced on every run)' };
  return {
    out,
    cache,
    pageSize: numbers.pageSize ?? DEFAULTS.pageSize,
    timeout: numbers.timeout ?? DEFAULTS.timeout,
    concurrency: numbers.concurrency ?? DEFAULTS.concurrency,
    maxPages: numbers.maxPages ?? DEFAULTS.maxPages,
    site: { name: strings['--site-name'] ?? DEFAULTS.siteName, ...(siteUrl ? { url: siteUrl } : {}) },
    channel: { id: strings['--channel-id'] ?? DEFAULTS.channelId, name: strings['--channel-name'] ?? DEFAULTS.channelName },
    sources,
  };
}
