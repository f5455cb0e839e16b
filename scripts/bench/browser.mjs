// Headless Chromium for the benchmarks, with the same lookup and flags as the tests.
import puppeteer from 'puppeteer-core';
import { chromeArgs, requireChrome } from '../find-chrome.mjs';

export function launch() {
  // A page that never answers ends the run with an error after two minutes instead of hanging it.
  return puppeteer.launch({ executablePath: requireChrome(), headless: true, args: chromeArgs, protocolTimeout: 120_000 });
}

/** Collects the longest main-thread task from now on; call the returned function to read it. */
export const longTaskProbe = `
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
`;
