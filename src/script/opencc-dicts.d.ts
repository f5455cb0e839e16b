// opencc-js ships no types for its per-dictionary modules: each default-exports one serialized
// dictionary, `"source target|source target…"`.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
