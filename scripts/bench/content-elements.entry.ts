// The drop-in with the header, the footer, the article and the news list, the set the 24 KB budget
// was first set for (Lit included).
import '../../src/components/site-header/define.js';
import '../../src/components/site-footer/define.js';
import '../../src/components/article/define.js';
import '../../src/components/news-list/define.js';
