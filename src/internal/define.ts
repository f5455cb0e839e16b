import { VERSION } from './version.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

/**
 * Defines a custom element unless the tag is taken. A page may load the drop-in file twice, or two
 * versions of it (a CMS template and a plug-in both adding it): the first definition wins and the
 * second is skipped with a warning naming both versions, instead of the DOMException
 * `customElements.define` would throw.
 */
export function defineElement(tag: string, constructor: VersionedConstructor): void {
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== constructor) {
      console.warn(
        `qiaolian-widgets ${VERSION}: <${tag}> is already defined by qiaolian-widgets ${existing.version ?? '(unknown version)'}; this copy is skipped.`,
      );
    }
    return;
  }
  constructor.version = VERSION;
  customElements.define(tag, constructor);
}
