import { readSetting, writeSetting } from '../../internal/reader-settings.js';

/** `localStorage` key of the reader's choice: `1` on, `0` off. */
export const ELDER_KEY = 'ql:elder';

/** On `<html>` while the elder mode is on; every element's styles read the tokens it sets. */
export const ELDER_ATTRIBUTE = 'data-ql-elder';

const listeners = new Set<() => void>();

/** Whether the page is in the elder mode now. */
export const elderModeOn = (): boolean => document.documentElement.hasAttribute(ELDER_ATTRIBUTE);

/** Turns the elder mode on or off for the whole page and tells every toggle; remembered unless `remember` is false. */
export function setElderMode(on: boolean, remember = true): void {
  document.documentElement.toggleAttribute(ELDER_ATTRIBUTE, on);
  if (remember) writeSetting(ELDER_KEY, on ? '1' : '0');
  listeners.forEach((listener) => listener());
}

/** Applies the reader's remembered choice, if there is one (a page may also set the attribute itself). */
export function restoreElderMode(): void {
  const stored = readSetting(ELDER_KEY);
  if (stored === '1' || stored === '0') setElderMode(stored === '1', false);
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function onElderModeChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
