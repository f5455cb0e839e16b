import { expect } from '@open-wc/testing';
import { checkDocument, detectKind, formatProblem, problemText, type DocumentKind } from '../src/contract/index.js';

const DEMO = new URL('../demo/data/', import.meta.url).href;

async function demo(name: string): Promise<unknown> {
  return (await fetch(new URL(name, DEMO))).json();
}

function problemsOf(kind: DocumentKind, value: unknown) {
  const result = checkDocument(kind, value, DEMO);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.problems;
}

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

  it('names the path and expectation of a date without an offset', () => {
    const bad = feed();
    bad.items.push({ ...bad.items[0], publishedAt: '2024-01-04 10:40:01' });
    const [problem] = problemsOf('feed', bad);
    expect(formatProblem(problem)).to.equal(
      'items[1].publishedAt: 应为带时区的日期时间，如 2024-01-04T10:40:01+08:00 / expected an ISO 8601 date-time with offset',
    );
  });

  it('refuses javascript: and data: URLs in every URL field', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const bad = article();
      bad.body.push({ type: 'image', src: href, alt: '图' } as never);
      expect(problemsOf('article', bad)[0].path).to.equal('body[1].src');
      expect(problemsOf('site', { ...site(), url: href })[0].path).to.equal('url');
      expect(problemsOf('site', { ...site(), links: [{ label: 'x', url: href }] })[0].path).to.equal('links[0].url');
    }
  });

  it('rejects wrong types with the field path', () => {
    expect(problemsOf('article', { ...article(), views: '12' })[0]).to.include({ path: 'views', code: 'notNumber' });
    expect(problemsOf('feed', { ...feed(), items: {} })[0]).to.include({ path: 'items', code: 'notArray' });
    expect(problemsOf('site', { ...site(), filing: { conacKind: 'army' } })[0].path).to.equal('filing.conacKind');
    expect(problemsOf('article', { ...article(), body: [{ type: 'video', src: 'a.mp4' }] })[0].path).to.equal('body[0].type');
    expect(problemsOf('article', { ...article(), title: '   ' })[0]).to.include({ path: 'title', code: 'empty' });
    expect(problemsOf('site', null)[0]).to.include({ path: '', code: 'notObject' });
    for (const address of ['not an address', 'a@b', 'x@y.org?subject=spam bait', '"><b>@x.org']) {
      expect(problemsOf('site', { ...site(), contact: { email: address } })[0]).to.include({ path: 'contact.email', code: 'notEmail' });
    }
    expect(checkDocument('site', { ...site(), contact: { email: 'ql@nanping.example.org' } }, DEMO).ok).to.be.true;
  });

  it('checks fields that depend on each other', () => {
    expect(problemsOf('site', { ...site(), filing: { jiucuo: true } })[0].path).to.equal('filing.siteCode');
    const { body: _body, ...bodiless } = article();
    expect(problemsOf('article', bodiless)[0].path).to.equal('body');
  });
});
