/**
 * Storybook's rendering of a story, for tests that render the stories themselves (test/stories.test.ts
 * checks each with axe, test/visual-stories.test.ts compares each main state with its screenshot):
 * merged args, loaders, decorators, then the story's render, as Storybook does it.
 */
import { render } from 'lit';
import type { StoryExpectation } from '../stories/story-data.js';

export type Args = Record<string, unknown>;
export interface Context {
  id: string;
  name: string;
  title: string;
  args: Args;
  argTypes: Record<string, unknown>;
  globals: { locale: string };
  parameters: Record<string, unknown>;
  loaded: Record<string, unknown>;
  viewMode: 'story';
}
export type RenderFn = (args: Args, context: Context) => unknown;
export type Decorator = (story: () => unknown, context: Context) => unknown;
export type Loader = (context: Context) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void;
export interface Annotations {
  args?: Args;
  argTypes?: Record<string, unknown>;
  parameters?: Record<string, unknown> & { expected?: StoryExpectation };
  decorators?: Decorator | Decorator[];
  loaders?: Loader | Loader[];
  render?: RenderFn;
}
export interface Meta extends Annotations {
  title: string;
  component?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
export interface Story extends Annotations {
  name?: string;
}
export type StoriesModule = { default: Meta } & Record<string, Story | RenderFn | unknown>;

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** CSF's rule for which named exports are stories. */
export function storyExports(module: StoriesModule): [string, Story | RenderFn][] {
  const { includeStories, excludeStories } = module.default;
  const matches = (key: string, rule: string[] | RegExp) => (Array.isArray(rule) ? rule.includes(key) : rule.test(key));
  return Object.entries(module).filter(
    (entry): entry is [string, Story | RenderFn] =>
      entry[0] !== 'default' &&
      entry[0] !== '__namedExportsOrder' &&
      (typeof entry[1] === 'function' || (typeof entry[1] === 'object' && entry[1] !== null)) &&
      (!includeStories || matches(entry[0], includeStories)) &&
      (!excludeStories || !matches(entry[0], excludeStories)),
  );
}

/** Renders one story the way Storybook does: merged args, loaders, decorators, then the story's render. */
export async function renderStory(meta: Meta, key: string, exported: Story | RenderFn, locale: string, container: HTMLElement) {
  const story: Story = typeof exported === 'function' ? { render: exported } : exported;
  const renderFn = story.render ?? meta.render;
  if (!renderFn) throw new Error(`${meta.title} ${key}: neither the story nor the default export has a render function`);
  const context: Context = {
    id: `${meta.title}--${key}`,
    name: story.name ?? key,
    title: meta.title,
    args: { ...meta.args, ...story.args },
    argTypes: { ...meta.argTypes, ...story.argTypes },
    globals: { locale },
    parameters: { ...meta.parameters, ...story.parameters },
    loaded: {},
    viewMode: 'story',
  };
  for (const loader of [...asList(meta.loaders), ...asList(story.loaders)]) Object.assign(context.loaded, await loader(context));
  let run = () => renderFn(context.args, context);
  for (const decorator of [...asList(story.decorators), ...asList(meta.decorators)]) {
    const inner = run;
    run = () => decorator(inner, context);
  }
  const result = run();
  if (typeof result === 'string') throw new Error(`${meta.title} ${key}: render returned a string; return a Lit template or a node`);
  render(result, container);
}
