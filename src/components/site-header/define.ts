import { defineElement } from '../../internal/define.js';
import { QlSiteHeader } from './site-header.js';

defineElement('ql-site-header', QlSiteHeader);
export { QlSiteHeader };
