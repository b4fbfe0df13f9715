import { api } from '../api/client.js';
import type { ApiReply, PhoneNumber } from '../api/types.js';
import type { NumberAutoReplies } from './prepare-run.js';

/**
 * The auto-reply settings of the number that runs the flow, which the
 * simulated call's ending is decided with, as the server would decide it.
 *
 * @example
 * prepareRun(flow, setup, { ...context, autoReplies: await numberAutoReplies(number) });
 */
export async function numberAutoReplies(number: PhoneNumber): Promise<NumberAutoReplies> {
  const { settings } = await api<ApiReply<'/numbers/{id}/auto-replies', 'get'>>(
    'GET',
    `/numbers/${encodeURIComponent(number.id)}/auto-replies`,
  );
  return {
    settings,
    scheduleId: number.scheduleId,
    numberLabel: `${number.name} (${number.number})`,
  };
}
