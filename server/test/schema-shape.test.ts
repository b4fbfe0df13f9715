import { describe, expect, it } from 'vitest';
import {
  columnsIn,
  compareShapes,
  type SchemaShape,
  type TableShape,
  withoutCast,
} from './support/schema-shape.js';
import { affinity } from './support/sqlite-shape.js';

function calls(): TableShape {
  return {
    columns: {
      id: { type: 'text', notNull: true, default: null },
      step: { type: 'integer', notNull: true, default: '0' },
      status: { type: 'text', notNull: true, default: null },
    },
    primaryKey: ['id'],
    unique: ['provider,provider_call_id'],
    foreignKeys: ['flow_id -> flows(id) ON DELETE SET NULL'],
    indexes: {
      calls_active: { columns: ['started_at'], unique: false, predicateColumns: ['status'] },
    },
  };
}

const shape = (table: TableShape): SchemaShape => ({ tables: { calls: table }, triggers: [] });
const names: [string, string] = ['SQLite', 'PostgreSQL'];

describe('comparing two schemas', () => {
  it('finds nothing between equal schemas', () => {
    expect(compareShapes(shape(calls()), shape(calls()), names)).toEqual([]);
  });

  it('names a column one side lacks', () => {
    const wider = calls();
    wider.columns.label = { type: 'text', notNull: false, default: null };
    expect(compareShapes(shape(calls()), shape(wider), names)).toEqual([
      'calls: column label only in PostgreSQL',
    ]);
  });

  it('names an index one side lacks, and one whose predicate reads other columns', () => {
    const other = calls();
    other.indexes.calls_outcome = { columns: ['outcome'], unique: false, predicateColumns: null };
    const active = other.indexes.calls_active;
    if (active) active.predicateColumns = ['outcome'];
    expect(compareShapes(shape(calls()), shape(other), names)).toEqual([
      'calls: index calls_outcome only in PostgreSQL',
      'index calls_active: SQLite {"columns":["started_at"],"unique":false,"predicateColumns":["status"]}, PostgreSQL {"columns":["started_at"],"unique":false,"predicateColumns":["outcome"]}',
    ]);
  });

  it('names differing nullability, type class, default, keys and triggers', () => {
    const other = calls();
    other.columns.step = { type: 'real', notNull: false, default: '1' };
    other.unique = [];
    other.foreignKeys = ['flow_id -> flows(id) ON DELETE CASCADE'];
    other.primaryKey = ['id', 'step'];
    const differences = compareShapes(shape(calls()), { ...shape(other), triggers: ['t'] }, names);
    expect(differences).toEqual([
      'trigger t only in PostgreSQL',
      'calls.step: SQLite {"type":"integer","notNull":true,"default":"0"}, PostgreSQL {"type":"real","notNull":false,"default":"1"}',
      'calls primary key: SQLite ["id"], PostgreSQL ["id","step"]',
      'calls: unique provider,provider_call_id only in SQLite',
      'calls: foreign key flow_id -> flows(id) ON DELETE SET NULL only in SQLite',
      'calls: foreign key flow_id -> flows(id) ON DELETE CASCADE only in PostgreSQL',
    ]);
  });

  it('names a table one side lacks', () => {
    const two: SchemaShape = { tables: { calls: calls(), contacts: calls() }, triggers: [] };
    expect(compareShapes(two, shape(calls()), names)).toEqual(['table contacts only in SQLite']);
  });

  it("reads a partial index's columns without its quoted text or casts", () => {
    const columns = ['status', 'text', 'outcome', 'active'];
    expect(columnsIn("(status = 'active'::text)", columns)).toEqual(['status']);
    expect(columnsIn('outcome IS NOT NULL AND status IS NULL', columns)).toEqual([
      'outcome',
      'status',
    ]);
  });

  it("spells PostgreSQL's defaults as SQLite does, and classes SQLite's declared types", () => {
    expect(withoutCast("'[]'::text")).toBe("'[]'");
    expect(withoutCast('0')).toBe('0');
    expect(withoutCast(null)).toBeNull();
    expect([
      affinity('TEXT'),
      affinity('INTEGER'),
      affinity('REAL'),
      affinity(''),
      affinity('BLOB'),
    ]).toEqual(['text', 'integer', 'real', 'blob', 'blob']);
  });
});
