/**
 * What each field of the contract means, for the published JSON Schema files (editors show these
 * while a webmaster types a data file). Keys are paths: `items[]` for any entry of an array. The
 * runtime check does not need prose, so the drop-in file does not carry it.
 */
export const fieldDocs: Record<'site' | 'feed' | 'article', Record<string, string>> = {
  site: {
    '': 'One site of a federation (侨联): its name, organisation, channels, contact and filing numbers.',
    version: 'Contract version; this library reads 1.',
    name: 'Short name shown in breadcrumbs and source prefixes, e.g. 南平市侨联.',
    organization: '主办单位 / 版权所有, e.g. 南平市归国华侨联合会.',
    url: 'Home page; relative URLs resolve against this file.',
    logo: 'Logo image with its text alternative.',
    channels: 'The channels (栏目) of the site; `id` is what ql-site-header\'s `channel` attribute names.',
    contact: 'Contact line of the footer: 地址, 邮编, 电话, 邮箱.',
    'contact.email': '邮箱: an email address, linked with mailto:.',
    filing: 'Filing numbers and government-platform marks shown in the footer.',
    'filing.icp': 'ICP备案编号, e.g. 闽ICP备11004646号 (8 digits, or a year and 6 digits; optional -n suffix). Linked to beian.miit.gov.cn.',
    'filing.police': '公安机关备案号, e.g. 闽公网安备35010202000722号 (14 digits). Linked to the 公安 filing query.',
    'filing.siteCode': '网站标识码, government platforms only: 6-digit district code and 4 digits, or bm and 8 digits.',
    'filing.conacId': 'Id (32 hex digits) of the 党政机关网站标识 badge.',
    'filing.conacKind': 'party: 党政机关 (red badge); institution: 事业单位 (blue badge).',
    'filing.jiucuo': 'Show the 我为政府网站找错 link; needs siteCode.',
    links: 'Links row of the footer (友情链接).',
    slogan: 'The footer\'s line, e.g. 涉密不上网 上网不涉密.',
    tagline: 'The banner\'s line under the site name, e.g. 凝侨心 护侨益 聚侨力.',
    breadcrumb: 'How the breadcrumb reads: leading label (您当前的位置：) and separator (>>).',
    techSupport: '技术支持 line of the footer.',
    script: 'How the 简/繁 toggle converts this site.',
    'script.phrases':
      'The site\'s own phrases, simplified → traditional, used on top of the dictionary in every variant: place abbreviations such as {"赴松": "赴松", "来松": "來松"} (松 = 松溪县, not 鬆). Both sides Han text of the same length; a bad entry is left out with a warning.',
  },
  feed: {
    '': "One page of one channel's article list.",
    version: 'Contract version; this library reads 1.',
    site: 'The site whose feed this is; its name prefixes rows on a merged list.',
    channel: 'The channel (栏目) of the list.',
    items: 'The articles, any order; shown newest first.',
    'items[].title': 'Article title.',
    'items[].url': 'Article page; relative URLs resolve against this file.',
    'items[].publishedAt': 'ISO 8601 date-time with offset, e.g. 2024-01-04T10:40:01+08:00.',
    'items[].source': '来源 of the article.',
    'items[].thumbnail': 'Picture for the photo-list variant (图片新闻).',
    'items[].pinned': 'Shown first, marked 【置顶】.',
    'items[].site': 'The site the article comes from, on a merged feed (qiaolian-widgets aggregate); the list prefixes the row with its name.',
    page: 'Where this file sits among the pages of the channel.',
    'page.next': 'The next page file of this feed, fetched when the reader pages past this one.',
    'page.prev': 'The previous page file of this feed.',
  },
  article: {
    '': 'One news article.',
    version: 'Contract version; this library reads 1.',
    title: 'Title.',
    subtitle: 'Subtitle (副标题).',
    publishedAt: '发布时间: ISO 8601 date-time with offset, e.g. 2024-01-04T10:40:01+08:00.',
    author: '作者.',
    source: '来源, e.g. 本站原创.',
    editor: '责任编辑.',
    views: '浏览次数, when known when the file is written.',
    viewsUrl: 'URL that answers GET with {"views": n}; a failure hides the count.',
    summary: 'One-paragraph summary; the description meta tag and share text.',
    body: 'The body as blocks: paragraph, heading, image, list, quote. Either body or bodyHtml is required.',
    'body[].credit': 'Picture credit, e.g. 新华社记者 张锰 摄.',
    bodyHtml: "A CMS's HTML export; sanitized before it is shown (no scripts, styles, frames or forms).",
    attachments: 'Files attached to the article (附件).',
    prev: '上一篇.',
    next: '下一篇.',
    related: '相关文章.',
  },
};

/**
 * The rules of the runtime check that JSON Schema cannot express, so the published schemas leave
 * them out: an editor may accept a file the check refuses for these reasons only. The data contract
 * docs list them, and the schema/check agreement test excuses exactly these, by name.
 */
export const rulesBeyondSchema: readonly { name: string; rule: string }[] = [
  {
    name: 'url-parses',
    rule:
      'A URL must parse by the WHATWG URL Standard once resolved against the address of the file that holds it ' +
      '(host names, IP addresses, ports). The schema checks only that it is not blank and that its scheme, if it has one, is http or https.',
  },
];
