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
import { LitElement } from 'lit';
import { enableHydration } from './internal/hydration.js';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

// Lit applies the support itself when it loads after it (the order above). Where Lit was loaded
// before (the drop-in file bundles it), it is applied here, once: the support marks LitElement with
// its own `observedAttributes`.
if (!Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}
enableHydration((value, container) => hydrate(value, container));
