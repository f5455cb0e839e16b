import { expect } from '@open-wc/testing';

/**
 * Fails unless a CJK font draws the document's Chinese: fonts-wqy-microhei exists (its Latin differs
 * from the monospace it would otherwise fall back to) and the body's own font stack sets every
 * character of a CJK string a full em, as a CJK font does and a tofu fallback does not reliably.
 * Tests that measure text or compare screenshots call it first: without the font they measure boxes.
 */
export function assertCjkFont(doc: Document = document) {
  const ctx = document.createElement('canvas').getContext('2d')!;
  const width = (text: string, family: string) => {
    ctx.font = `20px ${family}`;
    return ctx.measureText(text).width;
  };
  expect(width('iiiiiiii', '"WenQuanYi Micro Hei", monospace'), 'fonts-wqy-microhei installed').not.to.be.closeTo(width('iiiiiiii', 'monospace'), 1);
  const stack = doc.defaultView!.getComputedStyle(doc.body).fontFamily;
  expect(width('长者模式繁體侨联', stack), `a CJK font in the font stack ${stack}`).to.be.closeTo(160, 1);
}

/** The characters (blanks left out) on each line an element's text is laid out in, top to bottom. */
export function linesOf(el: Element): string[] {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const lines = new Map<number, string>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!;
    for (let i = 0; i < text.length; i++) {
      if (!text[i].trim()) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      const top = Math.round(rect.top);
      lines.set(top, (lines.get(top) ?? '') + text[i]);
    }
  }
  return [...lines].sort(([a], [b]) => a - b).map(([, chars]) => chars);
}
