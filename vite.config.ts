import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';

/** The cloak stylesheet ships beside the drop-in file, as `dist/cdn/qiaolian-widgets.css`. */
const cloakStylesheet: Plugin = {
  name: 'qiaolian:cloak-stylesheet',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'qiaolian-widgets.css', source: readFileSync('src/styles/cloak.css', 'utf8') });
  },
};

/**
 * Three uses of one config:
 * - the dev server (npm start): serves the repo, so demo pages load `/src/embed.ts` directly.
 * - `vite build` (mode `production`): ES modules for npm users, one per source module, with Lit and
 *   the other dependencies left as imports for the user's bundler.
 * - `vite build --mode cdn`: the drop-in `dist/cdn/qiaolian-widgets.js`, everything included, with the
 *   `css` templates minified too; lazy chunks sit in `dist/cdn/chunks/` and are imported relative to
 *   the file, wherever it is hosted.
 */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: cdn ? [cloakStylesheet, minifyCssTemplates()] : [],
    // A page never reads the contract's JSON Schema form; only the drop-in leaves it out.
    define: cdn ? { __QL_SCHEMA_JSON__: 'false' } : {},
    build: cdn
      ? {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2021',
          minify: true,
          reportCompressedSize: false,
          // QL_ENTRY builds the drop-in from another entry: the benchmark sizes subsets of the elements.
          lib: { entry: process.env.QL_ENTRY ?? 'src/embed.ts', formats: ['es'], fileName: () => 'qiaolian-widgets.js' },
          // Lazy chunks share no module with the drop-in file (the one file a page loads at start-up);
          // test/embed.test.ts checks that it imports nothing.
          rolldownOptions: {
            // Chunks may import from the drop-in file (Lit, for the hydration chunk) rather than share a
            // third file with it: the drop-in file stays the one file a page loads at start-up.
            preserveEntrySignatures: 'allow-extension',
            // Licence comments stay; the tree-shaking annotations have done their work by then, and
            // nothing bundles the drop-in again (they were about 1.7 KB of the file).
            output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
          },
        }
      : {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2021',
          minify: false,
          reportCompressedSize: false,
          lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
          rolldownOptions: {
            input: {
              index: 'src/index.ts',
              'site-footer': 'src/components/site-footer/define.ts',
              'site-header': 'src/components/site-header/define.ts',
              article: 'src/components/article/define.ts',
              'news-list': 'src/components/news-list/define.ts',
              'script-toggle': 'src/components/script-toggle/define.ts',
              'share-bar': 'src/components/share-bar/define.ts',
              'elder-toggle': 'src/components/elder-toggle/define.ts',
              hydrate: 'src/hydrate.ts',
            },
            external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, 'dompurify', /^opencc-js/, 'qrcode-generator'],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
  };
});
