// `qiaolian-widgets render` and `renderPage` from `qiaolian-widgets/ssr`: what a county without a CMS
// runs to publish its pages, and what a Node server calls. How the pages read in a browser, with and
// without JavaScript, is test/prerendered.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderPage } from '../../src/ssr/index.ts';

const render = (...args) => spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'render', ...args], { encoding: 'utf8' });

/** The markup without the embedded JSON (which holds the document as it came, as inert data). */
const markup = (html) => html.replace(/<script type="application\/json">.*?<\/script>/gs, '');

const page = (body) => `<!doctype html>
<html lang="zh-Hans">
  <head><meta charset="utf-8"><title>模板</title></head>
  <body><main id="main">${body}</main></body>
</html>`;

const article = (fields) => ({
  version: 1,
  title: '松溪县侨联召开2024年工作部署会',
  publishedAt: '2024-01-18T09:30:00+08:00',
  source: '松溪县侨联',
  body: [
    { type: 'paragraph', text: '1月18日，松溪县侨联召开工作部署会。' },
    { type: 'image', src: 'images/meeting.png', alt: '会场', caption: '会议现场' },
  ],
  ...fields,
});

/** A site folder: a page template and the JSON files beside it. */
function site(files) {
  const dir = mkdtempSync(join(tmpdir(), 'ql-render-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

test('renderPage: the article as a declarative shadow root, its title and body in light DOM, its data embedded', async () => {
  const dir = site({ 'a.json': article({ id: 'sx-1' }) });
  const { html, errors, warnings } = await renderPage(page('<ql-article src="a.json"></ql-article>'), {
    baseDir: dir,
    baseUrl: 'https://songxi.example.org/news/sx-1.html',
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(warnings, []);
  assert.match(html, /<ql-article status="ready"[^>]* data-ql-rendered><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<h1 class="ql-article__title"><!--lit-part-->松溪县侨联召开2024年工作部署会<!--\/lit-part--><\/h1>/);
  assert.match(html, /<img class="ql-article__image" src="images\/meeting.png" alt="会场"/);
  assert.match(html, /<figcaption>.*会议现场/s);
  assert.match(html, /<time datetime="2024-01-18T09:30:00\+08:00">/);
  const embedded = JSON.parse(/<script type="application\/json">(.*?)<\/script>/s.exec(html)[1]);
  assert.equal(embedded.title, '松溪县侨联召开2024年工作部署会');
  assert.equal(embedded.body[1].src, 'images/meeting.png', 'addresses relative to the page again');
  assert.doesNotMatch(html, /<ql-article[^>]*\ssrc=/, 'the data is embedded: no second fetch');
  assert.match(html, /<title>松溪县侨联召开2024年工作部署会<\/title>/);
  assert.equal(html.match(/<title>/g).length, 1);
  assert.match(html, /<link rel="canonical" href="https:\/\/songxi.example.org\/news\/sx-1.html">/);
  assert.match(html, /<meta property="og:image" content="https:\/\/songxi.example.org\/news\/images\/meeting.png">/);
  assert.match(html, /<style data-ql-document>/);
});

test('renderPage: text that looks like markup stays text, and the embedded JSON cannot end its script', async () => {
  const title = '</script><script>alert(1)</script><!--';
  const dir = site({ 'a.json': article({ title }) });
  const { html } = await renderPage(page('<ql-article src="a.json"></ql-article>'), { baseDir: dir });
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;!--/);
  const scripts = html.match(/<script type="application\/json">.*?<\/script>/gs);
  assert.equal(scripts.length, 1);
  assert.equal(JSON.parse(scripts[0].slice(scripts[0].indexOf('>') + 1, -'</script>'.length)).title, title);
});

test('renderPage: a bodyHtml article is sanitized on the server by the same rules as in the browser', async () => {
  const dir = site({ 'a.json': article({ body: undefined, bodyHtml: '<p onclick="x()">正文<img src="javascript:alert(1)" alt="图"></p><script>alert(2)</script>' }) });
  const { html, errors } = await renderPage(page('<ql-article src="a.json"></ql-article>'), { baseDir: dir });
  assert.deepEqual(errors, []);
  assert.match(html, /<div class="ql-article__html"><p>正文<span class="ql-article__image-missing"><span class="ql-article__image-alt">图<\/span><\/span><\/p><\/div>/);
  assert.doesNotMatch(markup(html), /onclick|alert\(2\)|javascript:/);
});

test('renderPage: every state as the browser shows it: empty, and an error naming the field in the reader\'s language', async () => {
  const dir = site({
    'empty.json': { version: 1, site: { name: '松溪县侨联' }, channel: { id: 'qldt', name: '侨联动态' }, items: [] },
    'bad.json': article({ title: '' }),
  });
  const empty = await renderPage(page('<ql-news-list src="empty.json"></ql-news-list>'), { baseDir: dir });
  assert.deepEqual(empty.errors, []);
  assert.match(empty.html, /<ql-news-list status="empty"/);
  assert.match(empty.html, /part="empty">.*暂无信息/s);
  const bad = await renderPage(page('<ql-article src="bad.json"></ql-article>'), { baseDir: dir });
  assert.equal(bad.errors.length, 1);
  assert.equal(bad.errors[0].path, 'title');
  assert.equal(bad.errors[0].file, join(dir, 'bad.json'));
  assert.match(bad.html, /<ql-article[^>]* status="error"/);
  assert.match(bad.html, /role="alert">.*数据格式有误：title 不能为空/s);
  const traditional = await renderPage(page('<ql-article src="bad.json"></ql-article>').replace('zh-Hans', 'zh-Hant'), { baseDir: dir });
  assert.match(traditional.html, /role="alert">.*資料/s);
});

test('renderPage: the header greets without a date, which only the reader\'s browser knows', async () => {
  const { html } = await renderPage(page('<ql-site-header src="../../demo/data/site.json" channel="qjyw"></ql-site-header>'), {
    baseDir: join(process.cwd(), 'test', 'node'),
  });
  assert.match(html, /<p class="greeting" part="greeting"><!--lit-part-->欢迎光临！<!--\/lit-part--><\/p>/);
  assert.doesNotMatch(html, /今天是/);
  assert.match(html, /aria-current="page"[^>]*>.*侨界要闻/s);
});

test('render: one page per article with --each, images copied, sitemap and robots.txt with --base-url', () => {
  const dir = site({
    'article.html': page('<ql-article src="placeholder.json"></ql-article>'),
    'data/articles/one.json': article({ id: 'sx-2024-0118' }),
    'data/articles/two.json': article({ title: '县侨联开展新春走访慰问活动' }),
    'data/articles/images/meeting.png': 'png',
  });
  const out = join(dir, 'out');
  const run = render(join(dir, 'article.html'), '--each', join(dir, 'data/articles/*.json'), '--out', out, '--base-url', 'https://songxi.example.org/');
  assert.equal(run.status, 0, run.stderr);
  assert.match(readFileSync(join(out, 'sx-2024-0118.html'), 'utf8'), /<h1 class="ql-article__title"><!--lit-part-->松溪县侨联召开2024年工作部署会/);
  assert.match(readFileSync(join(out, 'two.html'), 'utf8'), /县侨联开展新春走访慰问活动/);
  assert.ok(existsSync(join(out, 'data/articles/images/meeting.png')), 'the picture is copied beside the pages that show it');
  const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
  assert.match(sitemap, /<loc>https:\/\/songxi.example.org\/sx-2024-0118.html<\/loc>/);
  assert.match(sitemap, /<loc>https:\/\/songxi.example.org\/two.html<\/loc>/);
  assert.match(readFileSync(join(out, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/songxi.example.org\/sitemap.xml/);
});

test('render: a list longer than a page is written one file per page, linked by the pager', () => {
  const items = Array.from({ length: 25 }, (_, i) => ({
    title: `第${i + 1}条`,
    url: `a${i + 1}.html`,
    publishedAt: `2024-01-${String(28 - i).padStart(2, '0')}T09:00:00+08:00`,
  }));
  const dir = site({
    'news.html': page('<ql-news-list src="feed.json"></ql-news-list>'),
    'feed.json': { version: 1, site: { name: '松溪县侨联' }, channel: { id: 'qldt', name: '侨联动态' }, items },
  });
  const out = join(dir, 'out');
  const run = render(join(dir, 'news.html'), '--out', out);
  assert.equal(run.status, 0, run.stderr);
  const first = markup(readFileSync(join(out, 'news.html'), 'utf8'));
  const second = markup(readFileSync(join(out, 'news-2.html'), 'utf8'));
  assert.match(first, /<a href="news-2.html" rel="next"/);
  assert.match(second, /<a href="news.html" rel="prev"/);
  assert.match(first, /第1条/);
  assert.doesNotMatch(first, /第21条/);
  assert.match(second, /第21条/);
  assert.ok(!existsSync(join(out, 'news-3.html')));
});

test('render: an invalid document fails the command with the page, the file and the path, and writes nothing', () => {
  const dir = site({
    'index.html': page('<ql-article src="a.json"></ql-article>'),
    'a.json': article({ title: '' }),
  });
  const out = join(dir, 'out');
  const run = render(join(dir, 'index.html'), '--out', out);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /index\.html: <ql-article> .*a\.json: .*title/);
  assert.ok(!existsSync(join(out, 'index.html')));
});

test('render: wrong usage exits 2 and says what is wrong', () => {
  const run = render('index.html');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--out DIR is required/);
});
