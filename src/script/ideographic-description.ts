/**
 * Ideographic description sequences (⿰氵每) describe a character OpenCC has no code point for; OpenCC
 * never converts inside one, so both converters step over them whole.
 */

/** The block of ideographic description characters. */
export const IDS_FIRST = 0x2ff0;
export const IDS_LAST = 0x2fff;

/** UTF-16 units of the code point at `i`. */
export const codePointLength = (text: string, i: number): number => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Operand count of an ideographic description character (⿰ takes two, ⿲ three), else 0. */
function idsArity(cp: number): number {
  if (cp < IDS_FIRST || cp > IDS_LAST) return 0;
  return cp === 0x2ff2 || cp === 0x2ff3 ? 3 : 2;
}

/** End of the ideographic description sequence starting at `i`, or 0 when none starts there. */
export function idsEnd(text: string, i: number): number {
  const arity = idsArity(text.codePointAt(i) ?? 0);
  if (!arity) return 0;
  let end = i + codePointLength(text, i);
  for (let n = 0; n < arity; n++) {
    if (end >= text.length) return 0;
    end = idsEnd(text, end) || end + codePointLength(text, end);
  }
  return end;
}
