import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FlowDocumentSchema } from '../src/flow/document.js';
import {
  FLOW_DOCUMENT_SCHEMA_ID,
  flowDocumentJsonSchema,
  type JsonSchema,
  SCHEDULE_SCHEMA_ID,
  scheduleJsonSchema,
} from '../src/flow/json-schema.js';
import { definitionOf, NODE_KINDS } from '../src/nodes/registry.js';
import { ScheduleSchema } from '../src/schedule/schema.js';

const REGENERATE = 'run `pnpm --filter @ringflow/shared run schema` and commit the result';

function committed(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'));
}

const ajv = new Ajv2020({ allErrors: true, strict: true });

/**
 * Checks `value` against a generated schema with a real JSON Schema 2020-12
 * validator, as an API client would; returns the failures, empty when valid.
 */
function violations(schema: JsonSchema, value: unknown): string[] {
  const validate = ajv.compile(schema as object);
  validate(value);
  return (validate.errors ?? []).map((e) => `${e.instancePath || '$'}: ${e.message}`);
}

/** A document with one node of every kind, each with its defaults, chained by its first outcome. */
function oneOfEveryKind() {
  const nodes = NODE_KINDS.map((kind, i) => ({
    id: `n${i}`,
    type: kind,
    position: { x: i * 200, y: 0 },
    data: definitionOf(kind).defaults(),
  }));
  const edges = nodes.slice(0, -1).flatMap((node, i) => {
    const first = definitionOf(node.type).outcomes(node.data)[0];
    return first
      ? [{ id: `e${i}`, source: node.id, sourceHandle: first.id, target: `n${i + 1}` }]
      : [];
  });
  return { schemaVersion: 1, name: 'Every kind', nodes, edges };
}

/** A document to spoil, as plain JSON. */
type Doc = { nodes: { type: string; data: object }[] };

/** The `data` of the document's node of `kind`. */
function dataOf(document: Doc, kind: string): object {
  const node = document.nodes.find((n) => n.type === kind);
  if (!node) throw new Error(`No ${kind} node`);
  return node.data;
}

type NodeVariant = {
  required: string[];
  properties: { type: { const: string }; data: { description?: string; properties: object } };
};

const flowSchema = flowDocumentJsonSchema();
const nodeVariants = (): NodeVariant[] =>
  (flowSchema as { properties: { nodes: { items: { oneOf: NodeVariant[] } } } }).properties.nodes
    .items.oneOf;

describe('the committed JSON Schema files', () => {
  it.each([
    ['flow-document.schema.json', flowDocumentJsonSchema],
    ['schedule.schema.json', scheduleJsonSchema],
  ])('shared/schema/%s matches the zod schemas', (name, generate) => {
    const fresh = JSON.parse(JSON.stringify(generate()));
    expect(committed(name), `shared/schema/${name} is stale: ${REGENERATE}`).toEqual(fresh);
  });
});

describe('flowDocumentJsonSchema', () => {
  it('is a draft 2020-12 schema with an id, a title and a description', () => {
    expect(flowSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://ringflow.dev/schema/flow-document.v1.json',
      title: expect.any(String),
      description: expect.any(String),
    });
    expect(FLOW_DOCUMENT_SCHEMA_ID).toBe(flowSchema.$id);
  });

  it('requires exactly schemaVersion, nodes and edges at the top level', () => {
    expect([...(flowSchema.required as string[])].sort()).toEqual([
      'edges',
      'nodes',
      'schemaVersion',
    ]);
  });

  it('describes nodes as a oneOf with one entry per kind, told apart by type', () => {
    const variants = nodeVariants();
    expect(variants.map((v) => v.properties.type.const)).toEqual([...NODE_KINDS]);
    for (const variant of variants) {
      expect(variant.properties.type).toMatchObject({ type: 'string' });
      expect(variant.required).toEqual(['id', 'type', 'position', 'data']);
    }
  });

  it('gives every kind and every data field a description (label is common to all)', () => {
    for (const variant of nodeVariants()) {
      const kind = variant.properties.type.const;
      const { data } = variant.properties;
      expect(data.description, kind).toMatch(new RegExp(`^${kind}: `));
      for (const [field, schema] of Object.entries(data.properties)) {
        if (field !== 'label') expect(schema.description, `${kind}.${field}`).toBeTruthy();
      }
    }
  });

  it('accepts the zod-parsed defaults of a document with one node of every kind', () => {
    const parsed = FlowDocumentSchema.parse(oneOfEveryKind());
    expect(violations(flowSchema, parsed)).toEqual([]);
  });

  it('accepts what an API client may leave out: data fields that have defaults, name, viewport', () => {
    const minimal = {
      schemaVersion: 1,
      nodes: NODE_KINDS.map((kind, i) => ({
        id: `n${i}`,
        type: kind,
        position: { x: 0, y: 0 },
        data: {},
      })),
      edges: [],
    };
    expect(FlowDocumentSchema.safeParse(minimal).success).toBe(true);
    expect(violations(flowSchema, minimal)).toEqual([]);
  });

  it.each([
    ['an unknown node kind', (d: Doc) => Object.assign(d.nodes[0] ?? {}, { type: 'transfer' })],
    ['a node id with a dot', (d: Doc) => Object.assign(d.nodes[0] ?? {}, { id: 'a.b' })],
    [
      'a ring longer than 60 s',
      (d: Doc) => Object.assign(dataOf(d, 'ring-users'), { ringSeconds: 61 }),
    ],
    [
      'a menu key that is no key',
      (d: Doc) => Object.assign(dataOf(d, 'phone-menu'), { options: [{ digit: 'A' }] }),
    ],
    ['another schemaVersion', (d: Doc) => Object.assign(d, { schemaVersion: 2 })],
    ['no edges', (d: Doc) => Object.assign(d, { edges: undefined })],
    ['a zero zoom', (d: Doc) => Object.assign(d, { viewport: { x: 0, y: 0, zoom: 0 } })],
  ])('refuses %s, as zod does', (_, spoil) => {
    const document: Doc = JSON.parse(JSON.stringify(oneOfEveryKind()));
    spoil(document);
    const json = JSON.parse(JSON.stringify(document));
    expect(FlowDocumentSchema.safeParse(json).success).toBe(false);
    expect(violations(flowSchema, json)).not.toEqual([]);
  });
});

describe('scheduleJsonSchema', () => {
  const scheduleSchema = scheduleJsonSchema();
  const schedule = {
    id: 'main',
    name: 'Office hours',
    timeZone: 'America/New_York',
    weekly: {
      mon: [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '17:00' },
      ],
      fri: [{ from: '18:00', to: '10:00' }],
    },
    closures: [{ date: '2026-12-25', name: 'Christmas' }],
  };

  it('has its id, a title and a description', () => {
    expect(scheduleSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: SCHEDULE_SCHEMA_ID,
      title: expect.any(String),
      description: expect.any(String),
    });
  });

  it('requires id, name, timeZone and weekly', () => {
    expect([...(scheduleSchema.required as string[])].sort()).toEqual([
      'id',
      'name',
      'timeZone',
      'weekly',
    ]);
  });

  it('accepts a schedule both as written and as zod parses it', () => {
    expect(violations(scheduleSchema, schedule)).toEqual([]);
    expect(violations(scheduleSchema, ScheduleSchema.parse(schedule))).toEqual([]);
  });

  it('refuses a time that is no time', () => {
    const bad = { ...schedule, weekly: { mon: [{ from: '9:00', to: '17:00' }] } };
    expect(violations(scheduleSchema, bad)).not.toEqual([]);
  });
});
