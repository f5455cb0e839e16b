// The build step that minifies the `css` templates of the drop-in file. Whether the minified styles
// still style the page as the sources do is checked in the browser (test/embed.test.ts); these are
// the text-level promises the plugin itself makes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssTemplate } from '../../scripts/minify-css-templates.mjs';

test('a stylesheet loses its whitespace and comments', () => {
  assert.equal(minifyCssTemplate('\n  /* the host */\n  :host {\n    display: block;\n  }\n', 'a.ts'), ':host{display:block}');
});

test('a ${…} expression in declaration position comes back where it stood', () => {
  const body = '\n  .hidden {\n    ${hiddenButReadable}\n    color: red;\n  }\n  :root {\n    ${moreContrast}\n  }\n';
  assert.equal(minifyCssTemplate(body, 'a.ts'), '.hidden{${hiddenButReadable};color:red}:root{${moreContrast}}');
});

test('a template that is a declaration list stays a declaration list', () => {
  assert.equal(minifyCssTemplate('\n  position: absolute;\n  width: 1px;\n', 'a.ts'), 'width:1px;position:absolute');
});

test('CSS it cannot parse stops the build, naming the file', () => {
  assert.throws(() => minifyCssTemplate(':host { display: block; } }', 'src/broken.styles.ts'), /^Error: src\/broken\.styles\.ts: a css template does not parse/);
});
