import { defineElement } from '../../internal/define.js';
import { QlShareBar } from './share-bar.js';

defineElement('ql-share-bar', QlShareBar);
export { QlShareBar };
export type { QlShareDetail } from './share-bar.js';
