/**
 * Turns the bytes of a JSON file into text the way county sites need it: many old CMSes write GBK,
 * and some servers say so (`charset=gbk`) while others say nothing. The elements' loader and the
 * command line both read files through here, so a file means the same thing to both.
 */

/**
 * The encodings the contract accepts, by the names the Encoding Standard gives them: `TextDecoder`
 * knows every label servers and editors use for each (`gb2312`, `x-gbk`, `cn-big5`, `utf8`…).
 */
const NAMES: Record<string, string> = { 'utf-8': 'UTF-8', gbk: 'GBK', gb18030: 'GB18030', big5: 'Big5' };

/** The contract's name for a charset label, if it is one of the contract's encodings. */
function known(charset: string): string | undefined {
  try {
    return NAMES[new TextDecoder(charset).encoding];
  } catch {
    return undefined; // a label no browser knows
  }
}

export interface Decoded {
  text: string;
  /** The encoding the text was read in: `UTF-8`, `GBK`, `GB18030` or `Big5`. */
  encoding: string;
  /** How the encoding was known: the file's byte-order mark, a declared charset, or a guess. */
  by: 'bom' | 'declared' | 'content' | 'guess';
}

/** The charset a `Content-Type` header declares, lower-cased, if any: `text/json; charset="GBK"` → `gbk`. */
export function declaredCharset(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1].toLowerCase();
}

/**
 * Decodes a JSON file's bytes. A UTF-8 byte-order mark wins over everything (and is dropped); then a
 * declared charset the contract knows; then UTF-8 when the bytes are valid UTF-8; otherwise GB18030,
 * the superset of GBK and GB2312 that old Chinese CMSes write, reported as a guess. A declared charset
 * the contract does not know is ignored, as if nothing was declared.
 */
export function decodeJsonBytes(bytes: Uint8Array, charset?: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8', by: 'bom' };
  }
  const declared = charset ? known(charset) : undefined;
  if (declared) return { text: new TextDecoder(declared).decode(bytes), encoding: declared, by: 'declared' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', by: 'content' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030', by: 'guess' };
  }
}
