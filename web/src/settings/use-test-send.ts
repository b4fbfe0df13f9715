import { useState } from 'react';
import { api } from '../api/client.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import type { Delivery, TestReply } from './types.js';

/**
 * "Send a test": posts to `path`, keeps the delivery it reports (or the
 * refusal), and calls `after` so the page can show the delivery in its log.
 *
 * @example
 * const test = useTestSend(`/webhooks/${id}/test`, log.reload);
 */
export function useTestSend(path: string, after?: (delivery: Delivery) => void) {
  const [delivery, setDelivery] = useState<Delivery | null>(null);
  const form = useFormSubmit({
    send: () => api<TestReply>('POST', path),
    shows: () => false,
    onSent: ({ delivery }) => {
      setDelivery(delivery);
      after?.(delivery);
    },
  });
  const send = () => {
    setDelivery(null);
    return form.submit();
  };
  return { busy: form.busy, delivery, failure: form.failure, send };
}
