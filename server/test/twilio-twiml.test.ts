import type { Instruction } from '@ringflow/flow-runtime';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apologyTwiml,
  DEFAULT_APOLOGY,
  DEFAULT_VOICEMAIL_GREETING,
  type RenderContext,
  renderTwiml,
} from '../src/providers/twilio/twiml.js';
import { readTwimlResponse, type TwimlElement } from '../src/providers/twilio/twiml-reader.js';
import { escapeXml, xmlSafe } from '../src/providers/twilio/xml.js';

const BASE = 'https://ringflow.example.com';
const GREETINGS: Record<string, string> = {
  welcome: `${BASE}/greetings/welcome.mp3`,
  odd: `${BASE}/greetings/a&b "c" <d>.mp3?x=1&y='2'`,
};

function context(kind: string, overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    actionUrl: `${BASE}/webhooks/twilio/voice/action?step=3&kind=${kind}`,
    recordingStatusUrl: `${BASE}/webhooks/twilio/recording`,
    businessNumber: '+14155550100',
    callerNumber: '+14155550199',
    greetingUrl: (id) => {
      const url = GREETINGS[id];
      if (url) return { url };
      // A text-to-speech greeting without audio: spoken by <Say>.
      if (id === 'spoken') {
        return {
          say: { type: 'say', text: 'Bienvenue chez nous.', voice: 'Polly.Lea', language: 'fr-FR' },
        };
      }
      return null;
    },
    ...overrides,
  };
}

type Node = TwimlElement;

/** Parses a TwiML document, asserting it is well-formed and has the declaration and one Response. */
function parse(xml: string): Node {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><Response')).toBe(true);
  const root = readTwimlResponse(xml);
  expect(root.text).toBe('');
  return root;
}

const names = (node: Node) => node.children.map((c) => c.name);

const sayPrompt = (text: string, voice?: string) => ({
  type: 'say' as const,
  text,
  language: 'fr-FR',
  ...(voice ? { voice } : {}),
});

function dial(overrides: Partial<Extract<Instruction, { type: 'dial' }>> = {}): Instruction {
  return {
    type: 'dial',
    nodeId: 'ring',
    targets: [{ type: 'member', memberId: 'm1' }],
    ringSeconds: 25,
    strategy: 'simultaneous',
    ...overrides,
  };
}

function gather(overrides: Partial<Extract<Instruction, { type: 'gather' }>> = {}): Instruction {
  return {
    type: 'gather',
    nodeId: 'menu',
    prompt: sayPrompt('Pour les ventes, tapez 1.', 'Polly.Celine'),
    keys: ['1', '2', '#'],
    timeoutSeconds: 7,
    attempt: 1,
    attempts: 3,
    ...overrides,
  };
}

function record(overrides: Partial<Extract<Instruction, { type: 'record' }>> = {}): Instruction {
  return {
    type: 'record',
    nodeId: 'vm',
    greeting: { type: 'audio', greetingId: 'welcome' },
    maxLengthSeconds: 120,
    transcribe: true,
    playBeep: true,
    ...overrides,
  };
}

describe('renderTwiml: hangup', () => {
  it('is a lone <Hangup/>', async () => {
    const xml = await renderTwiml({ type: 'hangup', nodeId: null }, context('none'));
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    expect(names(parse(xml))).toEqual(['Hangup']);
  });
});

describe('renderTwiml: dial', () => {
  it('rings one number with timeout, action, POST and answerOnBridge', async () => {
    const ctx = context('dial');
    const root = parse(await renderTwiml(dial(), ctx, ['+14155550111']));
    expect(names(root)).toEqual(['Dial']);
    const d = root.children[0] as Node;
    expect(d.attrs).toEqual({
      timeout: '25',
      action: ctx.actionUrl,
      method: 'POST',
      answerOnBridge: 'true',
    });
    expect(d.children.map((c) => [c.name, c.text])).toEqual([['Number', '+14155550111']]);
  });

  it('rings several numbers, SIP addresses and clients at once, in the order given', async () => {
    const addresses = [
      '+14155550111',
      'sip:alice@pbx.example.com;transport=tls',
      'sips:bob@pbx.example.com',
      'client:carol',
      '+442071838750',
    ];
    const root = parse(await renderTwiml(dial(), context('dial'), addresses));
    const d = root.children[0] as Node;
    expect(d.children.map((c) => [c.name, c.text])).toEqual([
      ['Number', '+14155550111'],
      ['Sip', 'sip:alice@pbx.example.com;transport=tls'],
      ['Sip', 'sips:bob@pbx.example.com'],
      ['Client', 'carol'],
      ['Number', '+442071838750'],
    ]);
  });

  it("asks every address to report when it answers, so the team's conversation is known", async () => {
    const answeredUrl = `${BASE}/webhooks/twilio/answered`;
    const root = parse(
      await renderTwiml(dial(), context('dial', { answeredUrl }), ['+14155550111', 'client:carol']),
    );
    const nouns = (root.children[0] as Node).children;
    expect(nouns.map((n) => [n.name, n.attrs])).toEqual(
      ['Number', 'Client'].map((name) => [
        name,
        {
          statusCallbackEvent: 'answered',
          statusCallback: answeredUrl,
          statusCallbackMethod: 'POST',
        },
      ]),
    );
  });

  it('shows the business number only when the forward asks for it', async () => {
    const ctx = context('dial');
    const business = parse(
      await renderTwiml(dial({ callerId: 'business' }), ctx, ['+14155550111']),
    );
    expect(business.children[0]?.attrs.callerId).toBe(ctx.businessNumber);
    for (const callerId of ['caller', undefined] as const) {
      const root = parse(await renderTwiml(dial({ callerId }), ctx, ['+14155550111']));
      expect(root.children[0]?.attrs).not.toHaveProperty('callerId');
    }
  });

  it('refuses to render a dial with nobody to ring (the server steps the call instead)', async () => {
    await expect(renderTwiml(dial(), context('dial'), [])).rejects.toThrow(/no address/);
    await expect(renderTwiml(dial(), context('dial'))).rejects.toThrow(/no address/);
  });

  it.each(['4155550111', '+0123', '+1 415 555 0111', 'client:', 'sip:', 'tel:+14155550111', ''])(
    'refuses the address %j rather than dialling something else',
    async (address) => {
      await expect(renderTwiml(dial(), context('dial'), [address])).rejects.toThrow(/Cannot dial/);
    },
  );
});

describe('renderTwiml: say and play', () => {
  it('says the text with voice and language, then redirects to the action URL', async () => {
    const ctx = context('played');
    const xml = await renderTwiml(
      { type: 'say', nodeId: 'msg', text: 'Bonjour !', voice: 'Polly.Celine', language: 'fr-FR' },
      ctx,
    );
    const root = parse(xml);
    expect(names(root)).toEqual(['Say', 'Redirect']);
    expect(root.children[0]).toMatchObject({
      attrs: { voice: 'Polly.Celine', language: 'fr-FR' },
      text: 'Bonjour !',
    });
    expect(root.children[1]).toMatchObject({ attrs: { method: 'POST' }, text: ctx.actionUrl });
    // The `&` of the query is escaped in the document itself.
    expect(xml).toContain('?step=3&amp;kind=played</Redirect>');
  });

  it('leaves out voice when the instruction has none', async () => {
    const root = parse(
      await renderTwiml(
        { type: 'say', nodeId: 'msg', text: 'Hi', language: 'en-US' },
        context('played'),
      ),
    );
    expect(root.children[0]?.attrs).toEqual({ language: 'en-US' });
  });

  it('says nothing for blank text but still reports the message as played', async () => {
    const ctx = context('played');
    for (const text of ['', '   ', '\n\t', '\u0000\u0001']) {
      const root = parse(
        await renderTwiml({ type: 'say', nodeId: 'msg', text, language: 'en-US' }, ctx),
      );
      expect(names(root)).toEqual(['Redirect']);
    }
  });

  it('plays the greeting, then redirects', async () => {
    const ctx = context('played');
    const root = parse(
      await renderTwiml({ type: 'play', nodeId: 'msg', greetingId: 'welcome' }, ctx),
    );
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['Play', GREETINGS.welcome],
      ['Redirect', ctx.actionUrl],
    ]);
  });

  it('escapes a greeting URL with &, quotes and angle brackets', async () => {
    const root = parse(
      await renderTwiml({ type: 'play', nodeId: 'msg', greetingId: 'odd' }, context('played')),
    );
    expect(root.children[0]?.text).toBe(GREETINGS.odd);
  });

  it('says a text-to-speech greeting without audio with its voice and language', async () => {
    const ctx = context('played');
    const root = parse(
      await renderTwiml({ type: 'play', nodeId: 'msg', greetingId: 'spoken' }, ctx),
    );
    expect(root.children[0]).toMatchObject({
      name: 'Say',
      attrs: { voice: 'Polly.Lea', language: 'fr-FR' },
      text: 'Bienvenue chez nous.',
    });
    expect(names(root)).toEqual(['Say', 'Redirect']);
  });

  it('renders only the redirect when the greeting no longer exists', async () => {
    const ctx = context('played');
    const xml = await renderTwiml({ type: 'play', nodeId: 'msg', greetingId: 'deleted' }, ctx);
    expect(names(parse(xml))).toEqual(['Redirect']);
    expect(xml).not.toContain('<!--');
  });
});

describe('renderTwiml: gather', () => {
  it('waits for one key, posts on silence, and lets # be a key', async () => {
    const ctx = context('gather');
    const xml = await renderTwiml(gather(), ctx);
    const root = parse(xml);
    expect(names(root)).toEqual(['Gather']);
    const g = root.children[0] as Node;
    expect(g.attrs).toEqual({
      input: 'dtmf',
      numDigits: '1',
      timeout: '7',
      action: ctx.actionUrl,
      method: 'POST',
      actionOnEmptyResult: 'true',
      finishOnKey: '',
    });
    expect(g.children).toEqual([
      {
        name: 'Say',
        attrs: { voice: 'Polly.Celine', language: 'fr-FR' },
        children: [],
        text: 'Pour les ventes, tapez 1.',
      },
    ]);
    expect(xml.endsWith('</Gather></Response>')).toBe(true);
  });

  it('says the retry text first on attempt 2, in the prompt’s voice and language', async () => {
    const root = parse(
      await renderTwiml(gather({ attempt: 2, retryText: 'Désolé.' }), context('gather')),
    );
    const g = root.children[0] as Node;
    expect(g.children.map((c) => [c.name, c.attrs, c.text])).toEqual([
      ['Say', { voice: 'Polly.Celine', language: 'fr-FR' }, 'Désolé.'],
      ['Say', { voice: 'Polly.Celine', language: 'fr-FR' }, 'Pour les ventes, tapez 1.'],
    ]);
  });

  it('does not say the retry text on the first attempt', async () => {
    const root = parse(
      await renderTwiml(gather({ attempt: 1, retryText: 'Sorry.' }), context('gather')),
    );
    expect(root.children[0]?.children.map((c) => c.text)).toEqual(['Pour les ventes, tapez 1.']);
  });

  it('plays an audio prompt after a plain retry <Say>', async () => {
    const root = parse(
      await renderTwiml(
        gather({
          prompt: { type: 'audio', greetingId: 'welcome' },
          attempt: 3,
          retryText: 'Sorry.',
        }),
        context('gather'),
      ),
    );
    const g = root.children[0] as Node;
    expect(g.children.map((c) => [c.name, c.attrs, c.text])).toEqual([
      ['Say', { language: 'en-US' }, 'Sorry.'],
      ['Play', {}, GREETINGS.welcome],
    ]);
  });

  it('still waits for a key when the greeting is missing', async () => {
    const missing = { type: 'audio' as const, greetingId: 'deleted' };
    const first = parse(await renderTwiml(gather({ prompt: missing }), context('gather')));
    expect(names(first)).toEqual(['Gather']);
    expect(first.children[0]?.children).toEqual([]);
    const retry = parse(
      await renderTwiml(
        gather({ prompt: missing, attempt: 2, retryText: 'Sorry.' }),
        context('gather'),
      ),
    );
    expect(retry.children[0]?.children.map((c) => [c.name, c.text])).toEqual([['Say', 'Sorry.']]);
  });
});

describe('renderTwiml: record', () => {
  it('plays the greeting, records, and falls back to the action after an empty recording', async () => {
    const ctx = context('record');
    const xml = await renderTwiml(record(), ctx);
    const root = parse(xml);
    expect(names(root)).toEqual(['Play', 'Record', 'Redirect']);
    expect(root.children[0]?.text).toBe(GREETINGS.welcome);
    expect(root.children[1]).toEqual({
      name: 'Record',
      attrs: {
        maxLength: '120',
        action: ctx.actionUrl,
        method: 'POST',
        playBeep: 'true',
        recordingStatusCallback: ctx.recordingStatusUrl,
        recordingStatusCallbackMethod: 'POST',
        finishOnKey: '#',
        timeout: '5',
      },
      children: [],
      text: '',
    });
    expect(root.children[2]).toMatchObject({ attrs: { method: 'POST' }, text: ctx.actionUrl });
    // Ringflow transcribes later itself; Twilio must not.
    expect(xml).not.toContain('transcribe');
  });

  it('says a spoken greeting with its voice and language, and honours playBeep=false', async () => {
    const root = parse(
      await renderTwiml(
        record({ greeting: sayPrompt('Laissez un message.'), playBeep: false }),
        context('record'),
      ),
    );
    expect(root.children[0]).toMatchObject({
      name: 'Say',
      attrs: { language: 'fr-FR' },
      text: 'Laissez un message.',
    });
    expect(root.children[1]?.attrs.playBeep).toBe('false');
  });

  it('speaks a text-to-speech voicemail greeting that has no audio, then records', async () => {
    const greeting = { type: 'audio' as const, greetingId: 'spoken' };
    const root = parse(await renderTwiml(record({ greeting }), context('record')));
    expect(names(root)).toEqual(['Say', 'Record', 'Redirect']);
    expect(root.children[0]).toMatchObject({
      attrs: { voice: 'Polly.Lea' },
      text: 'Bienvenue chez nous.',
    });
  });

  it.each([
    ['a deleted greeting', { type: 'audio' as const, greetingId: 'deleted' }],
    ['a blank spoken greeting', sayPrompt('  ')],
  ])('asks for a message in the default words for %s', async (_label, greeting) => {
    const root = parse(await renderTwiml(record({ greeting }), context('record')));
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['Say', DEFAULT_VOICEMAIL_GREETING],
      ['Record', ''],
      ['Redirect', context('record').actionUrl],
    ]);
  });
});

describe('apologyTwiml', () => {
  it('apologises and hangs up', async () => {
    const root = parse(apologyTwiml());
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['Say', DEFAULT_APOLOGY],
      ['Hangup', ''],
    ]);
  });

  it('says a custom text, escaped', async () => {
    const root = parse(apologyTwiml('Sorry <b> & "co"'));
    expect(root.children[0]?.text).toBe('Sorry <b> & "co"');
  });
});

describe('escaping', () => {
  const NASTY = [
    'Tom & Jerry <sales@example.com>',
    'He said "hi" and \'bye\'',
    'End of CDATA ]]> here',
    '<![CDATA[ not cdata ]]>',
    '</Say><Hangup/><Say>',
    '&amp; is already escaped &lt;',
    '&#60; &#x3C; &unknown;',
    'Emoji 😀👍🏽 and 山田 and Zoë',
    'Line one\nline two\r\nline three\ttabbed',
  ];

  it.each(NASTY)('keeps %j intact inside <Say>', async (text) => {
    const xml = await renderTwiml(
      { type: 'say', nodeId: 'n', text, language: 'en-US' },
      context('played'),
    );
    const root = parse(xml);
    expect(names(root)).toEqual(['Say', 'Redirect']);
    expect(root.children[0]?.text).toBe(text);
  });

  it('keeps user text in every position: prompt, retry, greeting and apology', async () => {
    const [a = '', b = '', c = '', d = ''] = NASTY;
    const menu = parse(
      await renderTwiml(
        gather({ prompt: sayPrompt(a), attempt: 2, retryText: b }),
        context('gather'),
      ),
    );
    expect(menu.children[0]?.children.map((n) => n.text)).toEqual([b, a]);
    const vm = parse(await renderTwiml(record({ greeting: sayPrompt(c) }), context('record')));
    expect(vm.children[0]?.text).toBe(c);
    expect(parse(apologyTwiml(d)).children[0]?.text).toBe(d);
  });

  it('cannot be broken out of through an attribute value', async () => {
    const voice = '"><Hangup/><Say voice="x';
    const language = "en-US' onload='x";
    const ctx = context('played', {
      actionUrl: `${BASE}/a?b="c"&d=<e>&f='g'`,
      businessNumber: '"+1"<>',
    });
    const say = parse(
      await renderTwiml({ type: 'say', nodeId: 'n', text: 'x', voice, language }, ctx),
    );
    expect(names(say)).toEqual(['Say', 'Redirect']);
    expect(say.children[0]?.attrs).toEqual({ voice, language });
    expect(say.children[1]?.text).toBe(ctx.actionUrl);
    const fwd = parse(await renderTwiml(dial({ callerId: 'business' }), ctx, ['+14155550111']));
    expect(fwd.children[0]?.attrs).toMatchObject({ action: ctx.actionUrl, callerId: '"+1"<>' });
  });

  it('drops characters XML cannot carry instead of producing a document Twilio rejects', async () => {
    const text = 'a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\u001Fg';
    const root = parse(
      await renderTwiml({ type: 'say', nodeId: 'n', text, language: 'en-US' }, context('played')),
    );
    expect(root.children[0]?.text).toBe('abcdefg');
  });

  it('escapes each of the five special characters', async () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  // 500 long random strings through a real XML parser: about 2 s alone, more on a loaded machine.
  it('round-trips any text through render and parse inside <Say>', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string()),
        async (text) => {
          const xml = await renderTwiml(
            { type: 'say', nodeId: 'n', text, language: 'en-US' },
            context('played'),
          );
          const root = parse(xml);
          const expected = xmlSafe(text);
          if (expected.trim() === '') {
            expect(names(root)).toEqual(['Redirect']);
          } else {
            expect(names(root)).toEqual(['Say', 'Redirect']);
            expect(root.children[0]?.text).toBe(expected);
          }
        },
      ),
      { numRuns: 500 },
    );
  }, 20_000);

  it('round-trips text made only of characters XML can carry exactly', async () => {
    const xmlChar = fc.oneof(
      fc.constantFrom('\t', '\n', '\r', '&', '<', '>', '"', "'", ']]>', ';', '#'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).map(xmlSafe),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(xmlChar, { minLength: 1 }).map((parts) => `x${parts.join('')}`),
        async (text) => {
          const root = parse(
            await renderTwiml(
              { type: 'say', nodeId: 'n', text, language: 'en-US' },
              context('played'),
            ),
          );
          expect(root.children[0]?.text).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('renderTwiml: keys during a voicemail greeting', () => {
  const keyActionUrl = `${BASE}/webhooks/twilio/voice/action?step=3&kind=gather`;

  it('wraps the greeting in a one-key <Gather> that posts only when a key is pressed, then records', async () => {
    const ctx = context('record', { keyActionUrl });
    const root = parse(await renderTwiml(record({ keys: ['0', '#'] }), ctx));
    expect(names(root)).toEqual(['Gather', 'Record', 'Redirect']);
    expect(root.children[0]).toEqual({
      name: 'Gather',
      attrs: {
        input: 'dtmf',
        numDigits: '1',
        timeout: '1',
        action: keyActionUrl,
        method: 'POST',
        actionOnEmptyResult: 'false',
        finishOnKey: '',
      },
      children: [{ name: 'Play', attrs: {}, children: [], text: GREETINGS.welcome }],
      text: '',
    });
    // The recording and the empty-recording fallback still report to the record action.
    expect(root.children[1]?.attrs.action).toBe(ctx.actionUrl);
    expect(root.children[2]?.text).toBe(ctx.actionUrl);
  });

  it('gathers around a spoken greeting, and around the default words when the greeting is missing', async () => {
    const ctx = context('record', { keyActionUrl });
    const spoken = parse(
      await renderTwiml(record({ greeting: sayPrompt('Tapez 0 si urgent.'), keys: ['0'] }), ctx),
    );
    expect(spoken.children[0]?.children).toEqual([
      { name: 'Say', attrs: { language: 'fr-FR' }, children: [], text: 'Tapez 0 si urgent.' },
    ]);
    const missing = parse(
      await renderTwiml(
        record({ greeting: { type: 'audio', greetingId: 'gone' }, keys: ['0'] }),
        ctx,
      ),
    );
    expect(missing.children[0]?.children.map((c) => c.text)).toEqual([DEFAULT_VOICEMAIL_GREETING]);
  });

  it('renders no <Gather> without keys, or without a URL for them', async () => {
    const noKeys = parse(
      await renderTwiml(record({ keys: [] }), context('record', { keyActionUrl })),
    );
    expect(names(noKeys)).toEqual(['Play', 'Record', 'Redirect']);
    const noUrl = parse(await renderTwiml(record({ keys: ['0'] }), context('record')));
    expect(names(noUrl)).toEqual(['Play', 'Record', 'Redirect']);
  });
});
