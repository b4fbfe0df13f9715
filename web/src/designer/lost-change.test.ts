import { beforeEach, describe, expect, it } from 'vitest';
import type { DraftDocument } from './document.js';
import { useLostChange } from './lost-change.js';

const document = {
  schemaVersion: 1,
  name: 'Main line',
  nodes: [],
  edges: [],
} as unknown as DraftDocument;
const lost = { flowId: 'flow_1', flowName: 'Main line', reason: 'The server is busy', document };

beforeEach(() => useLostChange.setState({ lost: null, busy: false }));

describe('a change lost on the way out of the designer', () => {
  it('is sent again with the kept draft, and forgotten once the server takes it', async () => {
    useLostChange.getState().report(lost);
    const sent: [string, DraftDocument][] = [];
    await useLostChange.getState().saveAgain(async (flowId, draft) => {
      sent.push([flowId, draft]);
    });
    expect(sent).toEqual([['flow_1', document]]);
    expect(useLostChange.getState().lost).toBeNull();
  });

  it('stays, with the new reason, when the server refuses it again', async () => {
    useLostChange.getState().report(lost);
    await useLostChange.getState().saveAgain(async () => {
      throw new Error('Cannot reach the Ringflow server');
    });
    expect(useLostChange.getState()).toMatchObject({
      lost: { flowId: 'flow_1', reason: 'Cannot reach the Ringflow server', document },
      busy: false,
    });
  });

  it('is no longer sent once the flow is opened again, so newer edits are never overwritten', async () => {
    useLostChange.getState().report(lost);
    useLostChange.getState().opened('flow_2');
    expect(useLostChange.getState().lost?.document).toBe(document);
    useLostChange.getState().opened('flow_1');
    expect(useLostChange.getState().lost).toEqual({ ...lost, document: undefined });
    let sent = 0;
    await useLostChange.getState().saveAgain(async () => {
      sent += 1;
    });
    expect(sent).toBe(0);
    expect(useLostChange.getState().lost?.reason).toBe('The server is busy');
  });
});
