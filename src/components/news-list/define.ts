import { defineElement } from '../../internal/define.js';
import { QlNewsList } from './news-list.js';

defineElement('ql-news-list', QlNewsList);
export { QlNewsList };
export type { QlPageChangeDetail } from './news-list.js';
