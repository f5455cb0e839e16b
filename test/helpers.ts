import { fixtureCleanup } from '@open-wc/testing';
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

/** Waits until a data element has left `idle`/`loading` and rendered. */
export async function loaded(el: DataElement<never> | HTMLElement): Promise<void> {
  const element = el as DataElement<never>;
  for (let i = 0; i < 200 && (element.status === 'idle' || element.status === 'loading'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
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
  await new Promise((resolve) => setTimeout(resolve));
  await localesReady();
  await new Promise((resolve) => setTimeout(resolve));
}
