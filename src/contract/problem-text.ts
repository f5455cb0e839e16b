/**
 * The words for what the contract check finds wrong, in simplified Chinese, traditional Chinese and
 * English. The check itself records only codes (`Problem`), so the drop-in file carries none of these
 * sentences: an element loads this module, as a lazy chunk, the first time a document is invalid.
 * The command-line validator imports it directly.
 */
import type { Problem, ProblemCode } from './schema.js';

export type ProblemLanguage = 'zh-Hans' | 'zh-Hant' | 'en';

/** Each code in simplified Chinese, traditional Chinese and English; `{0}`, `{1}` are the problem's values. */
const TEXTS: Record<ProblemCode, readonly [zhHans: string, zhHant: string, en: string]> = {
  notString: ['应为文字', '應為文字', 'expected a string'],
  empty: ['不能为空', '不能為空', 'must not be empty'],
  tooLong: ['过长（最多 {0} 字）', '過長（最多 {0} 字）', 'too long (at most {0} characters)'],
  notNumber: ['应为数字', '應為數字', 'expected a number'],
  notInteger: ['应为整数', '應為整數', 'expected a whole number'],
  tooSmall: ['应不小于 {0}', '應不小於 {0}', 'expected at least {0}'],
  notBoolean: ['应为 true 或 false', '應為 true 或 false', 'expected true or false'],
  notOneOf: ['应为 {0} 之一', '應為 {0} 之一', 'expected one of {0}'],
  notDateTime: [
    '应为带时区的日期时间，如 2024-01-04T10:40:01+08:00',
    '應為帶時區的日期時間，如 2024-01-04T10:40:01+08:00',
    'expected an ISO 8601 date-time with offset',
  ],
  notUrl: [
    '不是有效的网址（只接受 http/https 或相对地址）',
    '不是有效的網址（只接受 http/https 或相對網址）',
    'expected an http(s) or relative URL',
  ],
  notEmail: ['不是有效的电子邮箱地址', '不是有效的電子郵件地址', 'expected an email address'],
  notArray: ['应为数组', '應為陣列', 'expected an array'],
  tooMany: ['条目过多（最多 {0} 条）', '條目過多（最多 {0} 條）', 'too many entries (at most {0})'],
  notObject: ['应为对象', '應為物件', 'expected an object'],
  missing: ['缺少必填字段', '缺少必填欄位', 'required field is missing'],
  version: ['不支持的版本 {0}，本组件读取版本 {1}', '不支援的版本 {0}，本元件讀取版本 {1}', 'unsupported version {0}; this library reads version {1}'],
  jiucuoWithoutSiteCode: ['显示“我为政府网站找错”需要网站标识码', '顯示「我為政府網站找錯」需要網站標識碼', 'jiucuo needs siteCode'],
  noBody: ['需要 body 或 bodyHtml', '需要 body 或 bodyHtml', 'expected body or bodyHtml'],
  unsafeBody: ['正文无法安全显示', '正文無法安全顯示', 'the HTML body could not be sanitized'],
  noAlt: ['图片缺少说明文字，按装饰图片显示', '圖片缺少說明文字，按裝飾圖片顯示', 'no alt text: shown as a decorative image'],
  noOffset: ['日期没有时区，按北京时间读取', '日期沒有時區，按北京時間讀取', 'no offset: read as China time (+08:00)'],
  encoding: ['文件不是 UTF-8 编码，按 {0} 读取', '檔案不是 UTF-8 編碼，按 {0} 讀取', 'not UTF-8: read as {0}'],
  notPhrase: ['已略去：两边应为同样字数的汉字', '已略去：兩邊應為同樣字數的漢字', 'left out: both sides must be Han text of the same length'],
  filingFormat: ['“{0}”不符合官方格式，按普通文字显示', '「{0}」不符合官方格式，按普通文字顯示', '"{0}" does not match the official format: shown as plain text'],
};

const COLUMN: Record<ProblemLanguage, 0 | 1 | 2> = { 'zh-Hans': 0, 'zh-Hant': 1, en: 2 };

/** Every code a problem can carry, for the docs. */
export const problemCodes = Object.keys(TEXTS) as ProblemCode[];

/** What is wrong, in one language, without the path: `应为数字`. */
export function problemText(problem: Problem, language: ProblemLanguage = 'zh-Hans'): string {
  const text = TEXTS[problem.code]?.[COLUMN[language]] ?? problem.code;
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(problem.values?.[Number(i)] ?? ''));
}

/** The path and what is wrong there, in Chinese and English: `views: 应为数字 / expected a number`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path || '(document)'}: ${problemText(problem)} / ${problemText(problem, 'en')}`;
}
