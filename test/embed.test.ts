import { expect } from '@open-wc/testing';

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

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
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
    await until(() => !!doc.querySelector('ql-site-footer a[href="https://beian.miit.gov.cn/"]'), 'the footer');
    const footer = doc.querySelector('ql-site-footer')!;
    expect(footer.textContent).to.contain('版权所有：南平市归国华侨联合会');
    expect(footer.querySelector('a[href="https://beian.miit.gov.cn/"]')!.textContent).to.contain('闽ICP备11004646号');
    expect(footer.querySelector('a[href="https://beian.mps.gov.cn/#/query/webSearch?code=35010202000722"]')).to.exist;
    const header = doc.querySelector('ql-site-header')!;
    await until(() => header.getAttribute('status') === 'ready', 'the header');
    expect(header.shadowRoot!.textContent).to.contain('欢迎光临！今天是').and.contain('侨界要闻');
    expect(doc.getElementById('page-text')!.textContent, 'the rest of the page is untouched').to.equal('本页其余内容');
    expect(errors).to.deep.equal([]);
  });

  it('loaded twice, keeps the first definition and warns once per element, naming both versions', async () => {
    const { doc, errors, warnings } = await openPage('/test/fixtures/drop-in.html');
    await until(() => !!doc.querySelector('ql-site-footer a'), 'the footer');
    // Modules may finish before the warn hook is installed: load a third copy now, under watch.
    const win = doc.defaultView as Window & typeof globalThis;
    await (win as unknown as { eval(code: string): Promise<unknown> }).eval(`import('/dist/cdn/qiaolian-widgets.js?copy=3')`);
    expect(errors).to.deep.equal([]);
    const skipped = warnings.filter((w) => /already defined by qiaolian-widgets \d+\.\d+\.\d+; this copy is skipped/.test(w));
    expect(skipped.some((w) => w.includes('<ql-site-footer>'))).to.be.true;
    expect(skipped.some((w) => w.includes('<ql-site-header>'))).to.be.true;
  });
});
