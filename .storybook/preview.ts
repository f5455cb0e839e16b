/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { LOCALES } from '../stories/locales.js';

// Argument tables come from the Custom Elements Manifest (`npm run analyze` writes it). The glob
// matches nothing when the file is missing, so a Storybook built without it still works, with the
// argTypes the stories declare themselves.
const manifests = import.meta.glob<object>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'UI language of the elements (sets <html lang>)',
      toolbar: { title: '语言', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
    elder: {
      description: 'The elder mode (长者模式): larger text and targets, 7:1 colours, no motion',
      toolbar: {
        title: '长者模式',
        icon: 'accessibility',
        items: [
          { value: 'off', title: '标准' },
          { value: 'on', title: '长者模式' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-Hans', elder: 'off' },
  decorators: [
    (story, { globals }) => {
      const html = document.documentElement;
      html.lang = (globals.locale as string | undefined) ?? 'zh-Hans';
      // The same attribute the page-wide switch sets (<ql-elder-toggle>).
      html.toggleAttribute('data-ql-elder', globals.elder === 'on');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
