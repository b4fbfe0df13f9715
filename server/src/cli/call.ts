import { parseArgs } from 'node:util';
import { DEMO_ADMIN, DEMO_AUTH_TOKEN } from '../demo/credentials.js';
import { reportCall } from './call/call-report.js';
import { playCall } from './call/play-call.js';
import { twilioSid, WebhookClient } from './call/webhook-client.js';
import { CliError } from './cli-error.js';
import { parseEvents } from './events.js';

export const CALL_USAGE =
  'ringflow call --to <number> [--from <number>] [--server <url>] [--public-url <url>] [--auth-token <token>] [--email <e> --password <p>] --events <list>';

/**
 * Plays a whole call against a running server exactly as Twilio would: signed
 * webhooks, the TwiML's `action` and `<Redirect>` URLs followed, the events
 * answering each verb that waits, then the status callback; prints what the
 * caller hears and, through the admin API, the call's stored outcome.
 * Exit 0 when the call ran, 1 when an event does not fit or the server
 * refuses a webhook, 2 for bad input or an unreachable server.
 *
 * @example
 * npm run ringflow -- call --to +14155550100 --events no-answer,record:20
 */
export async function callCommand(
  args: string[],
  out: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      from: { type: 'string', default: '+14155550123' },
      server: { type: 'string' },
      'public-url': { type: 'string' },
      'auth-token': { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      events: { type: 'string', default: '' },
    },
  });
  if (positionals.length) throw new CliError(`Usage: ${CALL_USAGE}`);
  if (!values.to) throw new CliError(`--to is required (the number called).\nUsage: ${CALL_USAGE}`);
  if ((values.email === undefined) !== (values.password === undefined)) {
    throw new CliError('Give both --email and --password, or neither (the demo admin).');
  }
  const server = baseUrl(values.server ?? `http://localhost:${env.PORT || 8080}`, '--server');
  const publicUrl = baseUrl(
    values['public-url'] ?? (env.PUBLIC_BASE_URL || server),
    '--public-url',
  );
  const authToken = values['auth-token'] ?? (env.TWILIO_AUTH_TOKEN || DEMO_AUTH_TOKEN);
  const events = parseEvents(values.events);

  const callSid = twilioSid('CA');
  const accountSid = twilioSid('AC');
  const { from, to } = values;
  const client = new WebhookClient({
    server,
    publicUrl,
    authToken,
    callParams: {
      CallSid: callSid,
      AccountSid: accountSid,
      From: from,
      To: to,
      Caller: from,
      Called: to,
      Direction: 'inbound',
      ApiVersion: '2010-04-01',
    },
  });

  const signedFor = publicUrl === server ? '' : `, signed for ${publicUrl}`;
  out(`Calling ${to} from ${from} through ${server}${signedFor} (CallSid ${callSid})`);
  if (events.some((e) => e.advanceMs > 0)) {
    out('Note: clock offsets (@+...) are ignored here: the server uses its own clock.');
  }
  const played = await playCall({
    client,
    events,
    out,
    accountSid,
    voiceUrl: `${publicUrl}/webhooks/twilio/voice`,
    statusUrl: `${publicUrl}/webhooks/twilio/status`,
  });
  out(`Call over after about ${played.durationSeconds} s; status callback sent.`);
  await reportCall({
    server,
    email: values.email ?? DEMO_ADMIN.email,
    password: values.password ?? DEMO_ADMIN.password,
    callSid,
    out,
  });
  const [first] = played.leftOver;
  if (first) {
    const count = played.leftOver.length;
    throw new CliError(
      `The call ended before event "${first.token}" (${count} event${count === 1 ? '' : 's'} left over).`,
      1,
    );
  }
  return 0;
}

/** An http(s) origin (and optional path prefix) without a trailing slash. */
function baseUrl(value: string, option: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`${option} "${value}" is not a URL; e.g. http://localhost:8080`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CliError(`${option} "${value}" must be an http:// or https:// URL`);
  }
  return value.replace(/\/+$/, '');
}
