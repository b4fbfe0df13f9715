/** A flow document: start, then ring one member for `ringSeconds`. */
export function ringFlow(memberId: string, ringSeconds = 25) {
  return {
    schemaVersion: 1,
    name: 'Main',
    nodes: [
      { id: 'start', type: 'incoming-call', position: { x: 0, y: 0 }, data: {} },
      {
        id: 'ring',
        type: 'ring-users',
        position: { x: 0, y: 100 },
        data: { targets: [{ type: 'member', memberId }], ringSeconds },
      },
    ],
    edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'ring' }],
  };
}
