import { useState } from 'react';
import { api } from '../api/client.js';
import { messageOf } from '../ui/field-errors.js';
import type { Delivery, TestReply } from './types.js';

/**
 * "Send a test": posts to `path`, keeps the delivery it reports (or the
 * refusal), and calls `after` so the page can show the delivery in its log.
 *
 * @example
 * const test = useTestSend(`/webhooks/${id}/test`, log.reload);
 */
export function useTestSend(path: string, after?: (delivery: Delivery) => void) {
  const [busy, setBusy] = useState(false);
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const send = async () => {
    setBusy(true);
    setFailure(null);
    setDelivery(null);
    try {
      const { delivery } = await api<TestReply>('POST', path);
      setDelivery(delivery);
      after?.(delivery);
    } catch (e) {
      setFailure(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, delivery, failure, send };
}
