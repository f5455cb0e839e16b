import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { lazy, type Lazy } from './lazy-import.js';
import { pageLang } from './page.js';

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
  welcomeAlone: '欢迎光临！',
  weekdays: '星期日 星期一 星期二 星期三 星期四 星期五 星期六',
  breadcrumb: '面包屑导航',
  skipToMain: '跳到正文',
  channelNav: '栏目导航',
  menu: '栏目',
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
  // ql-share-bar
  share: '分享',
  shareTo: '分享到',
  wechat: '微信',
  weibo: '微博',
  qzone: 'QQ空间',
  qq: 'QQ好友',
  douban: '豆瓣',
  shareEmail: '用邮件分享',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyFailed: '复制失败，请手动复制',
  wechatHint: '微信扫一扫：分享',
  wechatMenu: '请用右上角的菜单分享',
  qrFailed: '二维码无法显示',
  shareRefused: '无法分享：网址不是 http(s) 地址',
  // ql-elder-toggle
  elderMode: '长者模式',
};

export type MessageKey = keyof typeof zhHans;
export type Messages = Record<MessageKey, string>;

export type Locale = 'zh-Hans' | 'zh-Hant' | 'zh-Hant-HK' | 'en';

/**
 * Simplified Chinese ships in the drop-in file; the other tables are lazy chunks, loaded the first
 * time the page's language asks for one. Until it arrives, elements show the simplified strings.
 */
const tables: Record<Exclude<Locale, 'zh-Hans'>, Lazy<{ default: Messages }>> = {
  'zh-Hant': lazy(() => import('./locales/zh-Hant.js')),
  'zh-Hant-HK': lazy(() => import('./locales/zh-Hant-HK.js')),
  en: lazy(() => import('./locales/en.js')),
};
const loading = new Map<Locale, Promise<void>>();

function tableFor(locale: Locale): Messages {
  if (locale === 'zh-Hans') return zhHans;
  const table = tables[locale];
  if (!table.value && !loading.has(locale)) {
    const load = table().then(
      () => hosts.forEach((host) => host.requestUpdate()),
      () => {
        loading.delete(locale); // offline: keep simplified, try again on the next render
      },
    );
    loading.set(locale, load);
  }
  return table.value?.default ?? zhHans;
}

/** Resolves when every UI table the page has asked for so far has arrived. */
export async function localesReady(): Promise<void> {
  await Promise.all(loading.values());
}

/**
 * Maps a BCP 47 tag to one of our tables; `lang` is matched case-insensitively, and with `_` for `-`
 * as old CMS templates write it (`zh_TW`, `zh_CN`).
 */
export function localeOf(lang: string): Locale {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  if (tag.startsWith('en')) return 'en';
  if (/^zh-(hant-)?(hk|mo)\b/.test(tag)) return 'zh-Hant-HK';
  if (/^zh-(hant|tw)\b/.test(tag)) return 'zh-Hant';
  return 'zh-Hans';
}

export function currentLocale(): Locale {
  return localeOf(pageLang() || 'zh-Hans');
}

/** Loads the UI table of `locale` now (a server render cannot wait for it to arrive). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'zh-Hans') await tables[locale]();
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
    const text = tableFor(this.locale)[key];
    return n === undefined ? text : text.replace('{n}', String(n));
  }

  hostConnected() {
    if (isServer) return;
    hosts.add(this.host);
    tableFor(this.locale); // start fetching a non-default table before the first render needs it
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected() {
    hosts.delete(this.host);
  }
}
