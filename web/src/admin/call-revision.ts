import { api } from '../api/client.js';
import type { ApiReply, Revision } from '../api/types.js';

/**
 * The revision a call ran, with its document: the call names the revision by
 * id, the API serves revisions by number, so the list is read first.
 *
 * @example
 * const revision = await loadCallRevision('flow_1', 'rev_2'); // revision.document.nodes
 */
export async function loadCallRevision(flowId: string, revisionId: string): Promise<Revision> {
  const flow = encodeURIComponent(flowId);
  const { revisions } = await api<ApiReply<'/flows/{id}/revisions', 'get'>>(
    'GET',
    `/flows/${flow}/revisions`,
  );
  const summary = revisions.find((r) => r.id === revisionId);
  if (!summary) throw new Error('The revision this call ran is no longer listed for its flow');
  return api<Revision>('GET', `/flows/${flow}/revisions/${summary.number}`);
}
