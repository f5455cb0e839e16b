import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/site-footer/define.js';
import type { QlSiteFooter } from '../src/components/site-footer/site-footer.js';
import type { SiteDocument } from '../src/contract/index.js';
import { axeViolations, loaded, setLang } from './helpers.js';

const SITE_URL = new URL('../demo/data/site.json', import.meta.url).href;

const full = {
  version: 1,
  name: '南平市侨联',
  organization: '南平市归国华侨联合会',
  contact: { address: '南平市滨江中路', postcode: '353000', phone: '0599-8888888', email: 'ql@example.org' },
  links: [
    { label: '中国侨联', url: 'https://www.chinaql.org/' },
    { label: '关于我们', url: '/about.html' },
  ],
  filing: {
    icp: '闽ICP备11004646号',
    police: '闽公网安备35010202000722号',
    siteCode: '3507000001',
    conacId: '0123456789ABCDEF0123456789ABCDEF',
    conacKind: 'institution',
    jiucuo: true,
  },
  techSupport: '南平市信息中心',
  slogan: '涉密不上网 上网不涉密',
};

async function footerWith(data: unknown) {
  const el = await fixture<QlSiteFooter>(html`<ql-site-footer .data=${data}></ql-site-footer>`);
  await loaded(el);
  return el;
}

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('ql-site-footer', () => {
  afterEach(() => sinon.restore());

  it('shows every line, in light DOM, when every field is present', async () => {
    const el = await footerWith(full);
    const content = text(el);
    for (const expected of [
      '版权所有：南平市归国华侨联合会',
      '地址：南平市滨江中路 邮编：353000 电话：0599-8888888 邮箱：ql@example.org',
      '中国侨联',
      '备案证号：闽ICP备11004646号',
      '闽公网安备35010202000722号',
      '网站标识码：3507000001',
      '事业单位',
      '我为政府网站找错',
      '技术支持：南平市信息中心',
      '涉密不上网 上网不涉密',
    ]) {
      expect(content).to.contain(expected);
    }
    expect(el.querySelector('a[href="tel:05998888888"]')).to.exist;
    expect(el.querySelector('a[href="mailto:ql@example.org"]')).to.exist;
  });

  it('links the ICP and 公安 numbers to their official query pages, in a new tab without referrer', async () => {
    const el = await footerWith(full);
    const icp = [...el.querySelectorAll('a')].find((a) => a.textContent!.includes('闽ICP备11004646号'))!;
    expect(icp.href).to.equal('https://beian.miit.gov.cn/');
    const police = [...el.querySelectorAll('a')].find((a) => a.textContent!.includes('闽公网安备'))!;
    expect(police.href).to.equal('https://beian.mps.gov.cn/#/query/webSearch?code=35010202000722');
    for (const link of [icp, police]) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noreferrer');
    }
    expect(police.querySelector('svg[aria-hidden="true"]'), 'the badge icon').to.exist;
  });

  it('links the conac badge and the 找错 page with the site code and this page', async () => {
    const el = await footerWith(full);
    const conac = el.querySelector<HTMLAnchorElement>('a.ql-conac')!;
    expect(conac.href).to.equal('https://bszs.conac.cn/sitename?method=show&id=0123456789ABCDEF0123456789ABCDEF');
    expect(conac.classList.contains('ql-conac--institution')).to.be.true;
    const jiucuo = [...el.querySelectorAll('a')].find((a) => a.textContent!.includes('找错'))!;
    const url = new URL(jiucuo.href);
    expect(url.origin + url.pathname).to.equal('https://zfwzgl.www.gov.cn/exposure/jiucuo.html');
    expect(url.searchParams.get('site_code')).to.equal('3507000001');
    expect(url.searchParams.get('url')).to.equal(location.href);
  });

  it('opens only the links that leave the site in a new tab', async () => {
    const el = await footerWith(full);
    const [outside, inside] = el.querySelectorAll<HTMLAnchorElement>('.ql-footer__links a');
    expect(outside.target).to.equal('_blank');
    expect(inside.hasAttribute('target')).to.be.false;
    expect(inside.href).to.equal(new URL('/about.html', location.href).href);
  });

  it('omits every line whose data is missing', async () => {
    const el = await footerWith({ version: 1, name: '松溪县侨联', organization: '松溪县归国华侨联合会' });
    expect(text(el)).to.equal('版权所有：松溪县归国华侨联合会');
    expect(el.querySelectorAll('a')).to.have.length(0);
  });

  it('shows a malformed filing number as plain text and warns in the console', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await footerWith({ ...full, filing: { icp: '闽ICP备123号', police: '闽公网安备3501号' } });
    expect(text(el)).to.contain('闽ICP备123号').and.contain('闽公网安备3501号');
    expect(el.querySelectorAll('a[href*="beian"]')).to.have.length(0);
    expect(warn.calledWithMatch(/filing\.icp/)).to.be.true;
    expect(warn.calledWithMatch(/filing\.police/)).to.be.true;
  });

  it('accepts the longer ICP form with a site suffix', async () => {
    const el = await footerWith({ ...full, filing: { icp: '京ICP备2021012345号-2' } });
    expect(el.querySelector('a[href="https://beian.miit.gov.cn/"]')!.textContent).to.contain('京ICP备2021012345号-2');
  });

  it('loads from src and resolves the document against its own URL', async () => {
    const el = await fixture<QlSiteFooter>(html`<ql-site-footer src=${SITE_URL}></ql-site-footer>`);
    const event = await oneEvent(el, 'ql-load');
    expect(event.detail.url).to.equal(SITE_URL);
    await el.updateComplete;
    expect(text(el)).to.contain('闽ICP备11004646号');
    expect(el.status).to.equal('ready');
    expect(el.value?.url, '.value: the checked document, URLs made absolute').to.equal(new URL('../index.html', SITE_URL).href);
  });

  it('has no .value while loading or after an error', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<QlSiteFooter>(html`<ql-site-footer src="/__test__/status/500"></ql-site-footer>`);
    expect(el.value).to.equal(undefined);
    await oneEvent(el, 'ql-error');
    expect(el.value).to.equal(undefined);
  });

  it('loads from an inline JSON child', async () => {
    const el = await fixture<QlSiteFooter>(html`<ql-site-footer>
      <script type="application/json">
        { "version": 1, "name": "建瓯市侨联", "organization": "建瓯市归国华侨联合会", "slogan": "涉密不上网 上网不涉密" }
      </script>
    </ql-site-footer>`);
    await loaded(el);
    expect(text(el)).to.contain('建瓯市归国华侨联合会').and.contain('涉密不上网');
  });

  it('keeps server-rendered content as the fallback while loading and after an error', async () => {
    const el = await fixture<QlSiteFooter>(html`<ql-site-footer src="/missing-site.json">
      <p id="server">版权所有：南平市归国华侨联合会（服务器版本）</p>
    </ql-site-footer>`);
    const server = el.querySelector('#server')!;
    expect(server.assignedSlot, 'shown while loading').to.exist;
    expect(el.shadowRoot!.querySelector('[role="status"]'), 'no loading text over the fallback').to.not.exist;
    await oneEvent(el, 'ql-error');
    await el.updateComplete;
    expect(server.assignedSlot, 'shown after the error').to.exist;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('404');
  });

  it('hides the fallback once the data is ready', async () => {
    const el = await fixture<QlSiteFooter>(html`<ql-site-footer .data=${full}><p id="server">旧页脚</p></ql-site-footer>`);
    await loaded(el);
    expect(el.querySelector('#server')!.assignedSlot).to.be.null;
  });

  it('leaves out a placeholder link and shows the rest of the footer, and says which in ql-load and the console', async () => {
    const warn = sinon.stub(console, 'warn');
    const el = await fixture<QlSiteFooter>(html`<ql-site-footer></ql-site-footer>`);
    const fired = oneEvent(el, 'ql-load');
    // What an old CMS writes where there is no link.
    el.data = {
      ...full,
      links: [{ label: '坏链接', url: 'javascript:alert(1)' }, { label: '空链接', url: '#' }, ...full.links],
    };
    const { detail } = await fired;
    await loaded(el);
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.exist;
    const hrefs = [...el.querySelectorAll<HTMLAnchorElement>('.ql-footer__links a')].map((a) => a.href);
    expect(hrefs).to.deep.equal(['https://www.chinaql.org/', new URL('/about.html', location.href).href]);
    expect(text(el)).to.contain('南平市归国华侨联合会').and.not.contain('坏链接').and.not.contain('空链接');
    expect(el.querySelector('a[href^="javascript"]')).to.not.exist;
    expect(detail.problems.map(({ path, severity }: { path: string; severity: string }) => [path, severity])).to.deep.equal([
      ['links[0].url', 'warning'],
      ['links[1].url', 'warning'],
    ]);
    expect(warn.calledWithMatch(/<ql-site-footer>.*links\[0\]\.url.*links\[1\]\.url/)).to.be.true;
  });

  it('shows a visible error naming the field, and fires ql-error with the path, when the core is unusable', async () => {
    const el = await fixture<QlSiteFooter>(html`<ql-site-footer></ql-site-footer>`);
    const fired = oneEvent(el, 'ql-error');
    sinon.stub(console, 'warn');
    // A blank organization leaves nothing to say whose site it is; the bad link alone would not be an error.
    el.data = { ...full, organization: ' ', links: [{ label: '坏链接', url: 'javascript:alert(1)' }] };
    const { detail } = await fired;
    expect(detail.path).to.equal('organization');
    await el.updateComplete;
    expect(el.status).to.equal('error');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('数据格式有误：organization 不能为空');
    expect(detail.message).to.equal('organization: 不能为空 / must not be empty');
    expect(el.querySelector('a[href^="javascript"]')).to.not.exist;
    expect(el.querySelector('.ql-footer__links')).to.not.exist;
  });

  it("says what is wrong with the data in the reader's script and language", async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<QlSiteFooter>(html`<ql-site-footer></ql-site-footer>`);
    const fired = oneEvent(el, 'ql-error');
    el.data = { version: 1, name: '南平市侨联' };
    await fired;
    const alert = () => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim();
    expect(alert()).to.equal('数据格式有误：organization 缺少必填字段');
    try {
      await setLang('zh-Hant-TW');
      await el.updateComplete;
      expect(alert()).to.equal('資料格式有誤：organization 缺少必填欄位');
      await setLang('en');
      await el.updateComplete;
      expect(alert()).to.equal('The data is not valid: organization required field is missing');
    } finally {
      await setLang('zh-Hans');
    }
  });

  it('speaks the page language: traditional and English labels follow <html lang>', async () => {
    const el = await footerWith(full);
    await setLang('zh-Hant-TW');
    try {
      
      await el.updateComplete;
      expect(text(el)).to.contain('版權所有：').and.contain('備案證號：');
      await setLang('en');
      
      await el.updateComplete;
      expect(text(el)).to.contain('Copyright：').and.contain('ICP filing：');
    } finally {
      document.documentElement.lang = 'zh-Hans';
    }
  });

  it('passes axe-core with every line, and in its error state', async () => {
    expect(await axeViolations(await footerWith(full))).to.deep.equal([]);
    sinon.stub(console, 'warn');
    const broken = await fixture<QlSiteFooter>(html`<ql-site-footer .data=${{ version: 1 }}></ql-site-footer>`);
    await broken.updateComplete;
    expect(broken.status).to.equal('error');
    expect(await axeViolations(broken)).to.deep.equal([]);
  });

  it('types the document it holds', async () => {
    const data: SiteDocument = { version: 1, name: '顺昌县侨联', organization: '顺昌县归国华侨联合会' };
    const el = await footerWith(data);
    expect(el.status).to.equal('ready');
  });
});
