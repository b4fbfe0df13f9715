import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindsWithFieldTables, refreshFieldTables } from '../scripts/field-tables.js';
import {
  type FlowDocument,
  FlowDocumentSchema,
  FlowEdgeSchema,
  FlowNodeSchema,
} from '../src/flow/document.js';
import { flowDocumentJsonSchema } from '../src/flow/json-schema.js';
import { migrateFlowDocument } from '../src/flow/migrate.js';
import { definitionOf, isNodeKind, NODE_KINDS } from '../src/nodes/registry.js';
import { ScheduleSchema } from '../src/schedule/schema.js';
import { parseTemplate, unknownVariables } from '../src/template/parse.js';
import { TEMPLATE_VARIABLES } from '../src/template/variables.js';

/** `docs/flow-document.md`, the format as API users read it. */
const markdown = readFileSync(new URL('../../docs/flow-document.md', import.meta.url), 'utf8');
const jsonBlocks = [...markdown.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');

describe('the example in docs/flow-document.md', () => {
  // Parsed at collection time: if the example is invalid, zod's error fails this whole block.
  // The schema types `data` per kind only loosely; FlowDocument ties it to `type`.
  const example = FlowDocumentSchema.parse(
    migrateFlowDocument(JSON.parse(jsonBlocks[0] ?? '')),
  ) as FlowDocument;

  it('is a valid flow document with a node of most kinds', () => {
    expect(new Set(example.nodes.map((n) => n.type)).size).toBeGreaterThan(4);
  });

  it('has one entry and unique node and edge ids', () => {
    expect(example.nodes.filter((n) => n.type === 'incoming-call')).toHaveLength(1);
    const nodeIds = example.nodes.map((n) => n.id);
    const edgeIds = example.edges.map((e) => e.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
  });

  it('connects every outcome exactly once, to a node that exists', () => {
    const nodeIds = new Set(example.nodes.map((n) => n.id));
    const connected = example.edges.map((e) => `${e.source}.${e.sourceHandle}`);
    const outcomes = example.nodes.flatMap((node) =>
      definitionOf(node.type)
        .outcomes(node.data)
        .map((o) => `${node.id}.${o.id}`),
    );
    expect(connected.sort()).toEqual(outcomes.sort());
    for (const edge of example.edges) expect(nodeIds.has(edge.target), edge.id).toBe(true);
  });

  it('writes its auto-reply texts in valid templates with known variables', () => {
    for (const node of example.nodes) {
      if (node.type !== 'auto-reply') continue;
      for (const text of [node.data.inHoursText, node.data.afterHoursText]) {
        expect(parseTemplate(text).errors, text).toEqual([]);
        expect(unknownVariables(text), text).toEqual([]);
      }
    }
  });
});

describe('the other JSON snippets in docs/flow-document.md', () => {
  it.each(jsonBlocks.slice(1).map((text, i) => [i + 2, text] as const))(
    'block %i is valid as what it shows',
    (_, text) => {
      const value = JSON.parse(text);
      if (isNodeKind(value.type)) expect(FlowNodeSchema.parse(value)).toBeTruthy();
      else if ('sourceHandle' in value) expect(FlowEdgeSchema.parse(value)).toBeTruthy();
      else if ('timeZone' in value) expect(ScheduleSchema.parse(value)).toBeTruthy();
      else throw new Error(`Unrecognised snippet: ${text.slice(0, 60)}`);
    },
  );
});

describe('the reference in docs/flow-document.md', () => {
  it('has a generated field table for every node kind, up to date', () => {
    expect(kindsWithFieldTables(markdown)).toEqual([...NODE_KINDS]);
    expect(
      refreshFieldTables(markdown, flowDocumentJsonSchema()) === markdown,
      'docs/flow-document.md has stale field tables: run `pnpm --filter @ringflow/shared run schema`',
    ).toBe(true);
  });

  it('lists every template variable', () => {
    for (const { name } of TEMPLATE_VARIABLES) expect(markdown).toContain(`| \`{{${name}}}\``);
  });
});
