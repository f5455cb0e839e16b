// Lint for the library, its tests, stories and scripts. Type-aware rules run where a tsconfig covers
// the file; each kind of file gets the globals of the place it runs in (browser, mocha, Node).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'src/script/generated/', '.bench/', '.bench-dictionary-*/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts', 'test/**/*.ts', 'demo/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    // chai asserts with property getters (`expect(x).to.exist`), which read as unused expressions.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'test/node/**/*.mjs', 'test/server/**/*.mjs', 'test/fixtures/**/*.mjs', '*.js', '*.mjs', '*.ts', 'src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['scripts/bench/**/*.mjs', 'scripts/*.mjs', 'test/server/**/*.mjs'],
    // Benchmarks, screenshot scripts and the test server's plugins hand functions to the browser
    // (page.evaluate), so browser globals are real there too.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
