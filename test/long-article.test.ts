// A very long `bodyHtml` is sanitized in slices across tasks (the page keeps answering) and ends up
// exactly as sanitizing it in one go would, with its below-the-fold layout left to scrolling.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/article/define.js';
import type { QlArticle } from '../src/components/article/article.js';
import { sanitizedBody } from '../src/components/article/body.js';
import { resolveSafeUrl } from '../src/contract/schema.js';
import { sanitizeHtml } from '../src/internal/sanitize.js';
import { PATIENCE } from './helpers.js';

const BASE = 'https://qiao.example.org/news/1.html';

/** About 5 MB of UTF-8: varied markup, misnested and odd parts, hostile attributes and links. */
function longBody(): string {
  const parts = [
    ' \n<style>p { color: red }</style>',
    '<p>凝侨心 <b>护侨益<p>聚侨力</b> 第{i}段<a href="a.html" onclick="alert(1)">链接</a></p>',
    '<p>表格前<table><tr><td>单元格{i}<td><img src="p{i}.png" onerror="alert(1)"></table>',
    '<ul><li>一<li>二 <a href="javascript:alert(1)">坏链接</a></ul>',
    '<div style="color:red"><script>alert(1)</script><h2>小标题{i}</h2>正文文字</div>',
    '<blockquote><p>引文 <i>斜体 <u>下划线</i> 余下</u></blockquote>',
    '<svg><p>逃逸</p></svg><math><mi>x</mi></math>',
    '<figure><img src="//cdn.example.org/x{i}.jpg" alt="图{i}"><figcaption>说明</figcaption></figure>',
  ];
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_800_000; i++) {
    const part = parts[i % parts.length].replaceAll('{i}', String(i)) + '福建省侨联召开全省侨联系统工作会议。'.repeat(3);
    out.push(part);
    length += part.length;
  }
  return out.join('');
}

const serialize = (fragment: DocumentFragment) => {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
};

describe('a long bodyHtml', () => {
  const body = longBody();
  const oneShot = serialize(sanitizeHtml(body, BASE, resolveSafeUrl));

  it('is sanitized across several tasks into what one-shot sanitizing gives', async () => {
    await sanitizedBody('<p>x</p>', BASE, '图片无法显示'); // the lazy chunk is loaded: what follows is the work itself
    let tasks = 0;
    let done = false;
    const count = () => {
      if (done) return;
      tasks += 1;
      setTimeout(count);
    };
    setTimeout(count);
    const container = await sanitizedBody(body, BASE, '图片无法显示');
    done = true;
    // Sanitizing in one task would finish before the first queued task runs.
    expect(tasks).to.be.greaterThan(2);
    expect(container.innerHTML.length).to.equal(oneShot.length);
    expect(container.innerHTML === oneShot).to.be.true;
    expect(container.querySelector('script, style, svg, math, [onclick], [onerror], [style]')).to.equal(null);
    expect(container.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('is shown by the article, once, with a task running while it is prepared', async () => {
    const el = await fixture<QlArticle>(html`<ql-article></ql-article>`);
    let loads = 0;
    el.addEventListener('ql-load', () => (loads += 1));
    let midway: boolean | undefined;
    // Without pictures, which would fail to load here and be replaced by their text.
    const bodyHtml = body.replace(/<img[^>]*>/g, '');
    const expected = serialize(sanitizeHtml(bodyHtml, document.baseURI, resolveSafeUrl)); // data given directly: the page's base
    el.data = { version: 1, title: '长文', publishedAt: '2024-01-04T10:40:01+08:00', bodyHtml };
    setTimeout(() => (midway = !!el.querySelector('.ql-article__html')));
    await waitUntil(() => el.querySelector('.ql-article__html'), 'the body is shown', PATIENCE);
    expect(midway).to.equal(false);
    expect(loads).to.equal(1);
    const shown = el.querySelector('.ql-article__html')!;
    expect(shown.innerHTML === expected).to.be.true;
    // Below the fold, blocks wait for scrolling to be laid out; printing lays them all out.
    const last = shown.lastElementChild!;
    expect(getComputedStyle(last).contentVisibility).to.equal('auto');
    // Find in page still reaches text far below the fold.
    const lastHeading = [...shown.querySelectorAll('h2')].at(-1)!.textContent!;
    getSelection()?.removeAllRanges();
    expect((window as unknown as { find(text: string): boolean }).find(lastHeading)).to.be.true;
    expect(getSelection()?.anchorNode?.parentElement?.closest('h2')?.textContent).to.equal(lastHeading);
    const sheet = [...document.styleSheets, ...document.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
      .flatMap((r) => [...r.cssRules])
      .some((r) => r.cssText.includes('ql-article__long') && r.cssText.includes('content-visibility: visible'));
    expect(sheet).to.be.true;
  });

  it('leaves a short bodyHtml laid out as usual', async () => {
    const container = await sanitizedBody('<p>短文</p>', BASE, '图片无法显示');
    expect(container.classList.contains('ql-article__long')).to.be.false;
  });
});
