import { defineElement } from '../../internal/define.js';
import { QlSiteFooter } from './site-footer.js';

defineElement('ql-site-footer', QlSiteFooter);
export { QlSiteFooter };
