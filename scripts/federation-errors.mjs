// How many of our federation-news sentences (test/fixtures/script/federation-sentences.json) the
// toggle's converter and opencc-js get wrong, rule sentences and controls apart. The counts are
// deterministic: test/node/federation-sentences.test.mjs asserts them and npm run bench prints them.
//   node scripts/federation-errors.mjs   (the dictionary must be generated first)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE = fileURLToPath(new URL('../test/fixtures/script/federation-sentences.json', import.meta.url));

/** The sentences each converter gets wrong: `{ items, controls, ours, opencc }`, each a list of entries. */
export async function federationErrors() {
  const { tsImport } = await import('tsx/esm/api');
  /** @type {typeof import('../src/script/plans/to-traditional.js')} */
  const plan = await tsImport('../src/script/plans/to-traditional.ts', import.meta.url);
  const OpenCC = await import('opencc-js');
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  // The site's phrases are part of what the page converts with; opencc-js has no such thing.
  const ours = (await plan.buildConverter(fixture.variant, () => Promise.resolve())).withPhrases(fixture.sitePhrases);
  const opencc = OpenCC.Converter({ from: 'cn', to: fixture.variant });
  const wrong = (convert, list) => list.filter(({ simplified, traditional }) => convert(simplified) !== traditional).map((entry) => ({ ...entry, got: convert(entry.simplified) }));
  return {
    items: fixture.items,
    controls: fixture.controls,
    ours: { items: wrong(ours, fixture.items), controls: wrong(ours, fixture.controls) },
    opencc: { items: wrong(opencc, fixture.items), controls: wrong(opencc, fixture.controls) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { items, controls, ours, opencc } = await federationErrors();
  console.log(`federation sentences wrong: ours ${ours.items.length}, opencc-js ${opencc.items.length} of ${items.length}; controls wrong: ours ${ours.controls.length}, opencc-js ${opencc.controls.length} of ${controls.length}`);
  for (const { simplified, traditional, got } of [...ours.items, ...ours.controls]) console.log(`  ${simplified}\n    expected ${traditional}\n    ours     ${got}`);
}
