/**
 * `qiaolian-widgets inline FILE`: prints a data file as an inline block to paste inside an element,
 * `<script type="application/json">…</script>`. Every `<` is written `\u003c`, the one escape that
 * keeps any text (`</script>`, `<!--`) from ending the block early; JSON reads it back unchanged.
 */
export function inlineBlock(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
  return `<script type="application/json">\n${json}\n</script>`;
}
