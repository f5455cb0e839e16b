// Writes dist/vscode.html-custom-data.json from the Custom Elements Manifest, so that VS Code (and
// editors that read the same format) complete our tags and attributes, show their descriptions and
// offer the allowed values. `npm run build` runs it after the analyzer; a project points its
// `.vscode/settings.json` at the file:
//   { "html.customData": ["./node_modules/qiaolian-widgets/dist/vscode.html-custom-data.json"] }
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [manifestPath = 'dist/custom-elements.json', outPath = 'dist/vscode.html-custom-data.json'] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (path.endsWith('.ts')) yield readFileSync(path, 'utf8');
  }
}
const source = [...sources('src')].join('\n');

const literals = (text) => [...text.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);

/**
 * The string values a type allows, when it is a union of string literals: written out
 * (`'list' | 'photo'`), through an alias (`Variant`), or as the items of a const array
 * (`(typeof FONT_SIZES)[number]`). Anything else (string, number) has no fixed values.
 */
function valuesOf(typeText = '', seen = new Set()) {
  const parts = typeText.split('|').map((part) => part.trim()).filter((part) => part && part !== 'undefined' && part !== 'null');
  const values = [];
  for (const part of parts) {
    if (/^'[^']*'$|^"[^"]*"$/.test(part)) values.push(...literals(part));
    else if (/^[A-Z]\w*$/.test(part) && !seen.has(part)) {
      seen.add(part);
      const alias = source.match(new RegExp(`export type ${part} =([^;]+);`));
      if (!alias) return [];
      const constArray = alias[1].match(/^\s*\(typeof (\w+)\)\[number\]\s*$/);
      if (constArray) {
        const items = source.match(new RegExp(`const ${constArray[1]} = \\[([^\\]]*)\\] as const`));
        if (!items) return [];
        values.push(...literals(items[1]));
      } else {
        const resolved = valuesOf(alias[1], seen);
        if (!resolved.length) return [];
        values.push(...resolved);
      }
    } else return [];
  }
  return values;
}

const markdown = (value) => ({ kind: 'markdown', value });
const list = (title, items) =>
  items?.length ? [`**${title}:** ${items.map((item) => `\`${item.name || '(default)'}\``).join(', ')}`] : [];

const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((element) => ({
    name: element.tagName,
    description: markdown(
      [
        element.summary,
        element.description,
        ...list('Slots', element.slots),
        ...list('Events', element.events),
        ...list('CSS parts', element.cssParts),
        ...list('CSS custom properties', element.cssProperties),
      ]
        .filter(Boolean)
        .join('\n\n'),
    ),
    attributes: (element.attributes ?? [])
      .filter((attribute) => attribute.name)
      .map((attribute) => {
        const values = valuesOf(attribute.type?.text);
        return {
          name: attribute.name,
          description: markdown(
            [attribute.description, attribute.default ? `Default: \`${attribute.default}\`.` : ''].filter(Boolean).join(' '),
          ),
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
  }));

writeFileSync(outPath, `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags }, null, 2)}\n`);
console.log(`${outPath}: ${tags.length} tags`);
