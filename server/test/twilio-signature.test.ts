import fc from 'fast-check';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { twilioSignature, verifyTwilioSignature } from '../src/providers/twilio/signature.js';

const TOKEN = '12345abcdef67890fedcba0987654321';

const VOICE = {
  AccountSid: 'AC0123456789abcdef0123456789abcdef',
  CallSid: 'CA0123456789abcdef0123456789abcdef',
  CallStatus: 'ringing',
  Called: '+14155550100',
  Caller: '+14155550199',
  Direction: 'inbound',
  From: '+14155550199',
  To: '+14155550100',
};

// The official package signs these; we must accept each one exactly.
const URLS = [
  'https://ringflow.example.com/webhooks/twilio/voice',
  'https://ringflow.example.com/webhooks/twilio/voice/action?step=3&kind=gather',
  'https://ringflow.example.com:443/webhooks/twilio/status',
  'http://localhost:8080/webhooks/twilio/voice',
  'http://ringflow.example.com:80/webhooks/twilio/voice?x=1',
  'https://ringflow.example.com:8443/webhooks/twilio/voice?a=1&a=2&b=',
  'https://abc123.ngrok-free.app/webhooks/twilio/voice?name=O%27Brien&q=caf%C3%A9',
  "https://ringflow.example.com/webhooks/twilio/voice?name=O'Brien",
  'https://user:pass@ringflow.example.com/webhooks/twilio/recording',
  'https://[2001:db8::1]:8443/webhooks/twilio/voice',
  'https://RINGFLOW.example.com/Webhooks/Twilio/Voice',
];

const PARAM_SETS: Record<string, Record<string, string>> = {
  'no parameters': {},
  'a voice webhook': VOICE,
  'unicode values': { ...VOICE, CallerName: 'Zoë Ærøskøbing 山田 😀', FromCity: 'São Paulo' },
  'names that look repeated or differ in case only': {
    To: '+1',
    To2: '+2',
    'To[]': '+3',
    to: '+4',
    ToCity: 'x',
    TO: 'y',
  },
  'empty values': { ...VOICE, Digits: '', From: '', CallerName: '' },
  'characters that are special in URLs and forms': { Body: 'a=b&c=d+e%20f?#', 'k=v&x': '1' },
  'a dial result': {
    ...VOICE,
    DialCallStatus: 'no-answer',
    DialCallSid: 'CA9',
    DialCallDuration: '0',
  },
};

describe('twilioSignature', () => {
  for (const [label, params] of Object.entries(PARAM_SETS)) {
    it(`equals the official package's signature for ${label} over every URL`, () => {
      for (const url of URLS) {
        expect(twilioSignature(TOKEN, url, params)).toBe(
          twilio.getExpectedTwilioSignature(TOKEN, url, params),
        );
      }
    });
  }

  it("equals the official package's signature for arbitrary parameters", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })),
        fc.constantFrom(...URLS),
        (token, params, url) => {
          expect(twilioSignature(token, url, params)).toBe(
            twilio.getExpectedTwilioSignature(token, url, params),
          );
        },
      ),
      { numRuns: 300 },
    );
    // 300 runs take about a second; a machine busy with other work may need far longer.
  }, 30_000);
});

describe('verifyTwilioSignature', () => {
  for (const [label, params] of Object.entries(PARAM_SETS)) {
    it(`accepts what the official package signs, for ${label}`, () => {
      for (const url of URLS) {
        const signature = twilio.getExpectedTwilioSignature(TOKEN, url, params);
        expect(twilio.validateRequest(TOKEN, signature, url, params)).toBe(true);
        expect(verifyTwilioSignature(TOKEN, signature, url, params)).toBe(true);
      }
    });
  }

  it('rejects a changed parameter value, an added or a removed parameter', () => {
    const url = URLS[1] ?? '';
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, VOICE);
    const { From: _, ...withoutFrom } = VOICE;
    for (const forged of [
      { ...VOICE, From: '+14155550198' },
      { ...VOICE, Digits: '1' },
      withoutFrom,
      { ...VOICE, CallSid: `${VOICE.CallSid} ` },
    ]) {
      expect(verifyTwilioSignature(TOKEN, signature, url, forged)).toBe(false);
      expect(twilio.validateRequest(TOKEN, signature, url, forged)).toBe(false);
    }
  });

  it('signs names and values run together, exactly like the official package', () => {
    // No separators: `ab=c` and `a=bc` sign the same string. A limit of Twilio's scheme that
    // we must share, or we would reject what Twilio really sends.
    const url = URLS[0] ?? '';
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, { ab: 'c' });
    expect(twilioSignature(TOKEN, url, { a: 'bc' })).toBe(signature);
    expect(verifyTwilioSignature(TOKEN, signature, url, { a: 'bc' })).toBe(
      twilio.validateRequest(TOKEN, signature, url, { a: 'bc' }),
    );
  });

  it('rejects a changed URL: path, query, scheme or host', () => {
    const url = 'https://ringflow.example.com/webhooks/twilio/voice/action?step=3&kind=gather';
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, VOICE);
    for (const other of [
      'https://ringflow.example.com/webhooks/twilio/voice/action?step=4&kind=gather',
      'https://ringflow.example.com/webhooks/twilio/voice/action?kind=gather&step=3',
      'https://ringflow.example.com/webhooks/twilio/voice/action',
      'https://ringflow.example.com/webhooks/twilio/status?step=3&kind=gather',
      'http://ringflow.example.com/webhooks/twilio/voice/action?step=3&kind=gather',
      'https://evil.example.com/webhooks/twilio/voice/action?step=3&kind=gather',
      'https://ringflow.example.com/webhooks/twilio/voice/action?step=3&kind=gather#rc=2',
      'https://ringflow.example.com/webhooks/twilio/voice/action/?step=3&kind=gather',
    ]) {
      expect(verifyTwilioSignature(TOKEN, signature, other, VOICE)).toBe(false);
      expect(twilio.validateRequest(TOKEN, signature, other, VOICE)).toBe(false);
    }
  });

  it('rejects a changed token', () => {
    const url = URLS[0] ?? '';
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, VOICE);
    expect(verifyTwilioSignature(`${TOKEN}x`, signature, url, VOICE)).toBe(false);
    expect(verifyTwilioSignature(TOKEN.toUpperCase(), signature, url, VOICE)).toBe(false);
  });

  it('accepts the URL with or without the default port, like the official package', () => {
    const cases: [signedOver: string, received: string][] = [
      [
        'https://ringflow.example.com/webhooks/twilio/voice',
        'https://ringflow.example.com:443/webhooks/twilio/voice',
      ],
      [
        'https://ringflow.example.com:443/webhooks/twilio/voice',
        'https://ringflow.example.com/webhooks/twilio/voice',
      ],
      [
        'http://ringflow.example.com/webhooks/twilio/voice?a=1',
        'http://ringflow.example.com:80/webhooks/twilio/voice?a=1',
      ],
      [
        'http://ringflow.example.com:80/webhooks/twilio/voice',
        'http://ringflow.example.com/webhooks/twilio/voice',
      ],
    ];
    for (const [signedOver, received] of cases) {
      expect(received).not.toBe(signedOver);
      const signature = twilio.getExpectedTwilioSignature(TOKEN, signedOver, VOICE);
      expect(twilio.validateRequest(TOKEN, signature, received, VOICE)).toBe(true);
      expect(verifyTwilioSignature(TOKEN, signature, received, VOICE)).toBe(true);
    }
  });

  it('accepts a signature over the URL without a non-default port, like the official package', () => {
    // Twilio has been seen signing https webhooks to :8443 over the URL without the port.
    const received = 'https://ringflow.example.com:8443/webhooks/twilio/voice';
    const signature = twilio.getExpectedTwilioSignature(
      TOKEN,
      'https://ringflow.example.com/webhooks/twilio/voice',
      VOICE,
    );
    expect(twilio.validateRequest(TOKEN, signature, received, VOICE)).toBe(true);
    expect(verifyTwilioSignature(TOKEN, signature, received, VOICE)).toBe(true);
    // The other way round is a different URL: a signature over :8443 is not valid without it.
    const withPort = twilio.getExpectedTwilioSignature(TOKEN, received, VOICE);
    const bare = 'https://ringflow.example.com/webhooks/twilio/voice';
    expect(twilio.validateRequest(TOKEN, withPort, bare, VOICE)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, withPort, bare, VOICE)).toBe(false);
  });

  it('accepts a signature over raw characters when the framework hands us the URL normalised', () => {
    // Twilio signs `'` as requested; `new URL()` (and so Hono's c.req.url) turns it into `%27`.
    const raw = "https://ringflow.example.com/webhooks/twilio/voice?name=O'Brien";
    const normalised = new URL(raw).toString();
    expect(normalised).toContain('%27');
    const signature = twilio.getExpectedTwilioSignature(TOKEN, raw, VOICE);
    expect(twilio.validateRequest(TOKEN, signature, normalised, VOICE)).toBe(true);
    expect(verifyTwilioSignature(TOKEN, signature, normalised, VOICE)).toBe(true);
  });

  it('rejects a missing or empty signature, an empty token, and a URL that does not parse', () => {
    const url = URLS[0] ?? '';
    const signature = twilio.getExpectedTwilioSignature(TOKEN, url, VOICE);
    expect(verifyTwilioSignature(TOKEN, undefined, url, VOICE)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, '', url, VOICE)).toBe(false);
    expect(verifyTwilioSignature('', twilioSignature('', url, VOICE), url, VOICE)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, signature.slice(0, -1), url, VOICE)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, `${signature}=`, url, VOICE)).toBe(false);
    expect(verifyTwilioSignature(TOKEN, 'not base64 at all', 'not a url', VOICE)).toBe(false);
  });

  it('agrees with validateRequest for arbitrary URLs, parameters and signed variants', () => {
    const host = fc.constantFrom('ringflow.example.com', 'localhost', '127.0.0.1', 'x.ngrok.app');
    const port = fc.constantFrom('', ':80', ':443', ':8080');
    const segment = fc.string({ unit: 'grapheme-ascii', maxLength: 8 }).map(encodeURIComponent);
    const query = fc.option(
      fc.array(
        fc
          .tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }))
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
        { maxLength: 3 },
      ),
      { nil: undefined },
    );
    const url = fc
      .tuple(
        fc.constantFrom('http://', 'https://'),
        host,
        port,
        fc.array(segment, { maxLength: 3 }),
        query,
      )
      .map(
        ([scheme, h, p, path, q]) =>
          `${scheme}${h}${p}/${path.join('/')}${q === undefined ? '' : `?${q.join('&')}`}`,
      );
    const params = fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 }), {
      maxKeys: 6,
    });
    const variant = (u: string) =>
      fc.constantFrom(
        u,
        u.replace(/:(80|443|8080)\//, '/'),
        u.replace('://localhost/', '://localhost:80/'),
        u.replace(/(https:\/\/[^/:]+)\//, '$1:443/'),
      );
    fc.assert(
      fc.property(
        url.chain((u) => fc.tuple(fc.constant(u), variant(u))),
        params,
        fc.boolean(),
        ([received, signedOver], p, tamper) => {
          const signature = twilio.getExpectedTwilioSignature(TOKEN, signedOver, p);
          const sent = tamper ? { ...p, Tampered: 'yes' } : p;
          expect(verifyTwilioSignature(TOKEN, signature, received, sent)).toBe(
            twilio.validateRequest(TOKEN, signature, received, sent),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
