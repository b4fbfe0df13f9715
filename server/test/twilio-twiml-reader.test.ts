/**
 * The one TwiML reader: the elements of a document exactly as written (what
 * the tests assert on), and the verbs with Twilio's defaults (what
 * `ringflow call` plays).
 */
import { describe, expect, it } from 'vitest';
import { readTwiml, readTwimlResponse, TwimlError } from '../src/providers/twilio/twiml-reader.js';

describe('readTwimlResponse', () => {
  it('keeps attributes, untrimmed text and decoded references, children in order', () => {
    const response = readTwimlResponse(
      '<?xml version="1.0" encoding="UTF-8"?><Response>' +
        '<Say voice="Polly.Lea" language="fr-FR"> Tom &amp; Jerry&#10;</Say>' +
        '<Dial timeout="007"><Number statusCallback="/s?a=1&amp;b=2">+14155550101</Number></Dial>' +
        '</Response>',
    );
    expect(response).toEqual({
      name: 'Response',
      attrs: {},
      text: '',
      children: [
        {
          name: 'Say',
          attrs: { voice: 'Polly.Lea', language: 'fr-FR' },
          text: ' Tom & Jerry\n',
          children: [],
        },
        {
          name: 'Dial',
          attrs: { timeout: '007' },
          text: '',
          children: [
            {
              name: 'Number',
              attrs: { statusCallback: '/s?a=1&b=2' },
              text: '+14155550101',
              children: [],
            },
          ],
        },
      ],
    });
  });

  it('refuses what is not TwiML, saying why', () => {
    const refusal = (xml: string) => {
      try {
        readTwimlResponse(xml);
      } catch (error) {
        expect(error).toBeInstanceOf(TwimlError);
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refusal('<html><body>Oops</body></html>')).toBe(
      'no <Response> element (the root is <html>)',
    );
    expect(refusal('')).toMatch(/^not XML \(/);
    expect(refusal('Internal error <<')).toMatch(/^not XML \(/);
    expect(refusal('<Response><Say>unclosed</Response>')).toMatch(/^not XML \(/);
    expect(refusal('<Response/><Response/>')).toBe('more than one root element');
  });
});

describe('readTwiml', () => {
  it('reads verbs in order with Twilio defaults and decoded text', () => {
    expect(
      readTwiml(
        '<?xml version="1.0"?><Response><Say>Tom &amp; Jerry&#10;</Say>' +
          '<Dial action="/a?step=1&amp;kind=dial"><Number>+14155550101</Number><Client>alice</Client></Dial>' +
          '<Dial>+14155550102</Dial><Gather numDigits="1"><Play>https://x.test/a.mp3</Play></Gather>' +
          '<Record maxLength="60"/><Redirect>/next</Redirect><Pause length="2"/><Enqueue>q</Enqueue><Hangup/></Response>',
      ),
    ).toEqual([
      { verb: 'Say', text: 'Tom & Jerry' },
      {
        verb: 'Dial',
        action: '/a?step=1&kind=dial',
        timeoutSeconds: 30,
        targets: ['+14155550101', 'client:alice'],
      },
      { verb: 'Dial', timeoutSeconds: 30, targets: ['+14155550102'] },
      {
        verb: 'Gather',
        timeoutSeconds: 5,
        numDigits: 1,
        actionOnEmptyResult: false,
        prompts: [{ verb: 'Play', url: 'https://x.test/a.mp3' }],
      },
      { verb: 'Record', maxLengthSeconds: 60 },
      { verb: 'Redirect', url: '/next' },
      { verb: 'Pause', seconds: 2 },
      { verb: 'Other', name: 'Enqueue' },
      { verb: 'Hangup' },
    ]);
  });

  it('trims the text the player shows', () => {
    expect(
      readTwiml(
        '<Response>\n  <Say>\n    Hello\n  </Say>\n  <Redirect> /next </Redirect>\n</Response>',
      ),
    ).toEqual([
      { verb: 'Say', text: 'Hello' },
      { verb: 'Redirect', url: '/next' },
    ]);
  });
});
