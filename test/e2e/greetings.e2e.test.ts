import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAzureSpeech } from '../../server/test/support/azure-speech.js';
import { FakeTwilio, type TwilioReply } from '../../server/test/support/fake-twilio.js';
import { startFakeTwilio } from '../fakes/twilio-rest.js';
import { makeWav } from '../fakes/wav.js';
import { signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { selectNode } from './designer-page.js';
import { leaveVoicemail } from './leave-voicemail.js';

/**
 * The greetings library on the real server: a WAV uploaded in the browser,
 * its waveform drawn, picked on the demo flow's voicemail step and
 * published; then a call through Twilio's signed webhooks hears it with
 * <Play>, from a signed link Twilio can fetch without a login.
 */
const SECONDS = 35;

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
let files: string;
beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'ringflow-greetings-e2e-'));
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  rmSync(files, { recursive: true, force: true });
});

/** How many of the first waveform's canvas pixels (inside wavesurfer's shadow root) are painted. */
function paintedPixels(page: Page, scope: string): Promise<number> {
  return page.evaluate((selector) => {
    const host = document.querySelector(`${selector} .waveform-player .wf-canvas > div`);
    const canvases = [...(host?.shadowRoot?.querySelectorAll('canvas') ?? [])];
    let painted = 0;
    for (const canvas of canvases) {
      if (!canvas.width || !canvas.height) continue;
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < (pixels?.length ?? 0); i += 4) if ((pixels?.[i] ?? 0) > 0) painted++;
    }
    return painted;
  }, scope);
}

/** Plays the demo call until the voicemail step answers (in hours nobody answers; after hours, 1). */
async function callUntilRecord(): Promise<TwilioReply> {
  const send = (path: string, init: RequestInit) => fetch(`${app.url}${path}`, init);
  const call = new FakeTwilio(send, app.deps.config.publicBaseUrl, 'e2e-token', '+14155550188');
  let reply = await call.ring();
  for (let turn = 0; turn < 5; turn++) {
    const verbs = reply.verbs.map((v) => v.name);
    if (verbs.includes('Record')) return reply;
    if (verbs.includes('Dial'))
      reply = await call.act(reply, 'Dial', { DialCallStatus: 'no-answer' });
    else if (verbs.includes('Gather')) reply = await call.act(reply, 'Gather', { Digits: '1' });
    else break;
  }
  throw new Error(`the call never reached the voicemail step: ${reply.body}`);
}

describe('the greetings library', () => {
  it('uploads a WAV, previews it, plays it on the voicemail step of a live call', async () => {
    const wavFile = join(files, 'welcome-message.wav');
    writeFileSync(wavFile, makeWav({ seconds: SECONDS }));
    const page = await signedIn(browser, app.url, '/greetings', { width: 1440, height: 900 });
    await page.getByRole('heading', { name: 'Greetings' }).waitFor();
    await page.getByText('No greetings yet.').waitFor();

    // Over 10 MB is refused in the browser, in the server's words, before anything is sent.
    await page.getByRole('button', { name: 'Upload' }).click();
    const dialog = page.getByRole('dialog', { name: 'Upload a greeting' });
    const fileInput = dialog.getByLabel('Audio file');
    await fileInput.setInputFiles({
      name: 'huge.wav',
      mimeType: 'audio/wav',
      buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
    });
    await dialog
      .getByText(/the file is larger than 10 MB; greetings can be at most 10 MB/)
      .waitFor();

    // A text file named .wav passes the browser's check; the server reads its bytes and refuses it.
    await fileInput.setInputFiles({
      name: 'notes.wav',
      mimeType: 'audio/wav',
      buffer: Buffer.from('Call the plumber back on Monday.\n'),
    });
    await dialog.getByLabel('Name').fill('Notes');
    await dialog.getByRole('button', { name: 'Upload' }).click();
    await dialog.getByText('not an MP3 or WAV file: it looks like text/plain').waitFor();

    // A real WAV: the name comes from the file, and the row shows where it came from and its length.
    await dialog.getByLabel('Name').fill('');
    await fileInput.setInputFiles(wavFile);
    expect(await dialog.getByLabel('Name').inputValue()).toBe('welcome message');
    await dialog.getByLabel('Name').fill('Welcome');
    await dialog.getByRole('button', { name: 'Upload' }).click();
    const row = page.getByRole('article', { name: 'Welcome' });
    await row.waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.textContent()).toContain('Uploaded');
    expect(await row.textContent()).toContain('35 s');
    expect(await row.textContent()).toContain('Not used by any flow');

    // The preview loads when asked, and draws the waveform.
    await row.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => paintedPixels(page, '.greeting-card'), { timeout: 10_000 })
      .toBeGreaterThan(500);
    expect(await row.locator('.wf-duration').textContent()).toBe('0:35');
    await screenshot(page, 'greetings-library');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'greetings-library-390x844');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Picked on the demo flow's voicemail step, with its length, its waveform and the 30 s hint.
    await page.getByRole('link', { name: 'Flows' }).click();
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await selectNode(page, 'voicemail');
    const settings = page.getByRole('complementary', { name: 'Settings' });
    // Without Azure, Twilio speaks the text live on the call: nothing to hear beforehand.
    expect(await settings.getByRole('button', { name: 'Preview' }).isDisabled()).toBe(true);
    await settings.getByText(/^No preview: Twilio's <Say> voice speaks this text live/).waitFor();
    await settings.getByRole('radio', { name: 'Greeting from the library' }).check();
    await settings
      .getByLabel('Greeting', { exact: true })
      .selectOption({ label: 'Welcome (35 s)' });
    await settings.getByText('Callers often hang up during long greetings.').waitFor();
    await expect
      .poll(() => paintedPixels(page, '.designer-settings'), { timeout: 10_000 })
      .toBeGreaterThan(200);
    await screenshot(page, 'greetings-designer');

    // The simulator names the greeting with its length, and plays it from the transcript.
    await page.getByRole('button', { name: 'Simulate' }).click();
    const sim = page.getByRole('complementary', { name: 'Simulator' });
    await sim.getByLabel('Date').fill('2026-11-28');
    await sim.getByLabel('Time', { exact: true }).fill('22:00');
    await sim.getByLabel('Time zone').selectOption('America/New_York');
    await sim.getByRole('button', { name: 'Start call' }).click();
    await sim
      .getByRole('group', { name: 'Key pad' })
      .getByRole('button', { name: '1', exact: true })
      .click();
    const heard = sim.locator('.sim-line.says', { hasText: 'Plays greeting "Welcome" (35 s)' });
    await heard.waitFor();
    await heard.getByRole('button', { name: 'Play greeting Welcome' }).click();
    await expect
      .poll(() => paintedPixels(page, '.sim-transcript'), { timeout: 10_000 })
      .toBeGreaterThan(100);
    await screenshot(page, 'greetings-simulator');
    await page.getByRole('button', { name: 'Simulate' }).click();

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByLabel('What changed?').fill('Recorded greeting on voicemail');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Publish/ })
      .click();
    await page.getByText('Revision 2 published').waitFor();

    // The library now says which flow uses it.
    await page.getByRole('link', { name: 'Manage greetings' }).click();
    await expect.poll(() => row.textContent()).toMatch(/Used by .*Demo: small office/);

    // A call hears it: <Play> with a signed link that answers without a login, and 403 once changed.
    const reply = await callUntilRecord();
    const play = reply.verbs.find((v) => v.name === 'Play');
    expect(play, reply.body).toBeTruthy();
    const link = new URL(play?.text ?? '');
    expect(link.pathname).toMatch(/^\/media\/greetings\/[^/]+\/1$/);
    const audio = await fetch(`${app.url}${link.pathname}${link.search}`);
    expect(audio.status).toBe(200);
    expect(audio.headers.get('content-type')).toMatch(/^audio\/(wav|x-wav|wave)/);
    expect((await audio.arrayBuffer()).byteLength).toBe(44 + SECONDS * 8000 * 2);
    const sig = link.searchParams.get('sig') ?? '';
    const changed = `${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`;
    const forged = await fetch(`${app.url}${link.pathname}?sig=${changed}`);
    expect(forged.status).toBe(403);

    // Replacing the file bumps the version: the next call plays the new one, the old link is gone.
    const shorter = join(files, 'shorter.wav');
    writeFileSync(shorter, makeWav({ seconds: 6 }));
    await row.getByLabel('Replace file').setInputFiles(shorter);
    await expect.poll(() => row.textContent()).toContain('version 2');
    expect(await row.textContent()).toContain('6 s');
    const next = (await callUntilRecord()).verbs.find((v) => v.name === 'Play');
    expect(new URL(next?.text ?? '').pathname).toMatch(/\/2$/);
    expect((await fetch(`${app.url}${link.pathname}${link.search}`)).status).toBe(404);

    // A greeting in use cannot be deleted: the refusal names the flow.
    await row.getByRole('button', { name: 'Delete' }).click();
    await row.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => row.getByRole('alert').textContent()).toMatch(/Demo: small office/);
    await screenshot(page, 'greetings-delete-refused');

    // A blank name is the server's to refuse: its words go under the field, the row keeps its name.
    await row.getByRole('button', { name: 'Rename' }).click();
    const rename = row.getByRole('form', { name: 'Rename' });
    await rename.getByLabel('Name').fill('   ');
    await rename.getByRole('button', { name: 'Save' }).click();
    const nameError = rename.locator('.field-error[role="alert"]');
    await expect.poll(() => nameError.textContent()).toBe('Give the greeting a name');
    expect(await rename.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'greetings-rename-refused');
    await rename.getByRole('button', { name: 'Cancel' }).click();
    await row.getByRole('heading').waitFor();
    await page.close();
  });

  it('records a greeting in the browser as WAV, listens, records again and keeps it', async () => {
    // Chromium's fake microphone (a beeping tone), allowed without asking.
    const withMic = await launchBrowser([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ]);
    try {
      const page = await signedIn(withMic, app.url, '/greetings', { width: 1440, height: 900 });
      await page.getByRole('button', { name: 'Record' }).click();
      const recorder = page.getByRole('dialog', { name: 'Record a greeting' });
      const record = async () => {
        await recorder.getByRole('button', { name: 'Start recording' }).click();
        const timer = recorder.locator('.record-timer');
        await expect.poll(() => timer.textContent(), { timeout: 10_000 }).toBe('0:02');
        await recorder.getByRole('button', { name: 'Stop' }).click();
        await expect
          .poll(() => paintedPixels(page, '.record-greeting'), { timeout: 10_000 })
          .toBeGreaterThan(100);
      };
      await record();
      await recorder.getByRole('button', { name: 'Record again' }).click();
      await record();
      await screenshot(page, 'greetings-record-preview');
      // The server names what is wrong with the name, under the field; the recording stays.
      await recorder.getByLabel('Name').fill('  ');
      await recorder.getByRole('button', { name: 'Keep' }).click();
      const nameError = recorder.locator('.field-error[role="alert"]');
      await expect.poll(() => nameError.textContent()).toBe('Give the greeting a name');
      await screenshot(page, 'greetings-record-name-refused');
      await recorder.getByLabel('Name').fill('Recorded hello');
      await recorder.getByRole('button', { name: 'Keep' }).click();
      const row = page.getByRole('article', { name: 'Recorded hello' });
      await row.waitFor();
      expect(await row.textContent()).toContain('Recorded');
      const { greetings } = (await (await page.request.get(`${app.url}/api/greetings`)).json()) as {
        greetings: { name: string; source: string; contentType: string; durationSeconds: number }[];
      };
      const kept = greetings.find((g) => g.name === 'Recorded hello');
      expect(kept).toMatchObject({ source: 'recording', contentType: 'audio/wav' });
      expect(kept?.durationSeconds).toBeGreaterThanOrEqual(2);
      expect(kept?.durationSeconds).toBeLessThan(4);
      await page.close();
    } finally {
      await withMic.close();
    }
  });

  it('adds a text-to-speech greeting with a picked voice, said by Twilio without Azure', async () => {
    const page = await signedIn(browser, app.url, '/greetings', { width: 1440, height: 900 });
    // This browser has no microphone for the page: recording says so, and how to go on.
    await page.getByRole('button', { name: 'Record' }).click();
    const recorder = page.getByRole('dialog', { name: 'Record a greeting' });
    await recorder.getByRole('button', { name: 'Start recording' }).click();
    await recorder
      .getByRole('alert')
      .getByText(/microphone/)
      .waitFor();
    expect(await recorder.getByRole('alert').textContent()).toMatch(/upload a file instead\.$/);
    await screenshot(page, 'greetings-record-refused');
    await recorder.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Text to speech' }).click();
    const dialog = page.getByRole('dialog', { name: 'Text to speech' });
    await dialog.getByText(/set AZURE_SPEECH_KEY and AZURE_SPEECH_REGION/).waitFor();
    await dialog.getByLabel('Name').fill('Closed for the holidays');
    await dialog
      .getByRole('textbox', { name: 'Text', exact: true })
      .fill('We are closed for the holidays and back on Monday.');
    await dialog.getByText('50 / 3,000 characters').waitFor();
    await dialog.getByLabel('Language').selectOption('en-GB');
    const voice = dialog.getByLabel('Voice');
    await expect.poll(() => voice.locator('option').count()).toBeGreaterThan(2);
    await voice.selectOption('Polly.Amy');
    await screenshot(page, 'greetings-tts-dialog');
    await dialog.getByRole('button', { name: 'Add greeting' }).click();
    const row = page.getByRole('article', { name: 'Closed for the holidays' });
    await row.getByText("Spoken by Twilio's <Say> on calls").waitFor();
    expect(await row.textContent()).toContain('Text to speech');
    expect(await row.textContent()).toContain('Polly.Amy');

    // The number's speech settings say who transcribes, and keep one to four languages.
    await page.getByRole('link', { name: 'Numbers' }).click();
    await page.getByRole('link', { name: 'Auto-replies' }).first().click();
    const speech = page.getByRole('form', { name: 'Speech' });
    await speech.getByText(/Twilio transcribes voicemails/).waitFor();
    await speech.getByRole('button', { name: 'Add a language' }).click();
    await speech.getByLabel('Language 2', { exact: true }).selectOption('es-US');
    await speech.getByRole('radio', { name: /^Removed/ }).check();
    await speech.getByRole('button', { name: 'Save speech settings' }).click();
    await speech.getByText('Speech settings saved').waitFor();
    await speech.scrollIntoViewIfNeeded();
    await screenshot(page, 'greetings-number-speech');
    await page.setViewportSize({ width: 390, height: 844 });
    await speech.getByText('Transcription languages').scrollIntoViewIfNeeded();
    await screenshot(page, 'greetings-number-speech-390x844');
    await page.close();
  });

  it('shows who transcribed a voicemail, and lets the team correct it', async () => {
    const accountSid = `AC${'9e'.repeat(16)}`;
    const twilio = await startFakeTwilio({ accountSid, authToken: 'e2e-token' });
    const withRest = await startAppServer({
      demo: true,
      twilioRest: { url: twilio.url, accountSid },
    });
    try {
      const { recordingSid } = await leaveVoicemail(
        withRest,
        twilio,
        '+14155550166',
        makeWav({ seconds: 3 }),
      );
      await withRest.drain();
      // Without Azure, Twilio transcribes and posts the text to the signed callback.
      const send = (path: string, init: RequestInit) => fetch(`${withRest.url}${path}`, init);
      const call = new FakeTwilio(send, withRest.deps.config.publicBaseUrl, 'e2e-token');
      const done = await call.post('/webhooks/twilio/transcription', {
        RecordingSid: recordingSid,
        TranscriptionStatus: 'completed',
        TranscriptionText: 'Hi this is Dana, the boiler is leaking again.',
      });
      expect(done.status).toBe(200);

      const page = await signedIn(browser, withRest.url, '/voicemail', {
        width: 1440,
        height: 900,
      });
      await page.getByRole('list', { name: 'Voicemails' }).getByRole('link').first().click();
      const panel = page.getByRole('article', { name: 'Voicemail from +14155550166' });
      await panel.getByText('Hi this is Dana, the boiler is leaking again.').waitFor();
      await panel.getByText(/English \(United States\) · Transcribed by Twilio/).waitFor();
      await panel.getByRole('button', { name: 'Edit', exact: true }).click();
      await panel
        .getByLabel('Transcript text')
        .fill('Hi, this is Dana: the boiler is leaking again.');
      await panel.getByRole('button', { name: 'Save transcript' }).click();
      await panel.getByText('Hi, this is Dana: the boiler is leaking again.').waitFor();
      await panel.getByText(/Corrected by admin/).waitFor();
      await screenshot(page, 'greetings-transcript-corrected');
      await page.setViewportSize({ width: 390, height: 844 });
      await panel.getByText(/Corrected by admin/).scrollIntoViewIfNeeded();
      await screenshot(page, 'greetings-transcript-corrected-390x844');
      await page.close();
    } finally {
      await withRest.close();
      await twilio.close();
    }
  });

  it('with Azure Speech: synthesises a greeting to preview, transcribes a voicemail with its confidence', async () => {
    const azure = await startFakeAzureSpeech();
    azure.synthesisSeconds = 3;
    azure.transcript = {
      phrases: [{ text: 'Please call me back about the invoice.', confidence: 0.87 }],
    };
    const accountSid = `AC${'a2'.repeat(16)}`;
    const twilio = await startFakeTwilio({ accountSid, authToken: 'e2e-token' });
    const withAzure = await startAppServer({
      demo: true,
      twilioRest: { url: twilio.url, accountSid },
      env: { AZURE_SPEECH_HOST: azure.host, AZURE_SPEECH_KEY: azure.key },
    });
    // Jobs queue jobs (a copied recording queues its transcription): deliver until none is due.
    const drainAll = async () => {
      for (let round = 0; round < 5; round++) {
        const r = await withAzure.drain();
        if (r.sent + r.retried + r.failed + r.cancelled === 0) return;
      }
    };
    try {
      const page = await signedIn(browser, withAzure.url, '/greetings', {
        width: 1440,
        height: 900,
      });
      await page.getByText('No greetings yet.').waitFor();
      expect(await page.getByText(/set AZURE_SPEECH_KEY/).count()).toBe(0);
      await page.getByRole('button', { name: 'Text to speech' }).click();
      const dialog = page.getByRole('dialog', { name: 'Text to speech' });
      await dialog
        .getByText('Synthesised once by Azure Speech and played as audio on calls.')
        .waitFor();
      await dialog.getByLabel('Name').fill('Azure welcome');
      await dialog
        .getByRole('textbox', { name: 'Text', exact: true })
        .fill('Welcome to Acme Plumbing.');
      await dialog.getByLabel('Voice').selectOption('en-US-JennyNeural');
      await dialog.getByRole('button', { name: 'Add greeting' }).click();
      const row = page.getByRole('article', { name: 'Azure welcome' });
      await row.getByText('Synthesising…').waitFor();

      await drainAll();
      expect(azure.syntheses.at(-1)?.ssml).toContain('en-US-JennyNeural');
      // The page asks again while a greeting is pending: the audio appears with its length.
      await row.getByRole('button', { name: 'Preview' }).waitFor({ timeout: 10_000 });
      expect(await row.textContent()).toContain('3 s');
      await row.getByRole('button', { name: 'Preview' }).click();
      await expect
        .poll(() => paintedPixels(page, '.greeting-card'), { timeout: 10_000 })
        .toBeGreaterThan(100);
      await screenshot(page, 'greetings-azure-synthesised');

      // A say prompt in the designer is heard before publishing, in the voice calls will use.
      await page.getByRole('link', { name: 'Flows' }).click();
      await page.getByRole('link', { name: 'Demo: small office' }).click();
      await page.locator('.react-flow__node').first().waitFor();
      await selectNode(page, 'voicemail');
      const settings = page.getByRole('complementary', { name: 'Settings' });
      const said = azure.syntheses.length;
      await settings.getByRole('button', { name: 'Preview' }).click();
      await expect
        .poll(() => paintedPixels(page, '.speech-preview'), { timeout: 10_000 })
        .toBeGreaterThan(100);
      expect(azure.syntheses.slice(said).map((s) => s.ssml)).toEqual([
        expect.stringContaining('Please leave a message'),
      ]);
      await screenshot(page, 'designer-speech-preview');

      const { recordingSid } = await leaveVoicemail(
        withAzure,
        twilio,
        '+14155550155',
        makeWav({ seconds: 2 }),
      );
      expect(recordingSid).toMatch(/^RE/);
      await drainAll();
      await page.goto(`${withAzure.url}/voicemail`);
      await page.getByRole('list', { name: 'Voicemails' }).getByRole('link').first().click();
      const panel = page.getByRole('article', { name: 'Voicemail from +14155550155' });
      await panel.getByText('Please call me back about the invoice.').waitFor();
      await panel
        .getByText('English (United States) · Transcribed by Azure · 87% confidence')
        .waitFor();
      await expect
        .poll(() => panel.getByRole('button', { name: 'Play' }).isEnabled(), { timeout: 10_000 })
        .toBe(true);
      await screenshot(page, 'greetings-azure-transcript');
      await page.close();
    } finally {
      await withAzure.close();
      await twilio.close();
      await azure.close();
    }
  });
});
