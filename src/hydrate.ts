/**
 * Hydration of server-rendered pages (`qiaolian-widgets render`, `renderPage`): elements take over
 * the DOM the server wrote instead of drawing it again, so nothing flashes or moves.
 *
 * npm users import it first, before any element is defined:
 *   import 'qiaolian-widgets/hydrate.js';
 *   import 'qiaolian-widgets';
 * The drop-in file loads it by itself, as a lazy chunk, on pages that hold server-rendered elements.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { LitElement, render, type PropertyValues } from 'lit';
import { SERVER_RENDERED, enableHydration } from './internal/hydration.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

// Lit applies the support itself when it loads after it (the order above). Where Lit was loaded
// before (the drop-in file bundles it), it is applied here, once: the support marks LitElement with
// its own `observedAttributes`.
if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}

/**
 * Markup another version of the library rendered (the site updated its drop-in file, not its pages)
 * may not match this version's templates, and then Lit cannot take it over: it is drawn again instead,
 * with a warning, and the element works as on any page.
 */
function redraw(host: string, container: Element | ShadowRoot, error: unknown, draw: () => void) {
  console.warn(`<${host}>: the server-rendered markup does not match this version of qiaolian-widgets; drawn again (${String(error)})`);
  for (const node of [...container.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
  draw();
}

const hydratingUpdate = LitElement.prototype['update'];
LitElement.prototype['update'] = function (this: LitElement, changed: PropertyValues) {
  if (this.hasUpdated || !this.hasAttribute(SERVER_RENDERED)) return hydratingUpdate.call(this, changed);
  try {
    hydratingUpdate.call(this, changed);
  } catch (error) {
    const root = this.renderRoot as ShadowRoot;
    redraw(this.localName, root, error, () => render(this.render(), root, this.renderOptions));
  }
};

enableHydration((value, container) => {
  try {
    hydrate(value, container);
  } catch (error) {
    redraw(container.parentElement?.localName ?? 'ql-*', container, error, () => render(value, container));
  }
});
