import { isServer, render, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * The attribute `renderPage` puts on every element it renders: the element's shadow root and its
 * light-DOM content are already in the page, and its data is embedded.
 */
export const SERVER_RENDERED = 'data-ql-rendered';

type LightHydrate = (value: unknown, container: HTMLElement) => void;
let lightHydrate: LightHydrate | undefined;

/** Called by the hydration module once Lit can hydrate: from then on server-rendered elements hydrate. */
export function enableHydration(hydrate: LightHydrate): void {
  lightHydrate = hydrate;
}

/**
 * Renders `template` into a light-DOM container of `host`, `<div slot class>`, made on first use before
 * `before` (or last), and returns it. A container the server rendered is taken over instead: hydrated
 * when this render is the server's (`matching`), else emptied and rendered again in place, never twice.
 */
export function renderLight(
  host: HTMLElement,
  container: HTMLElement | undefined,
  template: unknown,
  [slot, className]: [string, string],
  matching: boolean,
  before: Node | null = null,
): HTMLElement {
  if (!container) {
    const rendered = host.querySelector<HTMLElement>(`:scope > .${className}[slot="${slot}"]`);
    if (rendered && matching && lightHydrate) {
      lightHydrate(template, rendered);
      return rendered;
    }
    rendered?.replaceChildren();
    container = rendered ?? host.insertBefore(Object.assign(document.createElement('div'), { slot, className }), before);
  }
  render(template, container);
  return container;
}

/**
 * Whether an element's render must be the server's own. It is on the server, and in the browser during
 * the first update of an element the server rendered: hydration takes over the server's DOM only if
 * the first render has the same shape. What only the browser knows (the date, stored choices, what
 * the browser supports) is left out of that render, and the element renders again at once with it.
 */
export class ServerMatch implements ReactiveController {
  private matching = isServer;
  private hydrated = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Whether this render must be what the server rendered. */
  get active(): boolean {
    return this.matching;
  }

  hostConnected() {
    if (!isServer && !this.host.hasUpdated) this.matching = !!lightHydrate && this.host.hasAttribute(SERVER_RENDERED);
  }

  hostUpdate() {
    if (this.hydrated) this.matching = false;
  }

  hostUpdated() {
    if (!this.matching || isServer || this.hydrated) return;
    this.hydrated = true;
    // Once this update is over (a request from within it would be a change-in-update), still before paint.
    queueMicrotask(() => this.host.requestUpdate());
  }
}
