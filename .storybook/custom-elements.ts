/**
 * What Storybook shows of an element, from the Custom Elements Manifest (`npm run analyze`): its
 * public API only. The manifest also lists the base class's private and protected members (`doc`,
 * `failure`, `i18n`, `schema`…), which Storybook would otherwise turn into controls.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

interface Typed {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
}
export interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
export interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
export interface Manifest {
  schemaVersion?: string;
  modules: { path?: string; declarations?: Declaration[] }[];
}

/** Public, per instance, and not a JavaScript-private or underscore-private name. */
export const isPublic = (member: Member) =>
  (member.privacy ?? 'public') === 'public' && !member.static && !/^[#_]/.test(member.name);

/** The manifest with every custom element's members cut down to its public API. */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.customElement
          ? {
              ...declaration,
              members: declaration.members?.filter(isPublic),
              attributes: declaration.attributes?.filter((attribute) => {
                const field = declaration.members?.find((member) => member.name === attribute.fieldName);
                return !field || isPublic(field);
              }),
            }
          : declaration,
      ),
    })),
  };
}

function declarationOf(manifest: Manifest, tagName: string): Declaration | undefined {
  for (const module of manifest.modules) {
    const found = module.declarations?.find((declaration) => declaration.customElement && declaration.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

/** No control, and no "Setup controls" link inviting one: nothing a page sets. */
const NO_CONTROL = { disable: true } as const;

/**
 * A control that fits the declared type; none for what a page cannot set. In the `{ type }` form:
 * the docs page's table, unlike the controls panel, does not accept the shorthand.
 */
function controlFor(member: Member) {
  if (member.readonly) return NO_CONTROL;
  const type = (member.type?.text ?? 'string').replace(/\s*\|\s*(undefined|null)\b/g, '');
  if (type === 'boolean') return { type: 'boolean' } as const;
  if (type === 'number') return { type: 'number' } as const;
  if (/^'[^']*'(\s*\|\s*'[^']*')+$/.test(type)) return { type: 'inline-radio' } as const;
  // A named type (FontSize, Variant…) too: its values are in the description, or a story lists them.
  if (type === 'string' || /^[A-Z]\w*$/.test(type)) return { type: 'text' } as const;
  return { type: 'object' } as const;
}

const literals = (type = '') => [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);

/**
 * Argument types for one element: one per public property (named by its attribute when it has one,
 * so the table shows what an HTML author writes), then events, slots, CSS parts and custom
 * properties for the docs table only. Keys are property names, which the stories' render functions use.
 */
export function argTypesFor(manifest: Manifest, tagName: string): ArgTypes {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const out: ArgTypes = {};
  const fieldsWithAttribute = new Set<string>();
  for (const member of declaration.members ?? []) {
    if (!isPublic(member)) continue;
    const summary = member.type?.text;
    if (member.kind === 'method') {
      out[`method:${member.name}`] = {
        name: `${member.name}()`,
        description: member.description,
        control: NO_CONTROL,
        table: { category: 'methods' },
      };
      continue;
    }
    if (member.attribute) fieldsWithAttribute.add(member.name);
    const control = controlFor(member);
    out[member.name] = {
      name: member.attribute ?? member.name,
      description: [member.description, member.attribute ? `Property: \`${member.name}\`.` : 'Property only.']
        .filter(Boolean)
        .join(' '),
      control,
      ...('type' in control && control.type === 'inline-radio' ? { options: literals(summary) } : {}),
      table: {
        category: member.attribute ? 'attributes' : 'properties',
        type: summary ? { summary } : undefined,
        defaultValue: member.default === undefined ? undefined : { summary: member.default },
      },
    };
  }
  // An attribute with no property of its own (`@attr title`: a standard attribute the element reads).
  for (const attribute of declaration.attributes ?? []) {
    if (attribute.fieldName && fieldsWithAttribute.has(attribute.fieldName)) continue;
    out[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      control: { type: 'text' },
      table: { category: 'attributes', type: attribute.type?.text ? { summary: attribute.type.text } : undefined },
    };
  }
  const tableOnly = (category: string, prefix: string, items: Typed[] = []) => {
    for (const item of items) {
      out[`${prefix}:${item.name || '(default)'}`] = {
        name: item.name || '(default)',
        description: [item.summary, item.description].filter(Boolean).join(' '),
        control: NO_CONTROL,
        table: { category, type: item.type?.text ? { summary: item.type.text } : undefined },
      };
    }
  };
  tableOnly('events', 'event', declaration.events);
  tableOnly('slots', 'slot', declaration.slots);
  tableOnly('css shadow parts', 'part', declaration.cssParts);
  tableOnly('css custom properties', 'cssprop', declaration.cssProperties);
  return out;
}

/** The element's summary (in Chinese) and description, for the top of its docs page. */
export function descriptionFor(manifest: Manifest, tagName: string): string | undefined {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return undefined;
  return [declaration.summary, declaration.description].filter(Boolean).join('\n\n') || undefined;
}
