/** Writes web/src/api/generated.ts from the admin API's route schemas (see src/api/api-types.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiTypesSource } from '../src/api/api-types.js';

const target = fileURLToPath(new URL('../../web/src/api/generated.ts', import.meta.url));
writeFileSync(target, await apiTypesSource());
console.log(`Wrote ${target}`);
