// A test-runner command that emulates any CSS media feature in the test browser, e.g.
// `executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }])`.
// The runner's own emulateMedia covers only colour scheme and reduced motion, and Puppeteer's
// emulateMediaFeatures refuses features it does not know (prefers-contrast), so this speaks the
// DevTools protocol directly. An emulation lasts as long as the protocol session that set it: one
// session per page, kept open.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
      const cdp = await sessions.get(page);
      await cdp.send('Emulation.setEmulatedMedia', { features: payload ?? [] });
      return true;
    },
  };
}
