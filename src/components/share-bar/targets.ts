/** What a share carries. `url` is always http(s); `image` is http(s) or empty. */
export interface ShareInfo {
  url: string;
  title: string;
  summary: string;
  image: string;
}

/**
 * A service's share page, written as its address and then its parameters as `name=field`, where the
 * field is u (url), t (title), s (summary), i (image) or w (title and url as one text, for services
 * that take a single message). An empty field leaves its parameter out.
 */
export type LinkSpec = string;

/** The share pages of the default services; the opt-in ones are in `opt-in-targets.ts`. */
export const LINKS: Record<string, LinkSpec> = {
  weibo: 'https://service.weibo.com/share/share.php url=u title=t pic=i',
  qzone: 'https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey url=u title=t summary=s pics=i',
};

/**
 * Every name `sites` accepts. Dead services (腾讯微博, 人人, 点点, Google+, JiaThis, 百度分享,
 * AddThis) are not among them, so a page still listing one gets a warning instead of a dead button.
 */
export const SITES = 'wechat weibo qzone copy native qq douban facebook x line whatsapp telegram email'.split(' ');

export type Site = string;

/** The address of a service's share page for `info`, every value set through `URLSearchParams`. */
export function shareLink(spec: LinkSpec, info: ShareInfo): string {
  const [page, ...params] = spec.split(' ');
  const fields: Record<string, string> = { u: info.url, t: info.title, s: info.summary, i: info.image, w: `${info.title} ${info.url}`.trim() };
  const url = new URL(page);
  for (const param of params) {
    const [name, field] = param.split('=');
    if (fields[field]) url.searchParams.set(name, fields[field]);
  }
  // Mail programs read `+` literally; RFC 6068 wants spaces as %20 (a real + is already %2B).
  return url.protocol === 'mailto:' ? url.href.replace(/\+/g, '%20') : url.href;
}
