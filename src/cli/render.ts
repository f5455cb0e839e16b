/// <reference types="node" />
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { RenderPageOptions, RenderProblem, RenderedPage } from '../ssr/render-page.js';

export const RENDER_USAGE = `render    Renders page templates that hold qiaolian-widgets elements into pages that read without
          JavaScript (and hydrate where it runs), for any static host:
            qiaolian-widgets render PAGE.html... --out DIR [--root DIR] [--each GLOB]
                             [--base-url URL] [--drop-in FILE]
          Each element's data (src, inline JSON) is read from disk beside the template, checked
          like validate, and embedded. Pages are written under DIR at their path relative to
          --root (default: the templates' common folder). --each 'data/articles/*.json' renders
          the template once per article (named by its id or file name). A list of several pages
          is written as NAME.html, NAME-2.html, … with the pager linking them. --base-url makes
          canonical and Open Graph addresses absolute and writes sitemap.xml and robots.txt.
          --drop-in FILE copies the built drop-in (and its chunks) along and points the pages'
          module script at it. Images, stylesheets and scripts the pages use are copied too.
          Exit 1 when a document is invalid (its file and path are named).`;

interface RenderArgs {
  pages: string[];
  out: string;
  root?: string;
  each?: string;
  baseUrl?: string;
  dropIn?: string;
}

function parseArgs(args: string[]): RenderArgs | string {
  const parsed: Partial<RenderArgs> & { pages: string[] } = { pages: [] };
  const flags: Record<string, keyof RenderArgs> = { '--out': 'out', '--root': 'root', '--each': 'each', '--base-url': 'baseUrl', '--drop-in': 'dropIn' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const flag = flags[arg];
    if (flag) {
      const value = args[++i];
      if (!value || value.startsWith('--')) return `${arg} needs a value`;
      (parsed as Record<string, unknown>)[flag] = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else parsed.pages.push(arg);
  }
  if (!parsed.out) return '--out DIR is required';
  if (!parsed.pages.length) return 'no page template given';
  if (parsed.baseUrl && !/^https?:\/\//.test(parsed.baseUrl)) return '--base-url must be an http(s) address';
  return parsed as RenderArgs;
}

/** The deepest folder holding every path. */
function commonFolder(paths: string[]): string {
  const parts = paths.map((path) => dirname(resolve(path)).split(sep));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => i < p.length && p[i] === parts[0][i]); i++) common.push(parts[0][i]);
  return common.join(sep) || sep;
}

/** Files matching a pattern whose last segment may hold `*` (`data/articles/*.json`), sorted. */
async function expand(pattern: string): Promise<string[]> {
  const folder = dirname(pattern);
  const name = basename(pattern);
  if (!name.includes('*')) return [resolve(pattern)];
  const re = new RegExp(`^${name.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  const entries = await readdir(folder).catch(() => [] as string[]);
  return entries.filter((entry) => re.test(entry)).sort().map((entry) => resolve(folder, entry));
}

/** Relative to the page in URL form. */
const href = (from: string, to: string) => relative(dirname(from), to).split(sep).join('/') || basename(to);

interface Job {
  template: string;
  /** Where the page goes, relative to the root. */
  path: string;
  html: string;
}

/** The template's html with its article pointed at one document. */
function withArticle(html: string, src: string): string {
  let replaced = false;
  const out = html.replace(/<ql-article\b[^>]*>/i, (tag) => {
    replaced = true;
    const bare = tag.replace(/\ssrc\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '');
    return bare.replace(/^<ql-article/i, `<ql-article src="${src.replace(/"/g, '&quot;')}"`);
  });
  if (!replaced) throw new Error('the template has no <ql-article> for --each to fill');
  return out;
}

export async function render(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`render: ${parsed}\n\n${RENDER_USAGE}`);
    return 2;
  }
  const { renderPage } = await import('../ssr/render-page.js');
  const root = resolve(parsed.root ?? commonFolder(parsed.pages));
  const out = resolve(parsed.out);
  const jobs: Job[] = [];
  for (const page of parsed.pages) {
    const template = resolve(page);
    const html = await readFile(template, 'utf8').catch(() => undefined);
    if (html === undefined) {
      console.error(`${page}: cannot be read`);
      return 1;
    }
    if (relative(root, template).startsWith('..')) {
      console.error(`${page}: is outside --root ${root}`);
      return 2;
    }
    if (!parsed.each) {
      jobs.push({ template, path: relative(root, template), html });
      continue;
    }
    for (const file of await expand(parsed.each)) {
      let id: unknown;
      try {
        id = JSON.parse(await readFile(file, 'utf8')).id;
      } catch {
        id = undefined; // the render names the file and its problem
      }
      const name = typeof id === 'string' && /^[\w.-]+$/.test(id) ? id : basename(file, extname(file));
      jobs.push({ template, path: join(relative(root, dirname(template)), `${name}.html`), html: withArticle(html, href(template, file)) });
    }
  }

  const written: string[] = [];
  const assets = new Set<string>();
  let failed = 0;
  const write = async (path: string, page: RenderedPage) => {
    let html = page.html;
    if (parsed.dropIn) {
      const script = href(join(root, path), join(root, 'qiaolian-widgets', 'qiaolian-widgets.js'));
      html = html.replace(/(<script\b[^>]*\btype=["']?module["']?[^>]*\bsrc=["'])[^"']*(?:embed\.ts|qiaolian-widgets\.js)(["'])/gi, `$1${script}$2`);
    }
    const target = join(out, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, html);
    written.push(path);
    for (const asset of page.assets) assets.add(asset);
  };
  for (const job of jobs) {
    const pageUrl = parsed.baseUrl ? new URL(job.path.split(sep).join('/'), parsed.baseUrl.replace(/\/?$/, '/')).href : undefined;
    const options: RenderPageOptions = { baseDir: dirname(job.template), baseUrl: pageUrl };
    const page = await renderPage(job.html, options);
    const from = (p: RenderProblem) => (p.file ? relative(process.cwd(), p.file) : (p.url ?? 'inline JSON'));
    const words = (p: RenderProblem) => (p.file ? p.message.split(p.file).join(relative(process.cwd(), p.file)) : p.message);
    for (const w of page.warnings) console.warn(`${job.path}: <${w.element}> ${from(w)}: ${words(w)}`);
    if (page.errors.length) {
      failed++;
      for (const e of page.errors) console.error(`${job.path}: <${e.element}> ${from(e)}: ${words(e)}`);
      continue;
    }
    if (page.listPages <= 1) {
      await write(job.path, page);
      continue;
    }
    // A long list: one file per page, linked by the pager.
    const stem = basename(job.path, extname(job.path));
    const pattern = `${stem}-{n}${extname(job.path)}`;
    for (let n = 1; n <= page.listPages; n++) {
      const url = pageUrl && n > 1 ? new URL(pattern.replace('{n}', String(n)), pageUrl).href : pageUrl;
      const one = await renderPage(job.html, { ...options, baseUrl: url, listPage: { page: n, href: pattern } });
      await write(n === 1 ? job.path : join(dirname(job.path), pattern.replace('{n}', String(n))), one);
    }
  }
  if (failed) {
    console.error(`${failed} of ${jobs.length} page(s) not rendered: fix the documents named above.`);
    return 1;
  }

  for (const asset of assets) {
    const path = relative(root, asset);
    if (path.startsWith('..')) {
      console.warn(`${asset}: outside --root, not copied`);
      continue;
    }
    await mkdir(dirname(join(out, path)), { recursive: true });
    await copyFile(asset, join(out, path)).catch(() => console.warn(`${path}: referred to but missing, not copied`));
  }
  if (parsed.dropIn) await copyTree(dirname(resolve(parsed.dropIn)), join(out, 'qiaolian-widgets'));
  if (parsed.baseUrl) {
    const base = parsed.baseUrl.replace(/\/?$/, '/');
    const urls = written.map((path) => new URL(path.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'), base).href);
    const sitemap = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
      .map((url) => `  <url><loc>${url.replace(/&/g, '&amp;')}</loc></url>`)
      .join('\n')}\n</urlset>\n`;
    await writeFile(join(out, 'sitemap.xml'), sitemap);
    await writeFile(join(out, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', base).href}\n`);
  }
  console.error(`${written.length} page(s) written to ${relative(process.cwd(), out) || '.'}.`);
  return 0;
}

async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await copyTree(join(from, entry.name), join(to, entry.name));
    else if (!entry.name.endsWith('.map')) await copyFile(join(from, entry.name), join(to, entry.name));
  }
}
