/// <reference types="node" />
/**
 * Writes the published JSON Schema files (`dist/schema/*.schema.json`) from the contract definition
 * and the field docs. Run by `npm run build`; editors use the `$id` to validate data files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { CONTRACT_VERSION, documentSchemas, type DocumentKind } from '../contract/documents.js';
import { fieldDocs } from '../contract/field-docs.js';
import type { JsonSchema } from '../contract/schema.js';


/** Copies a schema node, adding the description written for `path` and recursing into children. */
function describe(node: JsonSchema, docs: Record<string, string>, path: string): JsonSchema {
  const out: JsonSchema = { ...node };
  if (docs[path]) out.description = docs[path];
  const child = (key: string) => (path ? `${path}.${key}` : key);
  if (node.properties) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties as Record<string, JsonSchema>).map(([key, value]) => [key, describe(value, docs, child(key))]),
    );
  }
  if (node.items) out.items = describe(node.items as JsonSchema, docs, `${path}[]`);
  if (node.oneOf) out.oneOf = (node.oneOf as JsonSchema[]).map((member) => describe(member, docs, path));
  // An optional field is `anyOf: [its schema, null, blank]`: the fields inside are described in the first.
  if (node.anyOf) {
    out.anyOf = (node.anyOf as JsonSchema[]).map((member) => {
      const { description: _, ...described } = describe(member, docs, path);
      return described;
    });
  }
  return out;
}

export function publishedSchema(kind: DocumentKind): JsonSchema {
  const schema = describe(documentSchemas[kind].json, fieldDocs[kind], '');
  // JSON.stringify drops the `undefined` left by optional settings.
  return JSON.parse(
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:qiaolian-widgets:schema:${kind}:v1`,
      ...schema,
      properties: {
        // No type: the check ignores this field whatever it holds, so the schema must too.
        $schema: { description: 'Path or URL of this schema file, for editors.' },
        ...(schema.properties as object),
        version: { ...(schema.properties as Record<string, JsonSchema>).version, const: CONTRACT_VERSION },
      },
    }),
  );
}

const outDir = process.argv[2] ?? 'dist/schema';
await mkdir(outDir, { recursive: true });
for (const kind of Object.keys(documentSchemas) as DocumentKind[]) {
  await writeFile(`${outDir}/${kind}.schema.json`, `${JSON.stringify(publishedSchema(kind), null, 2)}\n`);
}
