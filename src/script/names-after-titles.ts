/**
 * Surnames that are also ordinary characters, after a title: 主席范××, 副主席于××, 侨领余××. OpenCC
 * converts the ordinary word (範, 於, 餘); Taiwan and Hong Kong write the surname 范, 于, 余. The rule
 * runs on the simplified text after the dictionary and sets the surname form at each place it finds,
 * so it wins over any dictionary phrase that starts at the surname (书记范文明: not 範文, the phrase
 * "model essay"); except where the characters after the surname make a word that is not a name
 * (主席于近日, 会长于会上, 书记于3月5日, 主任沈阳市…): then the dictionary's output stands.
 */

/** Each surname's form in Taiwan and Hong Kong (the same in both, and in OpenCC's `t`). */
const SURNAMES: Record<string, string> = {
  于: '于', 范: '范', 余: '余', 郁: '郁', 朴: '朴', 沈: '沈', 党: '党',
  // These change, to the surname's own form: 钟 to 鍾 (鐘 is a bell), 叶 葉, 萧 蕭.
  叶: '葉', 钟: '鍾', 萧: '蕭',
};
/** Any of the surnames (each a single BMP code unit). */
const SURNAME = new RegExp(`[${Object.keys(SURNAMES).join('')}]`, 'g');

/** Titles and role words written before a name; a longer one wins (副主席 over 主席). */
const TITLES = (
  '主席 副主席 名誉主席 荣誉主席 会长 副会长 名誉会长 荣誉会长 执行会长 常务副会长 秘书长 副秘书长 书记 副书记 ' +
  '主任 副主任 侨领 理事长 副理事长 董事长 总经理 部长 副部长 局长 副局长 处长 科长 厅长 县长 副县长 市长 ' +
  '副市长 省长 镇长 乡长 区长 村长 社长 馆长 校长 院长 所长 团长 队长 站长 委员 常委 顾问 专员 记者 ' +
  '通讯员 教授 博士 老师 侨胞 华侨 归侨 侨眷 乡贤 侨商 企业家 代表 同志 先生 女士 主持人 会员 理事'
).split(' ');
const LONGEST_TITLE = Math.max(...TITLES.map((t) => t.length));
const TITLE_SET = new Set(TITLES);

/**
 * Words that start with a surname character and are not a name: after a title the character is the
 * preposition (于近日), a place (沈阳) or an ordinary word (党建工作). Digits and Chinese numerals
 * after 于 are dates (于3月5日, 于二〇二四年).
 */
const NOT_NAMES: Record<string, string[]> = {
  于: (
    '是 此 今 近 日前 昨 明 本 上午 下午 中午 晚 当 次日 去年 前年 年初 年底 年内 年中 月初 月中 月底 周 ' +
    '会 现场 期间 席间 百忙 节 春节 中秋 元旦 国庆 清明 端午 北京 上海 天津 重庆 福州 厦门 泉州 漳州 莆田 ' +
    '三明 南平 龙岩 宁德 广州 深圳 杭州 南京 香港 澳门 台北 京 榕 省 市 县 区 镇 乡 村 境 海外 国外 美国 日本 ' +
    '新加坡 马来西亚 印尼 菲律宾 泰国 欧洲 侨联 该 其 我 此 一 二 三 四 五 六 七 八 九 十 〇 零 两 同 在'
  ).split(' '),
  范: ['围', '畴', '例', '本', '式', '儿'],
  余: ['额', '下', '人', '万', '元', '名', '生', '项', '年', '个', '次', '条', '份', '户', '家', '期'],
  郁: ['闷', '郁', '积', '结'],
  朴: ['素', '实'],
  沈: ['阳'],
  // 党建 + 工作/述职/引领… is party building (书记党建述职); 党建华 is a name: the third character decides.
  党: (
    '组 委 员 风 性 课 史 纪 务 政 群 支 中 内 外 的 和 代 校 费 章 旗 徽 龄 籍 日 刊 报 派 小 总 工 ' +
    '建工 建述 建引 建带 建活 建品 建阵 建经 建和 建与 建的 建等 建促 建联 建共 建示 建项 建质 建智 建信 建考 建责 建督'
  ).split(' '),
};

const HAN = /\p{Script=Han}/u;

/** Whether the text before `i` ends with a title. */
function titleBefore(text: string, i: number): boolean {
  for (let length = Math.min(LONGEST_TITLE, i); length >= 2; length--) {
    if (TITLE_SET.has(text.slice(i - length, i))) return true;
  }
  return false;
}

/** Whether the surname at `i` is followed by a name, not by a word that starts with the same character. */
function nameFollows(text: string, i: number): boolean {
  const next = text.charAt(i + 1);
  if (!HAN.test(next)) return false;
  const after = text.slice(i + 1, i + 4);
  const surname = text.charAt(i);
  if (surname === '党' && next === '建' && !HAN.test(text.charAt(i + 2))) return false;
  return !(NOT_NAMES[surname] ?? []).some((word) => after.startsWith(word));
}

/**
 * Where the rule applies in `text`: code-unit index → the surname form to write there. Surnames are
 * single BMP code units, so the indexes are the same in the converted text when its length matches.
 */
export function surnamesAfterTitles(text: string): Map<number, string> {
  const found = new Map<number, string>();
  // The surnames found by the regular expression engine: most texts have none, and a loop over every
  // character is slow in code that has not warmed up (a reader's first switch).
  SURNAME.lastIndex = 2;
  for (let match = SURNAME.exec(text); match; match = SURNAME.exec(text)) {
    const i = match.index;
    if (titleBefore(text, i) && nameFollows(text, i)) found.set(i, SURNAMES[match[0]]);
  }
  return found;
}

/** `converted` (the dictionary's output for `text`) with the surname forms the rule finds in `text`. */
export function applySurnames(text: string, converted: string): string {
  const found = surnamesAfterTitles(text);
  if (!found.size) return converted;
  if (converted.length === text.length) {
    let out = '';
    let from = 0;
    for (const [i, form] of found) {
      out += converted.slice(from, i) + form;
      from = i + 1;
    }
    return out + converted.slice(from);
  }
  // A character outside the BMP changed width: walk both by code points.
  let out = '';
  for (let i = 0, j = 0; i < text.length; ) {
    const inWidth = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const outWidth = converted.codePointAt(j)! > 0xffff ? 2 : 1;
    out += found.get(i) ?? converted.slice(j, j + outWidth);
    i += inWidth;
    j += outWidth;
  }
  return out;
}
