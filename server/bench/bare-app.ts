/**
 * @module
 * The ceiling `pnpm bench` compares Ringflow with: a bare Hono app on
 * @hono/node-server that does the least a Twilio webhook needs (read the
 * form, check the signature with the official `twilio` package, answer
 * TwiML) and nothing else. It answers the same fixed TwiML to every webhook,
 * a <Dial> and a <Record> with actions back to itself, so the bench's caller
 * posts it the same sequence of webhooks as a whole demo call.
 *
 * With `STORE_FILE` set it also appends each webhook to a SQLite file before
 * answering: the second reference, "bare Hono + SQLite write"
 * (`webhook-store.ts`). With `CALL_IO` (a folder) and Twilio's REST API
 * (`TWILIO_API_BASE_URL`, `TWILIO_ACCOUNT_SID`) as well, it copies each
 * finished recording into that folder and sends the caller a text before
 * answering the recording's status: the third, "bare Hono + a call's I/O"
 * (`call-io.ts`).
 *
 * Run (the bench starts it): PORT=4000 TWILIO_AUTH_TOKEN=… PUBLIC_BASE_URL=… [STORE_FILE=… [CALL_IO=… TWILIO_API_BASE_URL=… TWILIO_ACCOUNT_SID=…]] node --import tsx bench/bare-app.ts
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import twilio from 'twilio';
import { callIo } from './call-io.js';
import { webhookStore } from './webhook-store.js';

const port = Number(process.env.PORT ?? 4000);
const authToken = process.env.TWILIO_AUTH_TOKEN ?? '';
const publicUrl = process.env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${port}`;

const TWIML = `<?xml version="1.0" encoding="UTF-8"?><Response><Dial action="${publicUrl}/webhooks/twilio/next" timeout="20"><Number>+14155550101</Number></Dial><Record action="${publicUrl}/webhooks/twilio/next" maxLength="120"/></Response>`;

const keep = webhookStore(process.env.STORE_FILE);
const io = process.env.CALL_IO
  ? callIo({
      apiBaseUrl: process.env.TWILIO_API_BASE_URL ?? '',
      accountSid: process.env.TWILIO_ACCOUNT_SID ?? '',
      authToken,
      dir: process.env.CALL_IO,
    })
  : undefined;

const app = new Hono();
app.get('/healthz', (c) => c.text('ok'));
app.post('/webhooks/twilio/*', async (c) => {
  const form = await c.req.parseBody();
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(form))
    if (typeof value === 'string') params[key] = value;
  const url = `${publicUrl}${new URL(c.req.url).pathname}`;
  if (!twilio.validateRequest(authToken, c.req.header('X-Twilio-Signature') ?? '', url, params)) {
    return c.text('Forbidden', 403);
  }
  keep(params.CallSid ?? '', JSON.stringify(params));
  await io?.(params);
  return c.body(TWIML, 200, { 'Content-Type': 'text/xml' });
});

serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
// Nothing to finish: stop at once, even with the bench's kept-alive sockets open.
process.once('SIGTERM', () => process.exit(0));
