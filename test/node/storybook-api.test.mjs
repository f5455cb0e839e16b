// Storybook's controls and element docs pages come from the Custom Elements Manifest through
// .storybook/custom-elements.ts: they must show each element's public API, all of it, and nothing
// of its internals (the base class's `doc`, `failure`, `i18n`, `schema`…).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { argTypesFor, descriptionFor, isPublic, publicManifest } from '../../.storybook/custom-elements.ts';

// `npm run analyze` as package.json has it, written to a scratch directory rather than dist/.
const outDir = mkdtempSync(join(tmpdir(), 'ql-cem-'));
after(() => rmSync(outDir, { recursive: true, force: true }));
// (the analyzer reads --outdir relative to the working directory, even an absolute one)
const analyze = JSON.parse(readFileSync('package.json', 'utf8')).scripts.analyze.replace(/--outdir \S+/, `--outdir ${relative(process.cwd(), outDir)}`);
const bin = join(process.cwd(), 'node_modules', '.bin');
const run = spawnSync(analyze, { shell: true, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
assert.equal(run.status, 0, run.stderr);
const manifest = JSON.parse(readFileSync(join(outDir, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);

test('the manifest lists the elements', () => {
  assert.ok(elements.length >= 7, elements.map((element) => element.tagName).join(' '));
});

for (const element of elements) {
  test(`${element.tagName}: controls and docs show its public attributes and properties, and no internals`, () => {
    const argTypes = argTypesFor(publicManifest(manifest), element.tagName);
    const members = element.members ?? [];
    // Said here from the manifest itself, not through the code under test.
    const internal = (member) => member.privacy === 'private' || member.privacy === 'protected' || member.static;
    const hidden = new Set(members.filter(internal).map((member) => member.name));
    for (const member of members.filter((member) => !internal(member))) hidden.delete(member.name);
    const settable = Object.entries(argTypes).filter(([key]) => !key.includes(':'));
    for (const [key, argType] of settable) {
      assert.ok(!hidden.has(key), `${key} is not public`);
      assert.ok(['attributes', 'properties'].includes(argType.table.category), `${key}: ${argType.table.category}`);
    }
    for (const internal of ['doc', 'failure', 'failures', 'i18n', 'schema', 'loading', 'loadedFrom', 'content']) {
      assert.ok(!(internal in argTypes), `${internal} is shown`);
    }
    for (const field of members.filter((member) => isPublic(member) && member.kind === 'field')) {
      assert.ok(argTypes[field.name], `public ${field.name} is missing`);
      assert.equal(argTypes[field.name].name, field.attribute ?? field.name);
      if (field.readonly) assert.equal(argTypes[field.name].control?.disable, true, `${field.name} is read-only`);
    }
    for (const attribute of element.attributes ?? []) {
      assert.ok(Object.values(argTypes).some((argType) => argType.name === attribute.name), `attribute ${attribute.name} is missing`);
    }
    for (const [category, items] of [['events', element.events], ['slots', element.slots], ['css shadow parts', element.cssParts], ['css custom properties', element.cssProperties]]) {
      const shown = Object.values(argTypes).filter((argType) => argType.table.category === category);
      assert.equal(shown.length, items?.length ?? 0, category);
      assert.ok(shown.every((argType) => argType.control?.disable === true), `${category} have no control`);
    }
    assert.match(descriptionFor(manifest, element.tagName) ?? '', /\S/, 'a description for the docs page');
  });
}

test('a data element shows the public API it inherits (src, timeout, data, status)', () => {
  const argTypes = argTypesFor(publicManifest(manifest), 'ql-site-footer');
  for (const key of ['src', 'timeout', 'data', 'status']) assert.ok(argTypes[key], key);
  assert.equal(argTypes.data.table.category, 'properties', 'data is a property only');
  assert.equal(argTypes.src.table.category, 'attributes');
});
