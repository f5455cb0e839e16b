import { expect, fixture, html } from '@open-wc/testing';

// The cloak stylesheet as a page links it, before any element is defined. This file never imports an
// element: every `ql-*` tag here stays undefined unless a test defines it.
before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/src/styles/cloak.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
});

/** Whether the reader can see the element: laid out and not `visibility: hidden`. */
const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });

async function until(check: () => boolean, limit: number): Promise<number> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > limit) throw new Error(`not within ${limit} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - start;
}

describe('the cloak stylesheet', () => {
  it('keeps the fallback a CMS printed visible and hides inline JSON and placed chrome', async () => {
    const page = await fixture(html`<div>
      <ql-site-header src="/demo/data/site.json">
        <nav slot="tools"><a href="/">站点导航</a></nav>
        <p id="crumb">南平市侨联&gt;&gt; 侨界要闻</p>
      </ql-site-header>
      <ql-article>
        <h1 slot="title" id="title">标题</h1>
        <p id="body">正文</p>
        <span slot="share" id="share">分享</span>
      </ql-article>
      <ql-news-list><script type="application/json" id="json">[{ "src": "a.json" }]</script></ql-news-list>
      <ql-script-toggle id="toggle"><button>简/繁</button></ql-script-toggle>
    </div>`);
    const $ = (selector: string) => page.querySelector(selector)!;
    expect(shown($('#crumb')), 'server-rendered breadcrumb').to.be.true;
    expect(shown($('#title')), 'CMS-printed title').to.be.true;
    expect(shown($('#body')), 'CMS-printed body').to.be.true;
    expect(shown($('nav[slot=tools]')), 'header tools').to.be.false;
    expect(shown($('#share')), 'share slot').to.be.false;
    expect(shown($('#json')), 'inline JSON').to.be.false;
    expect(shown($('#toggle button')), 'script toggle').to.be.false;
  });

  it('hides inline JSON even where the site shows script elements', async () => {
    const page = await fixture(html`<div>
      <style>
        script { display: block; }
      </style>
      <ql-site-footer><script type="application/json" id="json">{ "version": 1 }</script><p id="fallback">版权所有</p></ql-site-footer>
    </div>`);
    expect(shown(page.querySelector('#json')!)).to.be.false;
    expect(shown(page.querySelector('#fallback')!)).to.be.true;
  });

  it('with the ql-cloak class, hides a whole element, or a container holding an undefined element', async () => {
    const page = await fixture(html`<div>
      <ql-article class="ql-cloak" id="whole"><p id="inside">正文</p></ql-article>
      <section class="ql-cloak" id="container"><ql-site-footer></ql-site-footer></section>
      <section class="ql-cloak" id="plain"><p>没有组件</p></section>
    </div>`);
    expect(shown(page.querySelector('#whole')!)).to.be.false;
    expect(shown(page.querySelector('#inside')!)).to.be.false;
    expect(shown(page.querySelector('#container')!)).to.be.false;
    expect(shown(page.querySelector('#plain')!), 'a container with nothing to wait for').to.be.true;
  });

  it('never hides anything for more than one second, even when the element is never defined', async () => {
    const page = await fixture(html`<div>
      <ql-never-defined class="ql-cloak" id="fake">永不定义</ql-never-defined>
      <ql-site-header><nav slot="tools" id="tools"><a href="/">导航</a></nav></ql-site-header>
      <section class="ql-cloak" id="container"><ql-news-list></ql-news-list></section>
    </div>`);
    const cloaked = ['#fake', '#tools', '#container'].map((selector) => page.querySelector(selector)!);
    const start = performance.now();
    expect(cloaked.map(shown)).to.deep.equal([false, false, false]);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(cloaked.map(shown), 'still cloaked before one second').to.deep.equal([false, false, false]);
    await until(() => cloaked.every(shown), 1000);
    const elapsed = performance.now() - start;
    expect(elapsed).to.be.within(950, 1600);
  });

  it('holds a screen\'s height for an article loading from src, so the footer does not jump', async () => {
    const page = await fixture(html`<div>
      <ql-article src="/demo/data/article-songxi-three-chapters.json" id="loading"></ql-article>
      <ql-article id="inline"><p>正文</p></ql-article>
    </div>`);
    expect((page.querySelector('#loading') as HTMLElement).offsetHeight).to.be.at.least(window.innerHeight);
    expect((page.querySelector('#inline') as HTMLElement).offsetHeight).to.be.below(window.innerHeight / 2);
  });

  it('lifts at once when the element is defined', async () => {
    const page = await fixture(html`<div>
      <ql-late-element class="ql-cloak" id="late">稍后定义</ql-late-element>
      <section class="ql-cloak" id="container"><ql-share-bar></ql-share-bar></section>
    </div>`);
    const late = page.querySelector('#late')!;
    const container = page.querySelector('#container')!;
    expect(shown(late)).to.be.false;
    expect(shown(container)).to.be.false;
    customElements.define('ql-late-element', class extends HTMLElement {});
    customElements.define('ql-share-bar', class extends HTMLElement {});
    const took = await until(() => shown(late) && shown(container), 500);
    expect(took).to.be.below(500);
  });
});
