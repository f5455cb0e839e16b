/**
 * npm users hydrate server-rendered markup by importing `qiaolian-widgets/hydrate.js` before the
 * elements: the elements then take over the server's DOM, node for node, instead of drawing it again.
 * (The drop-in file does the same by itself: test/prerendered.test.ts.)
 */
import '../src/hydrate.js';
import { expect, waitUntil } from '@open-wc/testing';
import { PATIENCE } from './helpers.js';

const SITE = '/node_modules/.cache/qiaolian-prerendered';

/** One element's server-rendered markup from a rendered page, parsed with its declarative shadow root. */
async function rendered(page: string, tag: string, edit = (markup: string) => markup): Promise<HTMLElement> {
  const html = await (await fetch(`${SITE}/${page}`)).text();
  // The markup as written (serializing a parsed element would leave its shadow root out).
  const markup = edit(new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`).exec(html)![0]);
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(markup);
  document.body.append(holder);
  return holder.querySelector<HTMLElement>(tag)!;
}

describe('qiaolian-widgets/hydrate.js for npm users', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((holder) => holder.remove()));

  it('takes over server-rendered elements node for node, and they work afterwards', async () => {
    const article = await rendered('index.html', 'ql-article');
    const footer = await rendered('index.html', 'ql-site-footer');
    const list = await rendered('songxi/index.html', 'ql-news-list');
    expect(article.shadowRoot, 'a declarative shadow root before any element is defined').to.not.equal(null);
    const title = article.querySelector('h1')!;
    const paragraph = article.querySelector('.ql-article__body p')!;
    const toolbar = article.shadowRoot!.querySelector('[part~="toolbar"]')!;
    const line = footer.querySelector('.ql-footer__copyright')!;
    const row = list.querySelector('.ql-news__item')!;
    const pager = list.shadowRoot!.querySelector('[part~="pager"]')!;

    await import('../src/index.js');
    await waitUntil(() => [article, footer, list].every((el) => (el as unknown as { hasUpdated: boolean }).hasUpdated), 'the elements to hydrate', PATIENCE);
    await Promise.all([article, footer, list].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));

    expect(article.querySelector('h1')).to.equal(title);
    expect(article.querySelector('.ql-article__body p')).to.equal(paragraph);
    expect(article.shadowRoot!.querySelector('[part~="toolbar"]')).to.equal(toolbar);
    expect(article.shadowRoot!.querySelectorAll('[part~="toolbar"]').length, 'not drawn a second time').to.equal(1);
    expect(footer.querySelector('.ql-footer__copyright')).to.equal(line);
    expect(list.querySelector('.ql-news__item')).to.equal(row);
    expect(list.shadowRoot!.querySelector('[part~="pager"]')).to.equal(pager);

    const large = [...toolbar.querySelectorAll('button')].find((b) => b.textContent!.trim() === '大')!;
    large.click();
    await waitUntil(() => article.getAttribute('font-size') === 'large', '字号 大 after hydration', PATIENCE);
    localStorage.removeItem('ql:font-size');
    const first = row.textContent;
    list.shadowRoot!.querySelector<HTMLAnchorElement>('a[rel="next"]')!.click();
    await waitUntil(() => list.querySelector('.ql-news__item')!.textContent !== first, 'page 2 after hydration', PATIENCE);
  });

  it('draws again, with a warning, markup another version rendered (templates that no longer match)', async () => {
    await import('../src/index.js');
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
    let footer: HTMLElement;
    try {
      // Every template digest changed, as a page rendered by another version of the library has them.
      footer = await rendered('index.html', 'ql-site-footer', (markup) => markup.replace(/<!--lit-part [^-]+-->/g, '<!--lit-part AAAAAAAAAAA=-->'));
      await waitUntil(() => (footer as unknown as { hasUpdated: boolean }).hasUpdated, 'the footer to update', PATIENCE);
      await (footer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(warned.filter((line) => line.includes('does not match this version')).length, warned.join('\n')).to.be.at.least(1);
    expect(footer.getAttribute('status')).to.equal('ready');
    expect(footer.shadowRoot!.querySelectorAll('slot[name="content"]').length, 'the shadow root drawn once').to.equal(1);
    expect(footer.querySelectorAll('.ql-footer__copyright').length, 'the lines drawn once').to.equal(1);
    expect(footer.querySelector('a[href="https://beian.miit.gov.cn/"]')).to.not.equal(null);
  });
});
