/**
 * @module
 * Writes the JSON Schemas generated from the zod schemas to `shared/schema/`
 * and refreshes the generated field tables in `docs/flow-document.md`.
 * Run it after changing a schema: `pnpm --filter @ringflow/shared run schema`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { flowDocumentJsonSchema, scheduleJsonSchema } from '../src/flow/json-schema.js';
import { refreshFieldTables } from './field-tables.js';

const files = {
  'flow-document.schema.json': flowDocumentJsonSchema(),
  'schedule.schema.json': scheduleJsonSchema(),
};
for (const [name, schema] of Object.entries(files)) {
  const path = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote shared/schema/${name}`);
}

const docsPath = fileURLToPath(new URL('../../docs/flow-document.md', import.meta.url));
const docs = readFileSync(docsPath, 'utf8');
const refreshed = refreshFieldTables(docs, files['flow-document.schema.json']);
if (refreshed !== docs) {
  writeFileSync(docsPath, refreshed);
  console.log('refreshed the field tables in docs/flow-document.md');
}
