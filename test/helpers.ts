import { fixtureCleanup, waitUntil } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import type { DataElement } from '../src/internal/data-element.js';
import { localesReady } from '../src/internal/localize.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

// Every test starts from an empty page: fixtures left over would pile up landmarks and ids.
afterEach(() => fixtureCleanup());

/**
 * How long a wait for the browser may take before the test fails: long enough for a 2-core machine
 * busy with other work (the stress run keeps every core busy); a quiet machine needs a fraction of it.
 */
export const PATIENCE = { timeout: 30_000, interval: 10 };

type Settling = HTMLElement & { status?: string; data?: unknown; value?: { body?: unknown; bodyHtml?: unknown }; updateComplete?: Promise<unknown> };

/** Whether a data element is still on its way: loading, or not yet upgraded, or idle with something to load. */
function pending(el: Settling): boolean {
  if (el.localName.includes('-') && !customElements.get(el.localName)) return true;
  if (el.status === 'loading') return true;
  if (el.status === 'idle') return el.hasAttribute('src') || el.data !== undefined;
  // An article's bodyHtml goes through a sanitizer loaded on first use: the body is part of "loaded".
  const value = el.value;
  return el.localName === 'ql-article' && !!value?.bodyHtml && !value.body && !el.querySelector('.ql-article__html');
}

/**
 * Waits until a data element has settled (ready, empty or error; idle with nothing to load) and
 * rendered. An element that is not a data element is settled once rendered.
 */
export async function loaded(el: DataElement<never> | HTMLElement): Promise<void> {
  const element = el as Settling;
  await waitUntil(() => !pending(element), `<${element.localName}> to settle (status ${element.status})`, PATIENCE);
  await element.updateComplete;
}

/**
 * axe-core's violations for an element (shadow roots included), as `rule: target` strings;
 * `enhancedContrast` also asks for 7:1 text contrast, as the elder mode promises.
 */
export async function axeViolations(el: Element, options: { enhancedContrast?: boolean } = {}): Promise<string[]> {
  const rules = { region: { enabled: false }, 'color-contrast-enhanced': { enabled: !!options.enhancedContrast } };
  const results: AxeResults = await window.axe.run(el, { rules });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`));
}

/** Sets `<html lang>` and waits until our elements have the UI table for it (a lazy chunk). */
export async function setLang(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  // The elements see the change through a MutationObserver (a microtask), then ask for the table.
  await nextTask();
  await localesReady();
  await nextTask();
}

/** Resolves in a fresh task: microtasks (Lit updates, MutationObservers, resolved imports) have run. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Resolves after the next frame has been rendered, in a fresh task. */
export const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
