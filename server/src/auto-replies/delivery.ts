import type { ServerDeps } from '../deps.js';
import { createDelivery, type Delivery, type DeliveryOptions } from '../outbox/index.js';
import { messageLogHooks } from './delivery-hooks.js';

/**
 * The outbox delivery the server runs: texts through Twilio, each checked
 * against the message log before it goes and recorded there after.
 *
 * @example
 * const delivery = textDelivery(deps);
 * delivery.worker.start();
 */
export function textDelivery(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>,
  options: Omit<DeliveryOptions, 'hooks'> = {},
): Delivery {
  return createDelivery(deps, { ...options, hooks: messageLogHooks(deps.db, deps.clock) });
}
