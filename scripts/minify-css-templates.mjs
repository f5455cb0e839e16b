// A build plugin for the drop-in file: minifies the stylesheets written as Lit `css` tagged templates in
// src/ (whitespace, comments, the last semicolon of a block), which the JavaScript minifier leaves as
// they are. Lightning CSS does the minifying; this file only finds the templates.
//
// A template may hold `${…}` expressions: each is swapped for a custom-property declaration while the
// text is minified, then put back. The expressions in our styles are declaration lists (`${hiddenButReadable}`)
// in declaration position, which is the only place such a stand-in survives; a template whose text is a
// declaration list itself (no braces) is minified inside a stand-in rule.
import { transform } from 'lightningcss';

const TEMPLATE = /\bcss`([^`]*)`/g;
const EXPRESSION = /\$\{[^}]*\}/g;
const STAND_IN = /--ql-expression-(\d+):0/g;

/**
 * The minified text of one template body; throws, naming the file, on CSS it cannot parse.
 * @param {string} body
 * @param {string} filename
 */
export function minifyCssTemplate(body, filename) {
  /** @type {string[]} */
  const expressions = [];
  let text = body.replace(EXPRESSION, (expression) => `--ql-expression-${expressions.push(expression) - 1}:0;`);
  const declarationList = !text.includes('{');
  if (declarationList) text = `x{${text}}`;
  let minified;
  try {
    minified = transform({ filename, code: Buffer.from(text), minify: true, errorRecovery: false }).code.toString();
  } catch (error) {
    throw new Error(`${filename}: a css template does not parse: ${error instanceof Error ? error.message : error}`, { cause: error });
  }
  if (declarationList) minified = minified.slice(2, -1);
  const restored = minified.replace(STAND_IN, (_, i) => expressions[Number(i)]);
  const kept = restored.match(EXPRESSION) ?? [];
  if (kept.length !== expressions.length) {
    throw new Error(`${filename}: a \${…} expression in a css template was moved or dropped by minification`);
  }
  return restored;
}

/** @returns {import('vite').Plugin} */
export function minifyCssTemplates() {
  return {
    name: 'qiaolian:minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      if (/\\/.test([...code.matchAll(TEMPLATE)].map((m) => m[1]).join(''))) {
        this.error(`${id}: a css template holds a backslash escape; this plugin minifies raw text and would change it`);
      }
      return { code: code.replace(TEMPLATE, (_, body) => `css\`${minifyCssTemplate(body, id)}\``), map: null };
    },
  };
}
