// A test-runner command that emulates any CSS media feature in the test browser, e.g.
// `executeServerCommand('emulate-media-features', [{ name: 'prefers-contrast', value: 'more' }])`.
// The runner's own emulateMedia covers only colour scheme and reduced motion.
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      await session.browser.getPage(session.id).emulateMediaFeatures(payload);
      return true;
    },
  };
}
