import { FLOW_SCHEMA_VERSION } from './document.js';
import { cloneJson, jsonTooDeep, MAX_JSON_DEPTH } from './json-depth.js';

/** Turns a document of version N into one of version N + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * One small function per version step, keyed by the version it upgrades FROM.
 * Empty while there is one version; the first format change adds `1: (doc) => ...`.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Brings a parsed JSON document up to `target` (the current version by
 * default), one step at a time. It does not validate: parse the result with
 * `FlowDocumentSchema` afterwards.
 *
 * @example
 * const doc = migrateFlowDocument(JSON.parse(text)); // now schemaVersion 1
 */
export function migrateFlowDocument(
  input: unknown,
  chain: Readonly<Record<number, Migration>> = migrations,
  target: number = FLOW_SCHEMA_VERSION,
): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new MigrationError('A flow document must be a JSON object');
  }
  // A recursive copy would overflow the stack on a document nested thousands of levels deep.
  const tooDeep = jsonTooDeep(input, MAX_JSON_DEPTH);
  if (tooDeep) {
    throw new MigrationError(
      `${tooDeep.path || 'the document'} nests deeper than ${MAX_JSON_DEPTH} levels`,
    );
  }
  // Steps may reshape what they are given; the caller's object stays as it was (documents are JSON).
  let document = cloneJson(input) as Record<string, unknown>;
  let version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError('schemaVersion must be a positive whole number');
  }
  if (version > target) {
    throw new MigrationError(
      `schemaVersion ${version} is newer than this Ringflow understands (${target}); upgrade Ringflow`,
    );
  }
  while (version < target) {
    const step = chain[version];
    if (!step) throw new MigrationError(`No migration from schemaVersion ${version}`);
    document = { ...step(document), schemaVersion: version + 1 };
    version += 1;
  }
  return document;
}
