import { defineElement } from '../../internal/define.js';
import { QlScriptToggle } from './script-toggle.js';

defineElement('ql-script-toggle', QlScriptToggle);
export { QlScriptToggle };
