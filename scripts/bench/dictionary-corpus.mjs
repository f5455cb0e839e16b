// Varied text for the dictionary's throughput: repeated text flatters a converter that computes a
// phrase's value once and reuses it, so the figures that count are measured on text like this.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `text` and `title` string holding Chinese in demo/data/**\/*.json, file by file in name order,
 * as a page shows them (a title in a feed and on its article both count). `except`: files left out.
 * @param {{ except?: string[] }} [options]
 * @returns {string[]}
 */
export function demoCorpus({ except = [] } = {}) {
  /** @type {string[]} */
  const out = [];
  /** @param {unknown} value */
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'text' || key === 'title') && typeof child === 'string' && /\p{Script=Han}/u.test(child)) out.push(child);
        else collect(child);
      }
    }
  };
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json') && !except.includes(path)) collect(JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk('demo/data');
  return out;
}

/** A small seeded generator (mulberry32): the same corpus on every run and machine. @param {number} seed */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Paragraphs of random sentences, about `characters` in all, so that next to no string and few
 * sentences repeat. A word is, seven times in ten, 1–4 characters cut from the demo corpus at a random
 * place (everyday federation vocabulary, common characters as often as the prose uses them), else one
 * of the 49,000 phrases of OpenCC's simplified→traditional phrase list (the words a converter must
 * get right, each met about twice in a million characters).
 * @param {{ characters?: number, seed?: number }} [options]
 * @returns {Promise<string[]>}
 */
export async function generatedCorpus({ characters = 1_000_000, seed = 1 } = {}) {
  const next = random(seed);
  const pick = (/** @type {number} */ n) => Math.floor(next() * n);
  const prose = demoCorpus().join('').replace(/[^\p{Script=Han}]+/gu, '');
  const specifier = 'opencc-js/dict/STPhrases';
  /** @type {string} */
  const list = (await import(specifier)).default;
  const phrases = list.split('|').map((entry) => entry.split(' ')[0]);
  const word = () => {
    if (next() < 0.3) return phrases[pick(phrases.length)];
    const length = 1 + pick(4);
    const at = pick(prose.length - length);
    return prose.slice(at, at + length);
  };
  const sentence = () => {
    let s = '';
    for (let words = 4 + pick(12), i = 0; i < words; i++) s += word() + (i < words - 1 && next() < 0.12 ? '，' : '');
    return s + '。；！？'[next() < 0.85 ? 0 : 1 + pick(3)];
  };
  /** @type {string[]} */
  const paragraphs = [];
  for (let total = 0; total < characters; ) {
    let p = '';
    for (let sentences = 1 + pick(6), i = 0; i < sentences; i++) p += sentence();
    paragraphs.push(p);
    total += p.length;
  }
  return paragraphs;
}
