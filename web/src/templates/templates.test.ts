import { validateFlow } from '@ringflow/flow-runtime';
import { FlowDocumentSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { FLOW_TEMPLATES } from './index.js';

/** The findings a template is meant to have: the admin still has to pick schedules and people. */
const MISSING_REFERENCES = new Set(['no-schedule', 'ring-nobody']);

describe.each(FLOW_TEMPLATES.map((t) => [t.name, t] as const))('template %s', (_name, template) => {
  it('parses as a flow document with one entry', () => {
    const doc = template.build();
    expect(FlowDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.nodes.filter((n) => n.type === 'incoming-call')).toHaveLength(1);
  });

  it('has only the findings about references still to choose', () => {
    const { findings } = validateFlow(template.build());
    expect(findings.filter((f) => !MISSING_REFERENCES.has(f.code))).toEqual([]);
    expect(findings.length).toBeGreaterThan(0);
  });

  it('builds a fresh document each time', () => {
    const a = template.build();
    a.nodes[0] = { ...a.nodes[0], position: { x: -1, y: -1 } } as (typeof a.nodes)[number];
    expect(template.build()).not.toEqual(a);
  });
});

describe('FLOW_TEMPLATES', () => {
  it('offers the five templates with unique ids, in order', () => {
    expect(FLOW_TEMPLATES.map((t) => t.name)).toEqual([
      'Ring the team, then voicemail',
      'Business hours with a menu',
      'After-hours auto-reply',
      'Weekend message',
      'Holiday closure',
    ]);
    expect(new Set(FLOW_TEMPLATES.map((t) => t.id)).size).toBe(5);
  });
});
