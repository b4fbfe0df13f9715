import { describe, expect, it } from 'vitest';
import { automatedSender, automatedText } from '../src/index.js';

describe('automatedSender', () => {
  const cases: [from: string, automated: boolean][] = [
    ['+14155550123', false],
    ['+447700900123', false],
    ['+33612345678', false],
    ['123', true],
    ['72404', true],
    ['12345678', true],
    ['AMAZON', true],
    ['Uber', true],
    ['BANK-2FA', true],
    ['My Pharmacy', true],
    ['12', false],
    // 9 digits and more are a national number written without +, not a short code.
    ['415555012', false],
    ['+1234', false],
  ];
  it.each(cases)('%s is automated: %s', (from, automated) => {
    expect(automatedSender(from) !== null).toBe(automated);
  });

  it('names what gave the sender away', () => {
    expect(automatedSender('72404')).toBe(
      'the sender 72404 is a short code, used by automated services',
    );
    expect(automatedSender('AMAZON')).toContain('"AMAZON" is an alphanumeric sender ID');
  });
});

describe('automatedText', () => {
  const robots: [body: string, quoted: string][] = [
    ['Auto-Reply: I am away until Monday.', 'Auto-Reply'],
    ['[Auto reply] Thanks for your message', 'Auto reply'],
    ['AUTOREPLY - we got your text', 'AUTOREPLY'],
    ['Automatic reply: Out of office', 'Automatic reply'],
    ['(Automated message) Your order has shipped', 'Automated message'],
    ['Thanks! This is an automated message, replies are not read.', 'This is an automated message'],
    ['This is an automatic reply from Acme Dental.', 'This is an automatic reply'],
    ['Hello, this was an auto-generated text.', 'this was an auto-generated text'],
    ['Out of office until 12/28. For urgent matters call 555-0100.', 'Out of office'],
    [
      "I'm currently out of the office with limited access to my phone.",
      "I'm currently out of the office",
    ],
    ['I am out of the office until Monday', 'I am out of the office until'],
    ['Your code is 482913. Please do not reply to this message.', 'Please do not reply'],
    ['Delivered. Do not reply to this number.', 'Do not reply to this number'],
    ['Sent from noreply@bank.example', 'noreply'],
    ['Message from no-reply service', 'no-reply'],
    ['This number does not accept replies.', 'This number does not accept replies'],
    ['50% off today only! Reply STOP to unsubscribe', 'Reply STOP to unsubscribe'],
    ['Sale ends Sunday. Txt STOP to end', 'Txt STOP to end'],
    ['Your appointment is confirmed. Text STOP to 12345', 'Text STOP'],
    ['Deals inside. reply stop to opt out', 'reply stop to opt out'],
    ['Weekly tips. Msg&data rates may apply.', 'Msg&data rates'],
    ['Msg & data rates may apply', 'Msg & data rates'],
    ['Reply STOP\nto unsubscribe', 'Reply STOP to unsubscribe'],
    ['Réponse automatique : je suis absent jusqu’à lundi', 'Réponse automatique'],
    ['Reponse automatique', 'Reponse automatique'],
    ['Merci de ne pas répondre à ce message.', 'Merci de ne pas répondre'],
    ['Respuesta automática: estoy fuera hasta el lunes', 'Respuesta automática'],
    ['Este es un mensaje automático, por favor no responda.', 'Este es un mensaje automático'],
    ['Automatische Antwort: Ich bin bis Montag nicht erreichbar', 'Automatische Antwort'],
    ['Abwesenheitsnotiz: zurück am 4. Januar', 'Abwesenheitsnotiz'],
    ['Bitte nicht antworten.', 'Bitte nicht antworten'],
  ];
  it.each(robots)('%j is automated', (body, quoted) => {
    expect(automatedText(body)).toBe(`it says "${quoted}"`);
  });

  const people = [
    'Can you reply to my email?',
    'Hi, is the shop open on Saturday?',
    'I got no reply yesterday, can someone call me back?',
    'Please stop calling me after 8pm',
    'Text me when you can, not urgent',
    'Is your auto-reply on? I keep getting it',
    'I have an automatic car, can you fix the gearbox?',
    'Are you out of the office today?',
    'My auto shop quoted me $400, can you beat that?',
    'Do not reply to Mark yet, I will call him',
    'Reply when you can please',
    'Stop by tomorrow?',
    'Can I text STOPS on the way? (typo) thanks',
    'Autoplay is broken on your website',
    'The reply was automatic, I thought it was a person lol',
    'Mi respuesta es sí, gracias',
    'Je voudrais une réponse rapide, merci',
    'Ich warte auf eine Antwort',
    '',
  ];
  it.each(people)('%j is a person', (body) => {
    expect(automatedText(body)).toBeNull();
  });
});
