/**
 * The drop-in file (`dist/cdn/qiaolian-widgets.js`): one `<script type="module">` tag defines every
 * element. Lazy chunks sit beside it and are found relative to it, wherever it is hosted.
 */
import { QlSiteHeader } from './components/site-header/site-header.js';
import { QlSiteFooter } from './components/site-footer/site-footer.js';
import { QlArticle } from './components/article/article.js';
import { QlNewsList } from './components/news-list/news-list.js';
import { QlScriptToggle } from './components/script-toggle/script-toggle.js';
import { QlShareBar } from './components/share-bar/share-bar.js';
import { QlElderToggle } from './components/elder-toggle/elder-toggle.js';
import { defineElement } from './internal/define.js';
import { SERVER_RENDERED } from './internal/hydration.js';

function defineAll() {
  defineElement('ql-site-header', QlSiteHeader);
  defineElement('ql-site-footer', QlSiteFooter);
  defineElement('ql-article', QlArticle);
  defineElement('ql-news-list', QlNewsList);
  defineElement('ql-script-toggle', QlScriptToggle);
  defineElement('ql-share-bar', QlShareBar);
  defineElement('ql-elder-toggle', QlElderToggle);
}

// A server-rendered page is taken over rather than drawn again, so Lit must learn to hydrate before
// any element upgrades: the hydration chunk comes first. Other pages pay nothing for it. Should the
// chunk not arrive, the elements draw themselves afresh over the server's DOM.
if (document.querySelector(`[${SERVER_RENDERED}]`)) import('./hydrate.js').then(defineAll, defineAll);
else defineAll();
