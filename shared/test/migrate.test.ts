import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOW_SCHEMA_VERSION } from '../src/flow/document.js';
import { cloneJson, jsonTooDeep, MAX_JSON_DEPTH } from '../src/flow/json-depth.js';
import {
  type Migration,
  MigrationError,
  migrateFlowDocument,
  migrations,
} from '../src/flow/migrate.js';

/** Freezes a value and everything in it, so any write to it throws (ES modules are strict). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * A made-up history: v1 called the flow's title `title`, v2 renamed it to
 * `name`, v3 added `description`. Each step records that it ran.
 */
function syntheticChain() {
  const ran: string[] = [];
  const chain: Record<number, Migration> = {
    1: ({ title, ...rest }) => {
      ran.push('1->2');
      return { ...rest, name: title };
    },
    2: (document) => {
      ran.push('2->3');
      return { ...document, description: '' };
    },
  };
  return { chain, ran };
}

const v1 = () => ({ schemaVersion: 1, title: 'Main line', nodes: [], edges: [] });

describe('migrateFlowDocument with a synthetic chain', () => {
  it('runs each step once, in order, and ends at the target version', () => {
    const { chain, ran } = syntheticChain();
    expect(migrateFlowDocument(v1(), chain, 3)).toEqual({
      schemaVersion: 3,
      name: 'Main line',
      description: '',
      nodes: [],
      edges: [],
    });
    expect(ran).toEqual(['1->2', '2->3']);
  });

  it('starts from the version the document has', () => {
    const { chain, ran } = syntheticChain();
    const v2 = { schemaVersion: 2, name: 'Main line', nodes: [], edges: [] };
    expect(migrateFlowDocument(v2, chain, 3)).toMatchObject({ schemaVersion: 3, description: '' });
    expect(ran).toEqual(['2->3']);
  });

  it('stops at an intermediate target', () => {
    const { chain, ran } = syntheticChain();
    const result = migrateFlowDocument(v1(), chain, 2);
    expect(result).toEqual({ schemaVersion: 2, name: 'Main line', nodes: [], edges: [] });
    expect(ran).toEqual(['1->2']);
  });

  it('sets schemaVersion itself, whatever a step returns', () => {
    const chain: Record<number, Migration> = {
      1: (document) => ({ ...document, schemaVersion: 7 }),
    };
    expect(migrateFlowDocument(v1(), chain, 2).schemaVersion).toBe(2);
  });

  it('runs nothing for a document already at the target', () => {
    const { chain, ran } = syntheticChain();
    const v3 = { schemaVersion: 3, name: 'x', description: '', nodes: [], edges: [] };
    expect(migrateFlowDocument(v3, chain, 3)).toEqual(v3);
    expect(ran).toEqual([]);
  });

  it('does not mutate its input', () => {
    const { chain } = syntheticChain();
    const input = deepFreeze(v1());
    const result = migrateFlowDocument(input, chain, 3);
    expect(input).toEqual(v1());
    expect(result).not.toBe(input);
  });
});

describe('migrateFlowDocument refuses', () => {
  it('a document newer than the target, naming both versions', () => {
    const { chain } = syntheticChain();
    const attempt = () => migrateFlowDocument({ schemaVersion: 4 }, chain, 3);
    expect(attempt).toThrow(MigrationError);
    expect(attempt).toThrow(/schemaVersion 4\b.*\(3\)/);
  });

  it('a chain with a missing step, naming the version it cannot leave', () => {
    const chain: Record<number, Migration> = { 1: (document) => document };
    expect(() => migrateFlowDocument(v1(), chain, 3)).toThrow(
      new MigrationError('No migration from schemaVersion 2'),
    );
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', '{"schemaVersion":1}'],
    ['a number', 1],
    ['undefined', undefined],
  ])('%s, which is not a document', (_, input) => {
    expect(() => migrateFlowDocument(input)).toThrow(
      new MigrationError('A flow document must be a JSON object'),
    );
  });

  it.each([
    ['missing', {}],
    ['a string', { schemaVersion: '1' }],
    ['zero', { schemaVersion: 0 }],
    ['negative', { schemaVersion: -1 }],
    ['a fraction', { schemaVersion: 1.5 }],
    ['NaN', { schemaVersion: Number.NaN }],
    ['infinite', { schemaVersion: Number.POSITIVE_INFINITY }],
  ])('a schemaVersion that is %s', (_, input) => {
    expect(() => migrateFlowDocument(input)).toThrow(
      new MigrationError('schemaVersion must be a positive whole number'),
    );
  });
});

describe('the real chain', () => {
  it('has a step from every version below the current one', () => {
    for (let version = 1; version < FLOW_SCHEMA_VERSION; version += 1) {
      expect(migrations[version], `migration from ${version}`).toBeTypeOf('function');
    }
  });

  it('leaves a current document unchanged', () => {
    const document = deepFreeze({
      schemaVersion: FLOW_SCHEMA_VERSION,
      name: 'Main line',
      nodes: [{ id: 'start', type: 'incoming-call', position: { x: 0, y: 0 }, data: {} }],
      edges: [],
    });
    expect(migrateFlowDocument(document)).toEqual(document);
  });

  it('refuses a document from a future version', () => {
    const future = FLOW_SCHEMA_VERSION + 1;
    expect(() => migrateFlowDocument({ schemaVersion: future })).toThrow(
      `schemaVersion ${future} is newer than this Ringflow understands (${FLOW_SCHEMA_VERSION})`,
    );
  });
});

describe('deeply nested documents', () => {
  /** `{ schemaVersion: 1, nodes: [{ data: { x: { x: ... } } }] }`, `levels` objects deep under data. */
  const nested = (levels: number) => {
    let inner: Record<string, unknown> = {};
    for (let i = 0; i < levels; i += 1) inner = { x: inner };
    return { schemaVersion: FLOW_SCHEMA_VERSION, nodes: [{ id: 'a', data: inner }] };
  };

  it('refuses 5,000 levels with a MigrationError naming where, not a stack overflow', () => {
    let error: unknown;
    try {
      migrateFlowDocument(nested(5000));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/^nodes\.0\.data(\.x)+ nests deeper than 64 levels$/);
  });

  it('copies a document at the limit, equal in value and not the same object', () => {
    const document = nested(MAX_JSON_DEPTH - 4);
    const copy = migrateFlowDocument(document);
    expect(copy).toEqual(document);
    expect(copy.nodes).not.toBe(document.nodes);
  });
});

describe('jsonTooDeep and cloneJson', () => {
  it('finds the first path past the limit', () => {
    expect(jsonTooDeep({ a: [[1]] }, 2)).toEqual({ path: 'a.0', depth: 3 });
    expect(jsonTooDeep({ a: [1] }, 2)).toBeNull();
    expect(jsonTooDeep('text', 0)).toBeNull();
  });

  it('copies like JSON: own __proto__ members stay data, undefined is dropped or null', () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"list":[1,{"b":2}]}');
    const copy = cloneJson({ ...input, gone: undefined, list: [...input.list, undefined] });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'list']);
    expect(copy.list).toEqual([1, { b: 2 }, null]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copies any JSON value as a JSON round trip does, and finds depth as a recursive walk does', () => {
    const depthOf = (v: unknown): number =>
      typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, max) => {
        const copy = cloneJson(value);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
        expect(copy).toStrictEqual(value);
        if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value);
        const found = jsonTooDeep(value, max);
        expect(found === null).toBe(depthOf(value) <= max);
        if (found) expect(found.depth).toBe(max + 1);
      }),
      { numRuns: 500 },
    );
  });
});
