import { Check, Copy } from 'lucide-react';
import { useId, useState } from 'react';
import type { NumberSetup } from './types.js';
import { addressProblem } from './webhook-address.js';

/** Where each address goes in the Twilio Console, in the order the number's page there shows them. */
const PLACES: { key: keyof NumberSetup['webhooks']; label: string; where: string }[] = [
  {
    key: 'voiceUrl',
    label: 'Voice URL',
    where: 'Voice Configuration → A call comes in: Webhook, HTTP POST',
  },
  {
    key: 'statusCallbackUrl',
    label: 'Status callback URL',
    where: 'Voice Configuration → Call status changes: HTTP POST',
  },
  {
    key: 'messagingUrl',
    label: 'Messaging URL',
    where: 'Messaging Configuration → A message comes in: Webhook, HTTP POST',
  },
];

/** The webhook addresses to paste into Twilio for a number, each with a copy button. */
export function NumberWebhooks({ webhooks }: { webhooks: NumberSetup['webhooks'] }) {
  const problem = addressProblem(webhooks.voiceUrl);
  return (
    <section className="card number-section" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Connect it in Twilio</h2>
      <p className="muted small-text">
        In the Twilio Console, open Phone Numbers → Active numbers → this number, and paste:
      </p>
      {problem && (
        <p className="address-problem" role="note">
          {problem}
        </p>
      )}
      <ul className="plain webhook-urls">
        {PLACES.map((p) => (
          <WebhookRow key={p.key} label={p.label} where={p.where} url={webhooks[p.key]} />
        ))}
      </ul>
    </section>
  );
}

function WebhookRow({ label, where, url }: { label: string; where: string; url: string }) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('refused');
    }
  };
  return (
    <li className="webhook-url">
      <div className="webhook-url-head">
        <label htmlFor={id} className="strong">
          {label}
        </label>
        <small className="muted">{where}</small>
      </div>
      <div className="webhook-url-value">
        <output id={id} className="webhook-url-text mono">
          {url}
        </output>
        <button type="button" onClick={() => void copy()} aria-label={`Copy ${label}`}>
          {state === 'copied' ? (
            <Check size={14} aria-hidden="true" />
          ) : (
            <Copy size={14} aria-hidden="true" />
          )}{' '}
          {state === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {state === 'refused' && (
        <small className="error" role="alert">
          The browser did not allow copying: select the address and copy it by hand.
        </small>
      )}
    </li>
  );
}
