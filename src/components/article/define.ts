import { defineElement } from '../../internal/define.js';
import { QlArticle } from './article.js';

defineElement('ql-article', QlArticle);
export { QlArticle };
