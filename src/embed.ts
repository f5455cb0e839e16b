/**
 * The drop-in file (`dist/cdn/qiaolian-widgets.js`): one `<script type="module">` tag defines every
 * element. Lazy chunks sit beside it and are found relative to it, wherever it is hosted.
 */
import './components/site-header/define.js';
import './components/site-footer/define.js';
import './components/article/define.js';
import './components/news-list/define.js';
import './components/script-toggle/define.js';
import './components/share-bar/define.js';
import './components/elder-toggle/define.js';
