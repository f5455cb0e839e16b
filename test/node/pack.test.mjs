// What `npm pack` ships, and whether it works for someone who has nothing but the tarball: a fresh
// directory, `npm install <tarball>`, a three-line HTML page using the drop-in file, a footer that
// renders from a site.json. The build runs in a copy of the repository's tracked files, so the test
// neither needs nor touches ./dist (other tests read it while this one runs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launch } from '../../scripts/bench/browser.mjs';
import { serve } from '../../scripts/bench/serve.mjs';

const repo = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'ql-pack-'));
const run = (command, args, cwd) => spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 180_000 });
let files = [];
let tarball;

before(() => {
  const copy = join(work, 'repo');
  const tracked = run('git', ['ls-files', '-z'], repo);
  assert.equal(tracked.status, 0, tracked.stderr);
  for (const path of tracked.stdout.split('\0').filter((path) => path && existsSync(path))) cpSync(path, join(copy, path));
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // The generated dictionary is not tracked; reusing it spares the build its slowest step (the
  // generator checks that it is current and rebuilds it otherwise).
  const generated = join('src', 'script', 'generated');
  if (existsSync(generated)) cpSync(generated, join(copy, generated), { recursive: true });
  const build = run('npm', ['run', '--silent', 'build'], copy);
  assert.equal(build.status, 0, `npm run build failed:\n${build.stdout}\n${build.stderr}`);
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], copy);
  assert.equal(pack.status, 0, pack.stderr);
  const [result] = JSON.parse(pack.stdout);
  files = result.files.map((file) => file.path).sort();
  tarball = join(work, result.filename);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds what a user needs', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const needed = [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/cli.js',
    'dist/custom-elements.json',
    'dist/vscode.html-custom-data.json',
    'dist/cdn/qiaolian-widgets.js',
    'dist/cdn/qiaolian-widgets.css',
    'dist/schema/site.schema.json',
    'dist/schema/feed.schema.json',
    'dist/schema/article.schema.json',
  ];
  // Every file `exports` names (wildcards need at least one match).
  for (const target of Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))) {
    const path = target.replace(/^\.\//, '');
    if (path.includes('*')) {
      const prefix = path.slice(0, path.indexOf('*'));
      assert.ok(files.some((file) => file.startsWith(prefix)), `nothing in the tarball for exports ${target}`);
    } else needed.push(path);
  }
  for (const path of new Set(needed)) assert.ok(files.includes(path), `${path} is missing from the tarball`);
  assert.ok(files.some((file) => file.startsWith('dist/cdn/chunks/')), 'the drop-in file\'s lazy chunks');
});

test('the tarball holds nothing else', () => {
  const extra = files.filter(
    (file) => !['package.json', 'README.md', 'LICENSE'].includes(file) && !(file.startsWith('dist/') && !file.endsWith('.map')),
  );
  assert.deepEqual(extra, [], 'only package.json, README.md, LICENSE and dist/ (no source maps)');
  assert.deepEqual(files.filter((file) => /(^|\/)(node_modules|src|test|demo|stories|\.storybook)\//.test(file)), []);
});

test('a fresh directory with only `npm install <tarball>` and a three-line page shows the footer', { timeout: 120_000 }, async (t) => {
  const site = join(work, 'site');
  cpSync(join(repo, 'demo/data/site.json'), join(site, 'site.json'));
  writeFileSync(join(site, 'package.json'), '{ "private": true }\n');
  const install = run('npm', ['install', tarball, '--no-audit', '--no-fund'], site);
  if (install.status !== 0) {
    if (/E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH)|network|offline/i.test(install.stderr)) {
      t.skip(`npm install could not reach the package registry (offline?): ${install.stderr.split('\n').find((line) => /ERR/.test(line)) ?? ''}`);
      return;
    }
    assert.fail(`npm install <tarball> failed:\n${install.stderr}`);
  }

  // The three lines a webmaster writes.
  writeFileSync(
    join(site, 'index.html'),
    [
      '<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>县侨联</title>',
      '<script type="module" src="node_modules/qiaolian-widgets/dist/cdn/qiaolian-widgets.js"></script>',
      '<ql-site-footer src="site.json"></ql-site-footer>',
    ].join('\n'),
  );
  const { server, origin } = await serve(site);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/index.html`);
    await page.waitForSelector('ql-site-footer a[href="https://beian.miit.gov.cn/"]', { timeout: 10_000 });
    const footer = await page.$eval('ql-site-footer', (el) => el.textContent);
    assert.match(footer, /版权所有：南平市归国华侨联合会/);
    assert.match(footer, /闽ICP备11004646号/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }

  // The package's other entry points resolve from the user's project, and its command runs.
  const resolveAll = run(
    'node',
    [
      '--input-type=module',
      '-e',
      `for (const name of ['qiaolian-widgets', 'qiaolian-widgets/article.js', 'qiaolian-widgets/schema/article.schema.json', 'qiaolian-widgets/custom-elements.json', 'qiaolian-widgets/cdn/qiaolian-widgets.js']) console.log(import.meta.resolve(name));`,
    ],
    site,
  );
  assert.equal(resolveAll.status, 0, resolveAll.stderr);
  const validate = run(join(site, 'node_modules/.bin/qiaolian-widgets'), ['validate', 'site.json'], site);
  assert.equal(validate.status, 0, `qiaolian-widgets validate site.json:\n${validate.stdout}${validate.stderr}`);

  // Server rendering from the installed package: the command, and renderPage from qiaolian-widgets/ssr.
  const render = run(join(site, 'node_modules/.bin/qiaolian-widgets'), ['render', 'index.html', '--out', 'public'], site);
  assert.equal(render.status, 0, `qiaolian-widgets render index.html:\n${render.stdout}${render.stderr}`);
  const rendered = readFileSync(join(site, 'public/index.html'), 'utf8');
  assert.match(rendered, /<ql-site-footer status="ready" data-ql-rendered><template shadowroot="open" shadowrootmode="open">/);
  assert.match(rendered, /闽ICP备11004646号/);
  const api = run(
    'node',
    [
      '--input-type=module',
      '-e',
      `import { renderPage } from 'qiaolian-widgets/ssr'; import { readFileSync } from 'node:fs';
       const { html, errors } = await renderPage(readFileSync('index.html', 'utf8'), { baseDir: '.' });
       console.log(errors.length, html.includes('data-ql-rendered'));`,
    ],
    site,
  );
  assert.equal(api.status, 0, api.stderr);
  assert.equal(api.stdout.trim(), '0 true');
});
