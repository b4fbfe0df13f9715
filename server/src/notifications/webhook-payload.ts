/**
 * @module
 * The documented, versioned body of an outgoing webhook and its signature.
 * Version 1: `{ version, id, type, createdAt, data }`; receivers check
 * `Ringflow-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`
 * and refuse old timestamps, so a captured delivery cannot be replayed.
 * See docs/notifications.md.
 */
import { createHmac } from 'node:crypto';
import type { EventFacts } from './facts.js';

export const WEBHOOK_PAYLOAD_VERSION = 1;

export interface WebhookBody {
  version: 1;
  id: string;
  type: EventFacts['type'] | 'test';
  createdAt: string;
  data: Record<string, unknown>;
}

/** The event's own fields; URLs point at the API (`/api/...`), which needs credentials. */
function dataOf(facts: EventFacts, publicBaseUrl: string): Record<string, unknown> {
  const number = facts.number;
  switch (facts.type) {
    case 'voicemail.new': {
      const v = facts.voicemail;
      return {
        voicemailId: v.id,
        callId: v.callId,
        caller: v.caller,
        number,
        at: v.at,
        durationSeconds: v.durationSeconds,
        audio: {
          status: v.audioStatus,
          url: v.audioStatus === 'stored' ? `${publicBaseUrl}/api/voicemails/${v.id}/audio` : null,
        },
        transcript: {
          status: v.transcriptStatus,
          text: v.transcriptStatus === 'done' ? v.transcript : null,
        },
      };
    }
    case 'call.missed':
      return {
        callId: facts.call.id,
        caller: facts.call.from,
        number,
        startedAt: facts.call.startedAt,
        outcome: facts.call.outcome,
      };
    case 'message.received':
      return {
        messageId: facts.message.id,
        from: facts.message.contact,
        number,
        body: facts.message.body,
        at: facts.message.at,
      };
  }
}

/**
 * @example
 * JSON.stringify(webhookBody(facts, 'https://ringflow.example.com'));
 * // {"version":1,"id":"evt_missed_call_1","type":"call.missed","createdAt":"...","data":{...}}
 */
export function webhookBody(facts: EventFacts, publicBaseUrl: string): WebhookBody {
  return {
    version: WEBHOOK_PAYLOAD_VERSION,
    id: facts.eventId,
    type: facts.type,
    createdAt: facts.createdAt,
    data: dataOf(facts, publicBaseUrl),
  };
}

/**
 * The `Ringflow-Signature` header of a body sent at `unixSeconds`.
 *
 * @example
 * signatureHeader('whsec_...', 1795446000, body); // 't=1795446000,v1=5f0c...'
 */
export function signatureHeader(secret: string, unixSeconds: number, rawBody: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** The headers of one delivery. */
export function webhookHeaders(
  secret: string,
  unixSeconds: number,
  body: WebhookBody,
  rawBody: string,
): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    'Ringflow-Event': body.type,
    'Ringflow-Event-Id': body.id,
    'Ringflow-Signature': signatureHeader(secret, unixSeconds, rawBody),
  };
}
