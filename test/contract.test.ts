import { expect } from '@open-wc/testing';
import { checkDocument, detectKind, formatProblem, problemText, type DocumentKind } from '../src/contract/index.js';

const DEMO = new URL('../demo/data/', import.meta.url).href;

async function demo(name: string): Promise<unknown> {
  return (await fetch(new URL(name, DEMO))).json();
}

/** The problems of a document the check refuses (its core is unusable). */
function problemsOf(kind: DocumentKind, value: unknown) {
  const result = checkDocument(kind, value, DEMO);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

/** A document the check accepts, and the warnings for the parts it left out or guessed. */
function acceptedWith(kind: DocumentKind, value: unknown) {
  const result = checkDocument(kind, value, DEMO);
  if (!result.ok) throw new Error(`expected the document to be accepted: ${result.problems.map(formatProblem).join('; ')}`);
  for (const problem of result.problems) expect(problem.severity, formatProblem(problem)).to.equal('warning');
  return { value: result.value as unknown as Record<string, unknown> & Record<'items' | 'body' | 'links', unknown[]>, warnings: result.problems };
}
const pathsOf = (warnings: { path: string }[]) => warnings.map((warning) => warning.path);

const article = () => ({
  version: 1,
  title: '标题',
  publishedAt: '2024-01-04T10:40:01+08:00',
  body: [{ type: 'paragraph', text: '正文' }],
});
const feed = () => ({
  version: 1,
  site: { name: '松溪县侨联' },
  channel: { id: 'qldt', name: '侨联动态' },
  items: [{ title: '一条新闻', url: 'a.html', publishedAt: '2024-01-04T10:40:01+08:00' }],
});
const site = () => ({ version: 1, name: '南平市侨联', organization: '南平市归国华侨联合会' });

describe('data contract', () => {
  it('accepts the demo site and article and tells their kinds apart', async () => {
    for (const [file, kind] of [
      ['site.json', 'site'],
      ['article-songxi-three-chapters.json', 'article'],
    ] as const) {
      const value = await demo(file);
      expect(detectKind(value)).to.equal(kind);
      const result = checkDocument(kind, value, DEMO);
      expect(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n')).to.be.true;
    }
  });

  it('resolves relative URLs against the document that holds them', () => {
    const result = checkDocument('feed', feed(), 'https://songxi.example.org/data/qldt/index.json');
    expect(result.ok && result.value.items[0].url).to.equal('https://songxi.example.org/data/qldt/a.html');
  });

  it('ignores unknown fields, so later versions of a document still load', () => {
    const result = checkDocument('site', { ...site(), futureField: { a: 1 }, __proto__: { polluted: true } }, DEMO);
    expect(result.ok).to.be.true;
    expect(result.ok && Object.keys(result.value)).to.deep.equal(['version', 'name', 'organization']);
    expect(({} as Record<string, unknown>).polluted).to.be.undefined;
  });

  it('rejects another contract version and says which one it reads', () => {
    const [problem] = problemsOf('site', { ...site(), version: 2 });
    expect(problem.path).to.equal('version');
    expect(problemText(problem)).to.contain('版本 2');
    expect(problemText(problem, 'en')).to.contain('reads version 1');
  });

  it('names the path of a missing required field', () => {
    const { title: _title, ...untitled } = article();
    expect(problemsOf('article', untitled)[0]).to.include({ path: 'title', code: 'missing' });
    const { organization: _org, ...nameless } = site();
    expect(problemsOf('site', nameless)[0].path).to.equal('organization');
  });

  it('reads a date without an offset, as CMSes write it, as China time, with a warning', () => {
    for (const [written, read] of [
      ['2024-01-04 10:40:01', '2024-01-04T10:40:01+08:00'],
      ['2024-01-04 10:40', '2024-01-04T10:40+08:00'],
      ['2024-01-04', '2024-01-04T00:00+08:00'],
      ['2024-01-04T10:40:01', '2024-01-04T10:40:01+08:00'],
    ]) {
      const { value, warnings } = acceptedWith('article', { ...article(), publishedAt: written });
      expect(value.publishedAt).to.equal(read);
      expect(Date.parse(value.publishedAt as string)).to.equal(Date.parse(read));
      expect(warnings).to.deep.equal([{ path: 'publishedAt', code: 'noOffset', severity: 'warning' }]);
    }
    // RFC 3339 allows lower-case t and z; the value comes out in the form every Date.parse reads.
    const lower = acceptedWith('article', { ...article(), publishedAt: '2024-01-04t02:40:01z' });
    expect(lower.value.publishedAt).to.equal('2024-01-04T02:40:01Z');
    expect(lower.warnings).to.deep.equal([]);
  });

  it('refuses impossible calendar dates instead of moving them to another day', () => {
    for (const date of ['2024-02-30T10:00:00+08:00', '2023-02-29 10:00', '2024-04-31', '2024-01-04T24:00:00Z']) {
      expect(problemsOf('article', { ...article(), publishedAt: date })[0]).to.include({ path: 'publishedAt', code: 'notDateTime' });
    }
    // In a feed row the same date leaves out that row only.
    const bad = feed();
    bad.items.push({ ...bad.items[0], title: '二月三十日', publishedAt: '2024-02-30T10:00:00+08:00' });
    const { value, warnings } = acceptedWith('feed', bad);
    expect(value.items).to.have.length(1);
    expect(pathsOf(warnings)).to.deep.equal(['items[1].publishedAt']);
  });

  it('reads a blank optional field as absent, with no warning, and a blank required one as an error', () => {
    const { value, warnings } = acceptedWith('article', { ...article(), author: '', source: '   ', editor: '\u3000', views: null, subtitle: '\n' });
    expect(value).to.not.have.any.keys('author', 'source', 'editor', 'views', 'subtitle');
    expect(warnings).to.deep.equal([]);
    expect(problemsOf('article', { ...article(), title: '   ' })[0]).to.include({ path: 'title', code: 'empty', severity: 'error' });
    expect(problemsOf('site', { ...site(), organization: '' })[0]).to.include({ path: 'organization', code: 'empty' });
  });

  it('leaves out javascript:, data: and placeholder URLs in every URL field, and only what holds them', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'javascript:void(0)', 'javascript:;', '#', 'data:text/html,<script>alert(1)</script>']) {
      const withImage = article();
      withImage.body.push({ type: 'image', src: href, alt: '图' } as never);
      const body = acceptedWith('article', withImage);
      expect(body.value.body, href).to.have.length(1);
      expect(pathsOf(body.warnings)).to.deep.equal(['body[1].src']);
      const url = acceptedWith('site', { ...site(), url: href });
      expect(url.value).to.not.have.key('url');
      expect(pathsOf(url.warnings)).to.deep.equal(['url']);
      const links = acceptedWith('site', { ...site(), links: [{ label: 'x', url: href }, { label: '南平市人民政府', url: 'https://www.np.gov.cn/' }] });
      expect(links.value.links).to.deep.equal([{ label: '南平市人民政府', url: 'https://www.np.gov.cn/' }]);
      expect(pathsOf(links.warnings)).to.deep.equal(['links[0].url']);
    }
  });

  it('keeps 499 good rows of a 500-row feed whose one row is a placeholder or broken', () => {
    const big = feed();
    big.items = Array.from({ length: 500 }, (_, i) => ({ title: `新闻${i}`, url: `${i}.html`, publishedAt: '2024-01-04T10:40:01+08:00' }));
    big.items[250] = { ...big.items[250], url: 'javascript:void(0)' };
    big.items[300] = { title: '', url: '300.html', publishedAt: '2024-01-04T10:40:01+08:00' };
    const { value, warnings } = acceptedWith('feed', big);
    expect(value.items).to.have.length(498);
    expect(pathsOf(warnings)).to.deep.equal(['items[250].url', 'items[300].title']);
  });

  it('shows an image without alt text as decorative, with a warning', () => {
    const withImage = article();
    withImage.body.push({ type: 'image', src: 'a.jpg', alt: ' ', caption: '侨捐建筑' } as never, { type: 'image', src: 'b.jpg' } as never);
    const { value, warnings } = acceptedWith('article', withImage);
    expect((value.body as { alt?: string }[]).slice(1).map((block) => block.alt)).to.deep.equal(['', '']);
    expect(warnings.map((w) => [w.path, w.code])).to.deep.equal([['body[1].alt', 'noAlt'], ['body[2].alt', 'noAlt']]);
  });

  it('refuses only a core of the wrong type, and leaves out optional parts of the wrong type', () => {
    expect(problemsOf('feed', { ...feed(), items: {} })[0]).to.include({ path: 'items', code: 'notArray' });
    expect(problemsOf('site', null)[0]).to.include({ path: '', code: 'notObject' });
    expect(problemsOf('feed', { ...feed(), channel: 'qldt' })[0]).to.include({ path: 'channel', code: 'notObject' });
    const views = acceptedWith('article', { ...article(), views: '12' });
    expect(views.value).to.not.have.key('views');
    expect(views.warnings[0]).to.include({ path: 'views', code: 'notNumber' });
    expect(pathsOf(acceptedWith('site', { ...site(), filing: { conacKind: 'army', icp: '闽ICP备11004646号' } }).warnings)).to.deep.equal(['filing.conacKind']);
    expect(pathsOf(acceptedWith('article', { ...article(), body: [{ type: 'video', src: 'a.mp4' }, { type: 'paragraph', text: '正文' }] }).warnings)).to.deep.equal(['body[0].type']);
  });

  it('takes only a bare email address, never one that carries extra mail headers', () => {
    for (const address of ['not an address', 'a@b', 'x@y.org?subject=spam bait', 'a@b.cn?cc=x@y.cn&subject=hi', 'a@b.cn#x', '"><b>@x.org']) {
      const { value, warnings } = acceptedWith('site', { ...site(), contact: { email: address, phone: '0599-8888888' } });
      expect(value.contact, address).to.deep.equal({ phone: '0599-8888888' });
      expect(warnings[0]).to.include({ path: 'contact.email', code: 'notEmail' });
    }
    expect(acceptedWith('site', { ...site(), contact: { email: 'ql@nanping.example.org' } }).warnings).to.deep.equal([]);
  });

  it('keeps a filing number in the wrong format, as plain text, with a warning', () => {
    const { value, warnings } = acceptedWith('site', { ...site(), filing: { icp: '闽ICP备123号', police: '闽公网安备35010202000722号' } });
    expect(value.filing).to.deep.equal({ icp: '闽ICP备123号', police: '闽公网安备35010202000722号' });
    expect(warnings.map((w) => [w.path, w.code])).to.deep.equal([['filing.icp', 'filingFormat']]);
  });

  it('checks fields that depend on each other', () => {
    // 找错 needs the site code its link carries: without one, that link alone is left out.
    const jiucuo = acceptedWith('site', { ...site(), filing: { jiucuo: true, icp: '闽ICP备11004646号' } });
    expect(jiucuo.value.filing).to.deep.equal({ icp: '闽ICP备11004646号' });
    expect(pathsOf(jiucuo.warnings)).to.deep.equal(['filing.siteCode']);
    const { body: _body, ...bodiless } = article();
    expect(problemsOf('article', bodiless)[0].path).to.equal('body');
  });
});
