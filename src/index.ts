/**
 * qiaolian-widgets for npm users: importing this module defines every element. To define only some,
 * import `qiaolian-widgets/article.js` and the like.
 */
export { QlSiteHeader } from './components/site-header/define.js';
export { QlSiteFooter } from './components/site-footer/define.js';
export { QlArticle } from './components/article/define.js';
export { QlNewsList } from './components/news-list/define.js';
export type { QlPageChangeDetail } from './components/news-list/define.js';
export { QlScriptToggle } from './components/script-toggle/define.js';
export type { QlScriptChangeDetail } from './components/script-toggle/script-toggle.js';
export { QlShareBar } from './components/share-bar/define.js';
export { QlElderToggle } from './components/elder-toggle/define.js';
export type { QlShareDetail } from './components/share-bar/share-bar.js';
export * from './contract/index.js';
export type { DataStatus, QlErrorDetail, QlLoadDetail, QlProblem } from './internal/data-element.js';
export { VERSION } from './internal/version.js';
