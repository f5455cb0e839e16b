/**
 * Our own line drawings on a 24×24 grid, stroked in the button's text colour: shapes that hint at
 * each service rather than copies of its logo. The opt-in services' icons are in `opt-in-targets.ts`.
 */
export const ICONS: Record<string, string> = {
  // two speech bubbles
  wechat: 'M16 9A7 6 0 1 0 5 14l-1 3 3-1.5M22 15a5.5 4.5 0 1 0-2.5 3.8l2 1.2-.4-2.2z',
  // an eye under a swoosh
  weibo: 'M3 15c0-4 5-7 9-7s6 2 6 5-4 7-8 7-7-2-7-5zM10 14h.01M15 4a5 5 0 0 1 5 5',
  // a star
  qzone: 'M12 3l2.6 5.6 6 .7-4.5 4 1.2 6-5.3-3-5.3 3 1.2-6-4.5-4 6-.7z',
  // two sheets
  copy: 'M8 8h12v12H8zM16 8V4H4v12h4',
  // an arrow leaving a tray
  native: 'M12 15V3M7 8l5-5 5 5M5 13v7h14v-7',
};
