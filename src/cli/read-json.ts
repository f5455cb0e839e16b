/// <reference types="node" />
/**
 * Reads a data file as the command line sees it: bytes decoded as the elements' loader decodes them
 * (a UTF-8 byte-order mark accepted, GBK and other old encodings recognised), then parsed.
 */
import { readFile } from 'node:fs/promises';
import { decodeJsonBytes, type Decoded } from '../contract/decode.js';

export type ReadResult =
  | { ok: true; value: unknown; encoding: Decoded }
  | { ok: false; reason: string };

export async function readJsonFile(file: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: '文件不存在 / file not found' };
    if (code === 'EISDIR') return { ok: false, reason: '这是一个文件夹，不是文件 / is a directory, not a file' };
    return { ok: false, reason: `无法读取 / cannot read (${(error as Error).message})` };
  }
  const encoding = decodeJsonBytes(bytes);
  try {
    return { ok: true, value: JSON.parse(encoding.text), encoding };
  } catch (error) {
    return { ok: false, reason: `不是有效的 JSON / not valid JSON (${(error as Error).message})` };
  }
}

/**
 * The web address a file's relative URLs are checked against: as if the file were served from a site,
 * at its path. Windows paths (`C:\Users\…\article.json`) and POSIX paths give the same kind of
 * address; the drive letter is not part of it.
 */
export function siteAddressOf(file: string, site = 'https://site.invalid/'): string {
  const segments = file
    .replace(/^[A-Za-z]:(?=[\\/])/, '')
    .split(/[\\/]+/)
    .filter((segment) => segment && segment !== '.');
  return new URL(segments.map(encodeURIComponent).join('/'), site).href;
}
