/**
 * The services a site must ask for by name: share pages, icons and brand names, loaded only by bars
 * whose `sites` lists one of them. Plain data: it imports nothing, so it stays its own lazy chunk.
 * QQ好友 sits behind login walls and captchas and 豆瓣's share page is unconfirmed, so neither is
 * a default; the others serve readers overseas.
 */
export const LINKS: Record<string, string> = {
  qq: 'https://connect.qq.com/widget/shareqq/index.html url=u title=t summary=s pics=i',
  douban: 'https://www.douban.com/recommend/ url=u title=t',
  facebook: 'https://www.facebook.com/sharer/sharer.php u=u',
  x: 'https://twitter.com/intent/tweet text=t url=u',
  line: 'https://social-plugins.line.me/lineit/share url=u',
  whatsapp: 'https://api.whatsapp.com/send text=w',
  telegram: 'https://t.me/share/url url=u text=t',
  email: 'mailto: subject=t body=w',
};

/** Brand names, the same in every language; the others' names are UI strings. */
export const BRANDS: Record<string, string> = { facebook: 'Facebook', x: 'X', line: 'LINE', whatsapp: 'WhatsApp', telegram: 'Telegram' };

/** Our own line drawings on a 24×24 grid, like those in `icons.ts`. */
export const ICONS: Record<string, string> = {
  // a round figure
  qq: 'M12 3c-3.3 0-5.5 2.7-5.5 7L4 16c1 .6 2 .4 3-.5.5 2 2 3.5 5 3.5s4.5-1.5 5-3.5c1 .9 2 1.1 3 .5l-2.5-6c0-4.3-2.2-7-5.5-7z',
  // 豆: a bowl on a stand
  douban: 'M4 4h16M7 8h10v5H7zM5 20h14M9 15l1 5M15 15l-1 5',
  // f
  facebook: 'M15 3.5h-2a3.5 3.5 0 0 0-3.5 3.5v14M6 10.5h8',
  // a cross
  x: 'M5 4l14 16M19 4L5 20',
  // a chat balloon
  line: 'M12 4c5 0 9 3 9 7s-4 7-9 7l-4 2.5.5-3.3C5 16 3 13.7 3 11c0-4 4-7 9-7z',
  // a round balloon with a tail
  whatsapp: 'M4 20l1.3-4A8 8 0 1 1 8 18.7zM9 9c0 3 3 6 6 6',
  // a paper plane
  telegram: 'M21 4L3 11l6 2.5L11 20l3-4 5 3.5zM9 13.5L21 4',
  // an envelope
  email: 'M3 6h18v12H3zM3 6l9 7 9-7',
};
