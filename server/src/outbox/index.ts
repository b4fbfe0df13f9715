/**
 * @module
 * The outbox's delivery as the server runs it, built once from the server's
 * dependencies: a Twilio messages client from the configuration and a worker
 * that sends the 'sms' rows through it. Tests build it the same way, with
 * the fake Twilio's URL in the configuration.
 */
import type { ServerDeps } from '../deps.js';
import type { HttpRequest } from '../http/client.js';
import { type NotificationOptions, notificationHandlers } from '../notifications/handlers.js';
import { twilioSetup } from '../providers/twilio/credentials.js';
import { type MessagesClient, twilioMessages } from '../providers/twilio/messages.js';
import { twilioRecordings } from '../providers/twilio/recordings.js';
import { type SpeechTimeouts, speechEngine } from '../speech/engine.js';
import { greetingSynthesisHandler, SYNTHESIZE_GREETING_KIND } from '../speech/greeting-job.js';
import { SYNTHESIZE_KIND, synthesizeHandler } from '../speech/synthesize-job.js';
import { TRANSCRIBE_KIND, transcribeHandler } from '../speech/transcribe-job.js';
import { RECORDING_DELETE_KIND, recordingDeleteHandler } from '../voicemail/delete-recording.js';
import { recordingFetchHandler } from '../voicemail/fetch-recording.js';
import { RECORDING_FETCH_KIND } from '../voicemail/keep-recording.js';
import { SMS_KIND, type SmsHooks, smsHandler } from './sms.js';
import { createOutboxWorker, type OutboxWorker } from './worker.js';

export interface Delivery {
  worker: OutboxWorker;
  client: MessagesClient;
  /** The environment variables still to set before texts can go out; empty when none. */
  missingCredentials: string[];
}

export interface DeliveryOptions {
  /** How requests to Twilio's REST API go out (`httpRequest`); a test may count or hold them. */
  request?: HttpRequest;
  hooks?: SmsHooks;
  /** OUTBOX_LEASE_SECONDS by default. */
  leaseSeconds?: number;
  maxAttempts?: number;
  /** Rows delivered at once; OUTBOX_CONCURRENCY by default. */
  concurrency?: number;
  timeoutMs?: number;
  /** E-mail, Slack and webhook notifications: a mail transport or fetch of a test's own. */
  notifications?: NotificationOptions;
  /** Azure Speech deadlines of a test's own (a stalled fake service). */
  speechTimeouts?: Partial<SpeechTimeouts>;
}

/**
 * @example
 * const delivery = createDelivery(deps);
 * delivery.worker.start();
 * // on shutdown:
 * await delivery.worker.stop();
 */
export function createDelivery(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>,
  options: DeliveryOptions = {},
): Delivery {
  const { accountSid, authToken, apiBaseUrl } = deps.config.twilio;
  const { request, timeoutMs, hooks, maxAttempts } = options;
  const { leaseSeconds = deps.config.outbox.leaseSeconds } = options;
  const { concurrency = deps.config.outbox.concurrency } = options;
  const client = twilioMessages({ accountSid, authToken, apiBaseUrl, request, timeoutMs });
  const recordings = twilioRecordings({ accountSid, authToken, apiBaseUrl, request, timeoutMs });
  const speech = speechEngine(deps.config, { clock: deps.clock, timeouts: options.speechTimeouts });
  const worker = createOutboxWorker({
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    handlers: {
      [SMS_KIND]: smsHandler({ client, db: deps.db, ...hooks }),
      [RECORDING_FETCH_KIND]: recordingFetchHandler(deps, recordings),
      [RECORDING_DELETE_KIND]: recordingDeleteHandler(deps, recordings),
      ...notificationHandlers(deps, options.notifications),
      [SYNTHESIZE_KIND]: synthesizeHandler(deps, speech),
      [SYNTHESIZE_GREETING_KIND]: greetingSynthesisHandler(deps, speech),
      [TRANSCRIBE_KIND]: transcribeHandler(deps, speech),
    },
    leaseSeconds,
    maxAttempts,
    concurrency,
  });
  return { worker, client, missingCredentials: twilioSetup(deps.config.twilio).missing };
}

export type { DeliveryResult, DrainReport, OutboxHandler, OutboxWorker } from './worker.js';
