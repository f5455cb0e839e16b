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
  },
  initialGlobals: { locale: 'zh-Hans' },
  decorators: [
    (story, { globals }) => {
      document.documentElement.lang = (globals.locale as string | undefined) ?? 'zh-Hans';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
