import { Copy, RefreshCw } from 'lucide-react';
import { useRef, useState } from 'react';
import { api } from '../api/client.js';
import type { PhoneNumber } from '../api/types.js';
import { ActiveSwitch } from '../auto-replies/ActiveSwitch.js';
import { ConfirmButton } from '../ui/ConfirmButton.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { useResource } from '../ui/use-resource.js';
import { DeliveryBadge, DeliveryTable } from './DeliveryTable.js';
import { eventsLine } from './notification-format.js';
import { TestResult } from './TestResult.js';
import type { DeliveriesReply, WebhookEndpoint } from './types.js';
import { useTestSend } from './use-test-send.js';

/** One outgoing webhook: where, what, on or off, its signing secret, a test, its deliveries. */
export function WebhookCard({
  endpoint: w,
  numbers,
  onChanged,
  onDeleted,
}: {
  endpoint: WebhookEndpoint;
  numbers: PhoneNumber[];
  onChanged(endpoint: WebhookEndpoint): void;
  onDeleted(id: string): void;
}) {
  const path = `/webhooks/${encodeURIComponent(w.id)}`;
  const [showLog, setShowLog] = useState(false);
  const [copyFailure, setCopyFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  // The switch saves at once: the value it asks for, read by the submit.
  const wanted = useRef(w.active);
  const activeForm = useFormSubmit({
    send: () => api<WebhookEndpoint>('PATCH', path, { active: wanted.current }),
    shows: () => false,
    onSent: onChanged,
  });
  const log = useResource(`webhook-deliveries:${w.id}:${showLog}`, () =>
    showLog ? api<DeliveriesReply>('GET', `${path}/deliveries`) : Promise.resolve(null),
  );
  const test = useTestSend(`${path}/test`, (delivery) => {
    onChanged({ ...w, lastDelivery: delivery });
    if (showLog) log.reload();
  });
  const number = numbers.find((n) => n.id === w.numberId);

  const setActive = (active: boolean) => {
    wanted.current = active;
    setCopyFailure(null);
    void activeForm.submit();
  };
  const copy = async () => {
    activeForm.clearFailure();
    try {
      await navigator.clipboard.writeText(w.secret);
      setCopied(true);
    } catch {
      setCopyFailure('The browser did not allow copying: select the secret and copy it by hand.');
    }
  };

  return (
    <article className={`webhook-card${w.active ? ' active' : ''}`} aria-label={w.url}>
      <header className="webhook-header">
        <div className="webhook-title">
          <span className="mono strong webhook-url">{w.url}</span>
          {w.description && <span className="muted">{w.description}</span>}
        </div>
        <ActiveSwitch checked={w.active} disabled={activeForm.busy} onChange={setActive} />
      </header>
      <dl className="webhook-facts">
        <div>
          <dt>Events</dt>
          <dd>{eventsLine(w.events)}</dd>
        </div>
        <div>
          <dt>Numbers</dt>
          <dd>{w.numberId ? (number?.name ?? w.numberId) : 'All numbers'}</dd>
        </div>
        <div>
          <dt>Last delivery</dt>
          <dd>{w.lastDelivery ? <DeliveryBadge delivery={w.lastDelivery} /> : 'None yet'}</dd>
        </div>
      </dl>
      <div className="webhook-secret">
        <label htmlFor={`secret-${w.id}`}>Signing secret</label>
        <input
          id={`secret-${w.id}`}
          className="mono secret-input"
          readOnly
          value={w.secret}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => void copy()}>
          <Copy size={14} aria-hidden="true" /> {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <div className="form-actions">
        <button type="button" disabled={test.busy} onClick={() => void test.send()}>
          {test.busy ? 'Sending…' : 'Send a test event'}
        </button>
        <button type="button" className="ghost" onClick={() => setShowLog(!showLog)}>
          {showLog ? 'Hide deliveries' : 'Show deliveries'}
        </button>
        <TestResult delivery={test.delivery} failure={test.failure} />
        <span className="spacer" />
        <ConfirmButton
          question="Delete this webhook? Nothing more is sent to it."
          onConfirm={async () => {
            await api('DELETE', path);
            onDeleted(w.id);
          }}
        />
      </div>
      {(activeForm.failure ?? copyFailure) && (
        <p className="error small-text" role="alert">
          {activeForm.failure ?? copyFailure}
        </p>
      )}
      {showLog && (
        <div className="webhook-log">
          <header className="section-header">
            <h3>Deliveries</h3>
            <button type="button" className="small" onClick={log.reload} disabled={log.loading}>
              <RefreshCw size={12} aria-hidden="true" /> Refresh
            </button>
          </header>
          {log.error ? <ErrorBox error={log.error} retry={log.reload} /> : null}
          {!log.data && !log.error && <Loading what="deliveries" />}
          {log.data && (
            <DeliveryTable deliveries={log.data.deliveries} label={`Deliveries to ${w.url}`} />
          )}
        </div>
      )}
    </article>
  );
}
