/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { LOCALES } from '../stories/locales.js';
import { argTypesFor, descriptionFor, publicManifest, type Manifest } from './custom-elements.js';

// Controls and each element's docs page come from the Custom Elements Manifest (`npm run analyze`
// writes it), cut down to the public API. The glob matches nothing when the file is missing, so a
// Storybook built without it still works, with the argTypes the stories declare themselves.
const manifests = import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' });
const found = Object.values(manifests)[0];
const manifest = found && publicManifest(found);
if (manifest) setCustomElementsManifest(manifest);

const preview: Preview = {
  // A docs page per element: its description, stories and the table of its public API.
  tags: ['autodocs'],
  // A story that tunes a control (`pageSize: { control: … }`) gets its key as the name; give back
  // the attribute name the manifest says an HTML author writes (`page-size`).
  argTypesEnhancers: manifest
    ? [
        ({ argTypes, component }) => {
          const fromManifest = typeof component === 'string' ? argTypesFor(manifest, component) : {};
          return Object.fromEntries(
            Object.entries(argTypes).map(([key, argType]) => [key, fromManifest[key] ? { ...argType, name: fromManifest[key].name } : argType]),
          );
        },
      ]
    : [],
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
    // The panel offers what a page can set; events, slots, parts and CSS properties are in the docs table.
    controls: { expanded: true, sort: 'requiredFirst', exclude: /^(method|event|slot|part|cssprop):/ },
    docs: manifest
      ? {
          extractArgTypes: (tagName: string) => argTypesFor(manifest, tagName),
          extractComponentDescription: (tagName: string) => descriptionFor(manifest, tagName),
        }
      : {},
  },
};

export default preview;
