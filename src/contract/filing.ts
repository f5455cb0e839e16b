/**
 * The filing numbers every Chinese site must show, checked against their official formats. A number
 * that does not match is still shown, as plain text, because the page must show what it was given;
 * the contract check reports it as a warning (`filingFormat`), so `validate` names it before upload.
 */
const PROVINCES = '京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新';

/** `闽ICP备11004646号`, `京ICP备2021012345号-2`: 8 digits (older) or a year and 6 digits. */
export const ICP = new RegExp(`^[${PROVINCES}]ICP备(?:\\d{8}|\\d{10})号(?:-\\d+)?$`);
/** `闽公网安备35010202000722号`: 14 digits, which the query link carries. */
export const POLICE = new RegExp(`^[${PROVINCES}]公网安备(\\d{14})号$`);
/** 网站标识码: a 6-digit district code and 4 digits, or `bm` and 8 digits for central bodies. */
export const SITE_CODE = /^(?:\d{10}|bm\d{8})$/;
export const CONAC_ID = /^[0-9a-f]{32}$/i;

export const ICP_LINK = 'https://beian.miit.gov.cn/';

export function icpLink(icp: string): string | undefined {
  return ICP.test(icp) ? ICP_LINK : undefined;
}

export function policeLink(police: string): string | undefined {
  const code = POLICE.exec(police)?.[1];
  return code && `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}

export function isSiteCode(code: string): boolean {
  return SITE_CODE.test(code);
}

export function conacLink(id: string): string | undefined {
  return CONAC_ID.test(id) ? `https://bszs.conac.cn/sitename?method=show&id=${id}` : undefined;
}

export function jiucuoLink(siteCode: string, pageUrl: string): string {
  const link = new URL('https://zfwzgl.www.gov.cn/exposure/jiucuo.html');
  link.searchParams.set('site_code', siteCode);
  link.searchParams.set('url', pageUrl);
  return link.href;
}
