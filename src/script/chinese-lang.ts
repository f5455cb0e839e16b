/**
 * First subtags that mean Chinese: the ISO 639 codes, the Chinese languages written with these
 * characters, and what old CMS templates and Windows wrote (`cn`, `chs`, `cht`, `chinese`).
 */
const CHINESE = new Set([
  ...['zh', 'zho', 'chi', 'cmn', 'yue', 'wuu', 'hak', 'nan', 'gan', 'hsn', 'cdo', 'cjy', 'cpx', 'czh', 'czo', 'lzh', 'mnp'],
  ...['cn', 'chs', 'cht', 'chinese'],
]);
/** Tags that name no particular language: undetermined, several, uncoded. */
const UNSTATED = new Set(['und', 'mul', 'mis']);

/** The first subtag, lowercased: `zh_CN`, `ZH-CN` and `zh-cmn-Hans` all give `zh`. */
const primaryOf = (lang: string) => lang.trim().toLowerCase().split(/[^a-z0-9]/)[0];

/** Whether a `lang` value, however an old CMS spelled it, says Chinese. */
export function isChineseLang(lang: string): boolean {
  return CHINESE.has(primaryOf(lang));
}

/**
 * Whether a `lang` attribute keeps its element out of the conversion: only a language clearly
 * stated and not Chinese (`en`, `ja`, `ko`). No `lang`, a blank one or an unreadable one is the
 * page's own language.
 */
export function isOtherLanguage(lang: string | null): boolean {
  if (lang === null) return false;
  const primary = primaryOf(lang);
  return /^[a-z]{2,8}$/.test(primary) && !UNSTATED.has(primary) && !isChineseLang(lang);
}
