import { expect, fixture, fixtureSync, html } from '@open-wc/testing';

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

/** The cloak's own animation on an element: `ql-reveal`, which shows it again after its delay. */
const reveal = (el: Element) => el.getAnimations().find((a) => (a as CSSAnimation).animationName === 'ql-reveal') as CSSAnimation | undefined;

/**
 * Renders in this task and holds every one-second reveal still: what the cloak hides is checked apart
 * from the reveal, which a busy machine could otherwise reach before the first check.
 */
function cloakedPage(template: ReturnType<typeof html>): HTMLElement {
  const page = fixtureSync<HTMLElement>(template);
  for (const animation of document.getAnimations()) if ((animation as CSSAnimation).animationName === 'ql-reveal') animation.pause();
  return page;
}

describe('the cloak stylesheet', () => {
  it('keeps the fallback a CMS printed visible and hides inline JSON and placed chrome', async () => {
    const page = cloakedPage(html`<div>
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
    const page = cloakedPage(html`<div>
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
    const reveals = cloaked.map(reveal);
    expect(reveals.map((a) => a?.effect?.getTiming().delay), 'each waits one second, then shows').to.deep.equal([1000, 1000, 1000]);
    // Where the delay is not over yet, still hidden; the timeline, not a sleep, says where we are.
    for (const [i, animation] of reveals.entries()) {
      if ((animation!.currentTime as number) < 1000) expect(shown(cloaked[i]), `${i}: before one second`).to.be.false;
    }
    await Promise.all(reveals.map((a) => a!.finished));
    expect(cloaked.map(shown), 'shown after one second, though never defined').to.deep.equal([true, true, true]);
    // A lower bound only: the reveal really waited its second on the page's timeline.
    // (Times are doubles: 1000 ms may come out as 999.9999999999999, so compare to the microsecond.)
    for (const animation of reveals) expect((document.timeline.currentTime as number) - (animation!.startTime as number)).to.be.at.least(1000 - 1e-3);
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
    const page = cloakedPage(html`<div>
      <ql-late-element class="ql-cloak" id="late">稍后定义</ql-late-element>
      <section class="ql-cloak" id="container"><ql-share-bar></ql-share-bar></section>
    </div>`);
    const late = page.querySelector('#late')!;
    const container = page.querySelector('#container')!;
    expect(shown(late)).to.be.false;
    expect(shown(container)).to.be.false;
    customElements.define('ql-late-element', class extends HTMLElement {});
    customElements.define('ql-share-bar', class extends HTMLElement {});
    // At once: the next style computation (checkVisibility runs one) shows them; the reveal is held still.
    expect(shown(late), 'the element').to.be.true;
    expect(shown(container), 'the container').to.be.true;
  });
});
