import { expect, waitUntil } from '@open-wc/testing';
import { PATIENCE } from './helpers.js';

/** Opens a page in a frame and collects what it throws and warns while it loads. */
async function openPage(src: string) {
  const frame = document.createElement('iframe');
  frame.title = 'drop-in page';
  const errors: string[] = [];
  const warnings: string[] = [];
  frame.addEventListener('load', () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    win.addEventListener('error', (event) => errors.push(event.message));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  });
  const navigated = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await navigated;
  const win = frame.contentWindow as Window & typeof globalThis;
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.join(' '));
    warn(...args);
  };
  return { frame, doc: frame.contentDocument!, errors, warnings };
}

describe('the drop-in file', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is one self-contained file: it imports no other file at start-up', async () => {
    const code = await (await fetch('/dist/cdn/qiaolian-widgets.js')).text();
    // Static imports are `import … from"…"` or `import"…"`; dynamic ones, `import(`, are the lazy chunks.
    expect(code.match(/\bimport\s*(?:[\w{},*\s]+from\s*)?["'`]/g)).to.equal(null);
    expect(code).to.match(/import\(/, 'the lazy chunks are still loaded on demand');
  });

  it('shows the footer with both official links on a page holding only the script tag and the elements', async () => {
    const { doc, errors } = await openPage('/test/fixtures/drop-in.html');
    await waitUntil(() => !!doc.querySelector('ql-site-footer a[href="https://beian.miit.gov.cn/"]'), 'the footer', PATIENCE);
    const footer = doc.querySelector('ql-site-footer')!;
    expect(footer.textContent).to.contain('版权所有：南平市归国华侨联合会');
    expect(footer.querySelector('a[href="https://beian.miit.gov.cn/"]')!.textContent).to.contain('闽ICP备11004646号');
    expect(footer.querySelector('a[href="https://beian.mps.gov.cn/#/query/webSearch?code=35010202000722"]')).to.exist;
    const header = doc.querySelector('ql-site-header')!;
    await waitUntil(() => header.getAttribute('status') === 'ready', 'the header', PATIENCE);
    expect(header.shadowRoot!.textContent).to.contain('欢迎光临！今天是').and.contain('侨界要闻');
    expect(doc.getElementById('page-text')!.textContent, 'the rest of the page is untouched').to.equal('本页其余内容');
    expect(errors).to.deep.equal([]);
  });

  it('fetches the words for data problems only when a document is invalid, and then shows them', async () => {
    const code = await (await fetch('/dist/cdn/qiaolian-widgets.js')).text();
    expect(code, 'the words are not in the drop-in file').to.not.contain('缺少必填字段');
    const { doc, errors } = await openPage('/test/fixtures/drop-in.html');
    const footer = doc.querySelector<HTMLElement & { data: unknown }>('ql-site-footer')!;
    await waitUntil(() => footer.getAttribute('status') === 'ready', 'the footer', PATIENCE);
    const fetched = () =>
      doc.defaultView!.performance.getEntriesByType('resource').some((entry) => /\/chunks\/problem-text-[\w-]+\.js$/.test(entry.name));
    expect(fetched(), 'fetched for valid data').to.be.false;
    footer.data = { version: 1, name: '南平市侨联' };
    await waitUntil(() => !!footer.shadowRoot!.querySelector('[role="alert"]')?.textContent!.includes('organization 缺少必填字段'), 'the problem in words', PATIENCE);
    expect(fetched()).to.be.true;
    expect(errors).to.deep.equal([]);
  });

  it('on the first switch to traditional, fetches the chunk both dictionaries share alongside the dictionary, not after it', async () => {
    const { doc, errors } = await openPage('/test/fixtures/every-element.html?from=drop-in');
    await settled(doc);
    doc.querySelector('ql-script-toggle')!.shadowRoot!.querySelector('button')!.click();
    try {
      await waitUntil(() => doc.documentElement.lang === 'zh-Hant-TW', 'the page in traditional', PATIENCE);
    } finally {
      localStorage.removeItem('ql:script'); // the toggle remembers the choice for the pages that follow
    }
    const timing = (chunk: string) => {
      const entries = doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return entries.find((entry) => new RegExp(`/chunks/${chunk}-[\\w-]+\\.js$`).test(entry.name))!;
    };
    const dictionary = timing('to-traditional');
    const shared = timing('ideographic-description');
    expect(shared.startTime, 'asked for before the dictionary had arrived').to.be.below(dictionary.responseEnd);
    expect(errors).to.deep.equal([]);
  });

  it('loaded twice, keeps the first definition and warns once per element, naming both versions', async () => {
    const { doc, errors, warnings } = await openPage('/test/fixtures/drop-in.html');
    await waitUntil(() => !!doc.querySelector('ql-site-footer a'), 'the footer', PATIENCE);
    // Modules may finish before the warn hook is installed: load a third copy now, under watch.
    const win = doc.defaultView as Window & typeof globalThis;
    await (win as unknown as { eval(code: string): Promise<unknown> }).eval(`import('/dist/cdn/qiaolian-widgets.js?copy=3')`);
    expect(errors).to.deep.equal([]);
    const skipped = warnings.filter((w) => /already defined by qiaolian-widgets \d+\.\d+\.\d+; this copy is skipped/.test(w));
    expect(skipped.some((w) => w.includes('<ql-site-footer>'))).to.be.true;
    expect(skipped.some((w) => w.includes('<ql-site-header>'))).to.be.true;
  });
});

/** Every element of a document, shadow trees included, in document order. */
function everyElement(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? everyElement(el.shadowRoot) : [])]);
}

/** Each element's computed style, and its ::before and ::after: `<tag>::pseudo property: value` lines. */
function computedStyles(doc: Document): string[] {
  const win = doc.defaultView!;
  return everyElement(doc).flatMap((el, i) =>
    [null, '::before', '::after'].flatMap((pseudo) => {
      const style = win.getComputedStyle(el, pseudo);
      if (pseudo && style.content === 'none') return []; // no such pseudo-element
      return [...style].map((name) => `${i} <${el.localName}${el.className ? `.${el.className}` : ''}>${pseudo ?? ''} ${name}: ${style.getPropertyValue(name)}`);
    }),
  );
}

/** The lines only one side has, a few of them: readable where a deep-equal of thousands of lines is not. */
function differences(a: string[], b: string[]): string[] {
  const inB = new Set(b);
  const inA = new Set(a);
  return [...a.filter((line) => !inB.has(line)).map((line) => `drop-in: ${line}`), ...b.filter((line) => !inA.has(line)).map((line) => `sources: ${line}`)].slice(0, 20);
}

async function settled(doc: Document) {
  const win = doc.defaultView as Window & typeof globalThis;
  await waitUntil(() => !doc.querySelector(':not(:defined)'), 'every element defined', PATIENCE);
  await waitUntil(() => [...doc.querySelectorAll('[status]')].every((el) => /ready|empty|error/.test(el.getAttribute('status')!)), 'every element', PATIENCE);
  await waitUntil(() => everyElement(doc).filter((el) => el.localName.startsWith('ql-')).every((el) => !!el.shadowRoot?.childElementCount), 'every shadow root', PATIENCE);
  const images = () => everyElement(doc).filter((el): el is HTMLImageElement => el instanceof (doc.defaultView as typeof window).HTMLImageElement);
  await waitUntil(() => images().every((img) => img.complete || img.loading === 'lazy'), 'the images', PATIENCE);
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

describe('the drop-in file against the sources', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('styles every element and its content exactly as the sources do, in the normal and the elder mode', async function () {
    this.timeout(180_000);
    // The build minifies the stylesheets; what the reader sees must not change.
    const pages = await Promise.all(['drop-in', 'source'].map((from) => openPage(`/test/fixtures/every-element.html?from=${from}`)));
    for (const { frame } of pages) frame.style.cssText = 'width: 1024px; height: 800px';
    await Promise.all(pages.map(({ doc }) => settled(doc)));
    const [built, source] = pages.map(({ doc }) => computedStyles(doc));
    expect(built.length).to.be.greaterThan(100_000);
    expect(differences(built, source)).to.deep.equal([]);

    for (const { doc } of pages) doc.querySelector('ql-elder-toggle')!.shadowRoot!.querySelector('button')!.click();
    await Promise.all(pages.map(({ doc }) => settled(doc)));
    const [builtElder, sourceElder] = pages.map(({ doc }) => computedStyles(doc));
    expect(differences(builtElder, built), 'the elder mode changes the styles').to.not.deep.equal([]);
    expect(differences(builtElder, sourceElder)).to.deep.equal([]);
    for (const { errors } of pages) expect(errors).to.deep.equal([]);
  });
});
