/**
 * qiaolian-widgets for npm users: importing this module defines every element. To define only some,
 * import `qiaolian-widgets/site-footer.js` and the like; to use the classes without defining
 * anything, import from `qiaolian-widgets/contract.js` and the component modules.
 */
export { QlSiteFooter } from './components/site-footer/define.js';
export { QlSiteHeader } from './components/site-header/define.js';
export * from './contract/index.js';
export type { DataStatus, QlErrorDetail, QlLoadDetail } from './internal/data-element.js';
export { VERSION } from './internal/version.js';
