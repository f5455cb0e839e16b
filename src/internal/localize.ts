import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The UI strings of every element, in simplified Chinese (the default), traditional Chinese and
 * English, chosen by `<html lang>` and followed live when that attribute changes (the script toggle
 * changes it). Content from the data is never translated here.
 */
const zhHans = {
  loading: '正在加载…',
  empty: '暂无信息',
  retry: '重试',
  errorLoad: '数据加载失败',
  errorData: '数据格式有误',
  errorTimeout: '请求超时',
  errorNetwork: '网络错误',
  errorHttp: '服务器返回',
  errorParse: '不是有效的 JSON',
  welcome: '欢迎光临！今天是',
  weekdays: '星期日 星期一 星期二 星期三 星期四 星期五 星期六',
  breadcrumb: '面包屑导航',
  home: '首页',
  copyright: '版权所有',
  address: '地址',
  postcode: '邮编',
  phone: '电话',
  email: '邮箱',
  icp: '备案证号',
  siteCode: '网站标识码',
  conacParty: '党政机关',
  conacInstitution: '事业单位',
  jiucuo: '我为政府网站找错',
  techSupport: '技术支持',
  footerLinks: '友情链接',
  newWindow: '（在新窗口打开）',
  // ql-article
  pageUrl: '本文网址',
  publishedAt: '发布时间',
  author: '作者',
  source: '来源',
  views: '浏览次数',
  editor: '责任编辑',
  fontSize: '字号',
  fontLarge: '大',
  fontMedium: '中',
  fontSmall: '小',
  print: '打印',
  close: '关闭',
  attachments: '附件',
  prevArticle: '上一篇',
  nextArticle: '下一篇',
  related: '相关文章',
  articleTools: '文章工具',
  imageUnavailable: '图片暂时无法显示',
  // ql-news-list
  pinned: '置顶',
  newItem: '新',
  firstPage: '首页',
  prevPage: '上一页',
  nextPage: '下一页',
  lastPage: '尾页',
  totalItems: '共{n}条',
  totalPages: '共{n}页',
  pageN: '第{n}页',
  pagination: '分页',
  feedsFailed: '以下站点的信息暂时无法加载：',
};

export type MessageKey = keyof typeof zhHans;
type Messages = Record<MessageKey, string>;

const zhHant: Messages = {
  ...zhHans,
  loading: '正在載入…',
  empty: '暫無資訊',
  retry: '重試',
  errorLoad: '資料載入失敗',
  errorData: '資料格式有誤',
  errorTimeout: '請求逾時',
  errorNetwork: '網路錯誤',
  errorHttp: '伺服器回應',
  errorParse: '不是有效的 JSON',
  welcome: '歡迎光臨！今天是',
  breadcrumb: '導覽路徑',
  home: '首頁',
  copyright: '版權所有',
  address: '地址',
  postcode: '郵遞區號',
  phone: '電話',
  email: '電子郵件',
  icp: '備案證號',
  siteCode: '網站標識碼',
  conacParty: '黨政機關',
  conacInstitution: '事業單位',
  jiucuo: '我為政府網站找錯',
  techSupport: '技術支援',
  footerLinks: '友情連結',
  newWindow: '（在新視窗開啟）',
  // ql-article
  pageUrl: '本文網址',
  publishedAt: '發布時間',
  author: '作者',
  source: '來源',
  views: '瀏覽次數',
  editor: '責任編輯',
  fontSize: '字號',
  fontLarge: '大',
  fontMedium: '中',
  fontSmall: '小',
  print: '列印',
  close: '關閉',
  attachments: '附件',
  prevArticle: '上一篇',
  nextArticle: '下一篇',
  related: '相關文章',
  articleTools: '文章工具',
  imageUnavailable: '圖片暫時無法顯示',
  // ql-news-list
  pinned: '置頂',
  newItem: '新',
  firstPage: '首頁',
  prevPage: '上一頁',
  nextPage: '下一頁',
  lastPage: '尾頁',
  totalItems: '共{n}條',
  totalPages: '共{n}頁',
  pageN: '第{n}頁',
  pagination: '分頁',
  feedsFailed: '以下網站的資訊暫時無法載入：',
};

const zhHantHK: Messages = {
  ...zhHant,
  postcode: '郵政編碼',
  errorNetwork: '網絡錯誤',
};

const en: Messages = {
  loading: 'Loading…',
  empty: 'Nothing here yet',
  retry: 'Retry',
  errorLoad: 'Could not load the data',
  errorData: 'The data is not valid',
  errorTimeout: 'the request timed out',
  errorNetwork: 'network error',
  errorHttp: 'the server answered',
  errorParse: 'not valid JSON',
  welcome: 'Welcome! Today is',
  weekdays: 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  copyright: 'Copyright',
  address: 'Address',
  postcode: 'Postcode',
  phone: 'Tel',
  email: 'Email',
  icp: 'ICP filing',
  siteCode: 'Site code',
  conacParty: 'Party and government body',
  conacInstitution: 'Public institution',
  jiucuo: 'Report an error on this government site',
  techSupport: 'Technical support',
  footerLinks: 'Links',
  newWindow: ' (opens in a new window)',
  // ql-article
  pageUrl: 'Address of this page',
  publishedAt: 'Published',
  author: 'Author',
  source: 'Source',
  views: 'Views',
  editor: 'Editor',
  fontSize: 'Text size',
  fontLarge: 'Large',
  fontMedium: 'Medium',
  fontSmall: 'Small',
  print: 'Print',
  close: 'Close',
  attachments: 'Attachments',
  prevArticle: 'Previous',
  nextArticle: 'Next',
  related: 'Related articles',
  articleTools: 'Article tools',
  imageUnavailable: 'Image unavailable',
  // ql-news-list
  pinned: 'Pinned',
  newItem: 'New',
  firstPage: 'First',
  prevPage: 'Previous',
  nextPage: 'Next',
  lastPage: 'Last',
  totalItems: '{n} items',
  totalPages: '{n} pages',
  pageN: 'Page {n}',
  pagination: 'Pagination',
  feedsFailed: 'Could not load the news of:',
};

export type Locale = 'zh-Hans' | 'zh-Hant' | 'zh-Hant-HK' | 'en';
const tables: Record<Locale, Messages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, 'zh-Hant-HK': zhHantHK, en };

/** Maps a BCP 47 tag to one of our tables; `lang` is matched case-insensitively. */
export function localeOf(lang: string): Locale {
  const tag = lang.toLowerCase();
  if (tag.startsWith('en')) return 'en';
  if (/^zh-(hant-)?(hk|mo)\b/.test(tag)) return 'zh-Hant-HK';
  if (/^zh-(hant|tw)\b/.test(tag)) return 'zh-Hant';
  return 'zh-Hans';
}

export function currentLocale(): Locale {
  return localeOf(document.documentElement.lang || 'zh-Hans');
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** Gives an element `msg()` in the page's language and re-renders it when `<html lang>` changes. */
export class LocalizeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get locale(): Locale {
    return currentLocale();
  }

  /** The string for `key`; `{n}` in it is replaced by `n`. */
  msg(key: MessageKey, n?: number): string {
    const text = tables[this.locale][key];
    return n === undefined ? text : text.replace('{n}', String(n));
  }

  hostConnected() {
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected() {
    hosts.delete(this.host);
  }
}
