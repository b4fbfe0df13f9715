/**
 * Sends one real text through Twilio's REST API. Runs only when the four
 * TWILIO_LIVE_* variables are set; Twilio's test credentials with the magic
 * sender +15005550006 work and cost nothing. TWILIO_LIVE_API_BASE_URL points
 * it at a Twilio-compatible provider instead.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { twilioMessages } from '../src/providers/twilio/messages.js';

const VARIABLES = [
  'TWILIO_LIVE_ACCOUNT_SID',
  'TWILIO_LIVE_AUTH_TOKEN',
  'TWILIO_LIVE_FROM',
  'TWILIO_LIVE_TO',
] as const;
const env = process.env;
const missing = VARIABLES.filter((name) => !env[name]);

describe.skipIf(missing.length > 0)(
  `Twilio's real Messages API (set ${VARIABLES.join(', ')} to run)`,
  () => {
    it('accepts a text and answers with its sid', async () => {
      const client = twilioMessages({
        accountSid: env.TWILIO_LIVE_ACCOUNT_SID ?? '',
        authToken: env.TWILIO_LIVE_AUTH_TOKEN ?? '',
        apiBaseUrl: env.TWILIO_LIVE_API_BASE_URL || 'https://api.twilio.com',
      });
      const sent = await client.send({
        from: env.TWILIO_LIVE_FROM ?? '',
        to: env.TWILIO_LIVE_TO ?? '',
        body: 'Ringflow live test: texts go out.',
        idempotencyKey: `ringflow-live-${randomUUID()}`,
      });
      expect(sent).toEqual({
        ok: true,
        sid: expect.stringMatching(/^(SM|MM)[0-9a-f]{32}$/),
        status: expect.any(String),
      });
    }, 20_000);
  },
);
