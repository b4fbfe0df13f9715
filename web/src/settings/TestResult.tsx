import { DeliveryBadge } from './DeliveryTable.js';
import type { Delivery } from './types.js';

/** What a test send got back: the receiver's answer, or why the server refused to send. */
export function TestResult({
  delivery,
  failure,
}: {
  delivery: Delivery | null;
  failure: string | null;
}) {
  if (failure)
    return (
      <span className="error small-text" role="alert">
        {failure}
      </span>
    );
  if (!delivery) return null;
  return (
    <span className="test-result" role="status">
      Test {delivery.ok ? 'delivered' : 'not delivered'}: <DeliveryBadge delivery={delivery} />
    </span>
  );
}
