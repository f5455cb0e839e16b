import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';
import ts from 'typescript';

/**
 * Our elements use legacy decorators (`experimentalDecorators`, `useDefineForClassFields: false`).
 * Vite 8 leaves standard decorators untranspiled, so the TypeScript transform is told explicitly what
 * tsconfig.json says, rather than trusting that it finds and reads that file on its own.
 */
// tsconfig.json is JSONC (comments, trailing commas): read it the way TypeScript does.
const tsconfigText = readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8');
const tsconfig = ts.parseConfigFileTextToJson('tsconfig.json', tsconfigText).config as {
  compilerOptions: { experimentalDecorators?: boolean; useDefineForClassFields?: boolean };
};
const { experimentalDecorators = false, useDefineForClassFields = true } = tsconfig.compilerOptions;

/** Docs pages (`.mdx`) need the docs addon; without it they are left out rather than failing the build. */
const hasDocs = (() => {
  try {
    createRequire(import.meta.url).resolve('@storybook/addon-docs/package.json');
    return true;
  } catch {
    return false;
  }
})();

const config: StorybookConfig = {
  stories: [...(hasDocs ? ['../stories/**/*.mdx'] : []), '../stories/**/*.stories.ts'],
  addons: hasDocs ? ['@storybook/addon-docs'] : [],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Stories load the demo fixtures by relative URL (`demo/data/site.json`), as pages do.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../stories/assets', to: '/stories/assets' },
  ],
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      // The project's config targets old browsers for the drop-in file; Storybook is a tool for
      // current browsers, and the story fixtures load with top-level await.
      build: { ...viteConfig.build, target: 'es2022' },
      oxc: {
        ...(typeof viteConfig.oxc === 'object' ? viteConfig.oxc : {}),
        decorator: { legacy: experimentalDecorators },
        typescript: { removeClassFieldsWithoutInitializer: !useDefineForClassFields },
        assumptions: { setPublicClassFields: !useDefineForClassFields },
      },
    };
  },
};

export default config;
