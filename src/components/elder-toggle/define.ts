import { defineElement } from '../../internal/define.js';
import { QlElderToggle } from './elder-toggle.js';

defineElement('ql-elder-toggle', QlElderToggle);
export { QlElderToggle };
