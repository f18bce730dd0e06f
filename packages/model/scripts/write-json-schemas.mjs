// Writes one JSON Schema file per top-level entity into schemas/, generated
// from the built zod schemas, so apps in other languages share the model.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/index.js';

const dir = new URL('../schemas/', import.meta.url);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const all = jsonSchemas();
for (const [name, schema] of Object.entries(all)) {
  writeFileSync(new URL(`${name}.json`, dir), JSON.stringify(schema, null, 2) + '\n');
}
console.log(`wrote ${Object.keys(all).length} JSON Schema files to schemas/`);
