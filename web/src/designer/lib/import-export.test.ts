import { describe, expect, it } from 'vitest';
import { exportFile, importText, slugify } from './import-export.js';
import { sampleFlow } from './test-flow.js';

describe('exportFile', () => {
  it('names the file after the flow and writes 2-space JSON', () => {
    const doc = { ...sampleFlow(), name: 'Main line — after hours!' };
    const { filename, text } = exportFile(doc);
    expect(filename).toBe('main-line-after-hours.ringflow.json');
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "name": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('gives the same text whatever order the keys were in', () => {
    const doc = sampleFlow();
    const shuffled = {
      edges: doc.edges.map(({ target, id, sourceHandle, source }) => ({
        target,
        id,
        sourceHandle,
        source,
      })),
      nodes: doc.nodes.map(({ data, position, type, id }) => ({ data, position, type, id })),
      description: doc.description,
      name: doc.name,
      schemaVersion: doc.schemaVersion,
    } as typeof doc;
    expect(exportFile(shuffled).text).toBe(exportFile(doc).text);
  });

  it('round-trips through importText', () => {
    const doc = sampleFlow();
    const result = importText(exportFile(doc).text);
    expect(result.ok && result.document).toEqual(doc);
  });
});

describe('slugify', () => {
  it.each([
    ['Café Opening Hours', 'cafe-opening-hours'],
    ['  ***  ', 'flow'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('importText', () => {
  it('refuses text that is not JSON', () => {
    const result = importText('{ nope');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^This file is not valid JSON/);
  });

  it('names the first problem of a file that is not a flow', () => {
    const broken = {
      ...sampleFlow(),
      nodes: [{ id: 'x', type: 'ring-users', position: { x: 0 } }],
    };
    const result = importText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /not a Ringflow flow.*: Ring users: y of the canvas position is missing/,
    );
  });

  it('refuses a newer schema version with the reason', () => {
    const result = importText(JSON.stringify({ ...sampleFlow(), schemaVersion: 99 }));
    expect(!result.ok && result.message).toMatch(/newer than this Ringflow understands/);
  });

  it('imports a readable flow with errors, and returns its findings', () => {
    const result = importText(JSON.stringify(sampleFlow()));
    expect(result.ok).toBe(true);
    expect(result.ok && result.findings.map((f) => f.code)).toContain('ring-nobody');
  });

  it('fills in defaults of a hand-written file', () => {
    const { description: _, ...rest } = sampleFlow();
    const result = importText(JSON.stringify(rest));
    expect(result.ok && result.document.description).toBe('');
  });
});
