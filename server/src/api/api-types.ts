/**
 * @module
 * The web app's types of the admin API, generated from the API's own OpenAPI
 * document, so the two cannot drift: `pnpm api-types` writes
 * `web/src/api/generated.ts`, and a test fails when the committed file is not
 * what the routes' schemas give today.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { memoryLogger } from '../logger.js';
import { adminApi } from './admin-api.js';

const HEADER = `/**
 * The admin API's types, generated from its OpenAPI document by \`pnpm api-types\`
 * (server/src/api/api-types.ts). Do not edit: change the route schemas and run it again.
 */
`;

/** The OpenAPI document the running server serves at `/api/openapi.json`. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const db = openDatabase(':memory:');
  try {
    const config = loadConfig({ RINGFLOW_DATA_DIR: '/nonexistent', TWILIO_AUTH_TOKEN: 'unused' });
    const app = adminApi({ db, clock: systemClock, config, log: memoryLogger() });
    const response = await app.request('/openapi.json');
    return (await response.json()) as Record<string, unknown>;
  } finally {
    db.close();
  }
}

/** The TypeScript source of `web/src/api/generated.ts`. */
export async function apiTypesSource(): Promise<string> {
  const ast = await openapiTS(
    (await openApiDocument()) as unknown as Parameters<typeof openapiTS>[0],
    { alphabetize: false },
  );
  return `${HEADER}${astToString(ast)}`;
}
