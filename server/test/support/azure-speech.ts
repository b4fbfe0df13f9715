/**
 * @module
 * A fake Azure Speech service on 127.0.0.1 that the real
 * microsoft-cognitiveservices-speech-sdk talks to when pointed at it with
 * `SpeechConfig.fromHost(new URL('ws://127.0.0.1:PORT'))` (AZURE_SPEECH_HOST).
 * It speaks the SDK's websocket protocol: text frames are
 * "Path: ...\r\nX-RequestId: ...\r\nContent-Type: ...\r\n\r\nbody", binary
 * frames a 2-byte big-endian header length, the headers, then the bytes.
 *
 * - Synthesis (`/tts/cognitiveservices/websocket/v1`): takes speech.config,
 *   synthesis.context and the SSML, answers turn.start, response (naming the
 *   audio stream), raw PCM audio chunks and turn.end; the SDK adds the RIFF
 *   header itself.
 * - Recognition (`/speech/recognition/...`): takes speech.config,
 *   speech.context and the audio (the first frame is the SDK's WAV header, then
 *   PCM, then an empty frame for the end) and answers turn.start,
 *   speech.startDetected, speech.hypothesis, one speech.phrase per planned
 *   phrase (detailed output, with the detected language when the SDK asked for
 *   language identification), speech.endDetected and turn.end.
 * - The voice list (plain HTTP on the same port, `GET /cognitiveservices/voices/list`).
 *
 * Everything received is recorded; the next sessions can be told to fail
 * (the socket is closed with an error, as the service does) or to stall.
 * It lives beside the server's tests because `ws` is a dev dependency of the server.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** A voice as the service's voices/list returns it. */
export interface FakeVoice {
  ShortName: string;
  Locale: string;
  Gender: 'Female' | 'Male';
  LocalName: string;
}

export interface SynthesisSession {
  path: string;
  headers: IncomingHttpHeaders;
  /** The JSON bodies of speech.config and synthesis.context. */
  config: unknown;
  context: { synthesis?: { audio?: { outputFormat?: string } } } | null;
  ssml: string;
}

export interface RecognitionSession {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  config: unknown;
  context: Record<string, unknown> | null;
  /** The WAV header the SDK sent first (its description of the audio format). */
  formatHeader: Buffer;
  /** The audio bytes after the header, as sent: PCM for a PCM stream. */
  audio: Buffer;
}

export interface PlannedTranscript {
  phrases: Array<{ text: string; confidence: number }>;
  /** The language reported when the SDK asked for language identification. */
  detectedLanguage?: string;
}

type Failure = 'error' | 'stall';

export interface FakeAzureSpeech {
  /** ws://127.0.0.1:<port>, for AZURE_SPEECH_HOST. */
  host: string;
  key: string;
  syntheses: SynthesisSession[];
  recognitions: RecognitionSession[];
  voiceRequests: Array<{ authorized: boolean }>;
  voices: FakeVoice[];
  /** What the next recognitions answer (default: one phrase). */
  transcript: PlannedTranscript;
  /** Seconds of audio each synthesis returns. */
  synthesisSeconds: number;
  /** The next `count` sessions of `kind` fail (socket closed with 1007, which the SDK does not retry) or stall (never answered). */
  failNext(kind: 'synthesis' | 'recognition', count: number, how: Failure): void;
  close(): Promise<void>;
}

const CRLF = '\r\n';

function textFrame(path: string, requestId: string, body: unknown): string {
  const json = typeof body === 'string' ? body : JSON.stringify(body);
  return `Path: ${path}${CRLF}X-RequestId: ${requestId}${CRLF}Content-Type: application/json${CRLF}${CRLF}${json}`;
}

function binaryFrame(headers: Record<string, string>, body: Buffer): Buffer {
  const head = Buffer.from(
    Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}${CRLF}`)
      .join(''),
    'ascii',
  );
  const length = Buffer.alloc(2);
  length.writeUInt16BE(head.length, 0);
  return Buffer.concat([length, head, body]);
}

interface Incoming {
  headers: Record<string, string>;
  text?: string;
  body?: Buffer;
}

function parseFrame(data: Buffer, isBinary: boolean): Incoming {
  const parseHeaders = (s: string) => {
    const headers: Record<string, string> = {};
    for (const line of s.split(CRLF)) {
      const at = line.indexOf(':');
      if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
    return headers;
  };
  if (!isBinary) {
    const s = data.toString('utf8');
    const split = s.indexOf(CRLF + CRLF);
    return { headers: parseHeaders(s.slice(0, split)), text: s.slice(split + 4) };
  }
  const length = data.readUInt16BE(0);
  return {
    headers: parseHeaders(data.subarray(2, 2 + length).toString('ascii')),
    body: data.subarray(2 + length),
  };
}

function tone(seconds: number, sampleRate: number): Buffer {
  const samples = Math.round(seconds * sampleRate);
  const pcm = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    pcm.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * 8000), i * 2);
  }
  return pcm;
}

function sampleRateOf(outputFormat: string | undefined): number {
  const khz = /(\d+)khz/i.exec(outputFormat ?? '')?.[1];
  return khz ? Number(khz) * 1000 : 16000;
}

const json = (text: string | undefined): unknown => {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text ?? null;
  }
};

/**
 * @example
 * const azure = await startFakeAzureSpeech();
 * const config = loadConfig({ AZURE_SPEECH_HOST: azure.host, AZURE_SPEECH_KEY: azure.key });
 * // ... synthesise, then:
 * expect(azure.syntheses[0].ssml).toContain('en-US-JennyNeural');
 * await azure.close();
 */
export async function startFakeAzureSpeech(): Promise<FakeAzureSpeech> {
  const failures: Record<'synthesis' | 'recognition', Failure[]> = {
    synthesis: [],
    recognition: [],
  };
  const sockets = new Set<WebSocket>();
  const fake: FakeAzureSpeech = {
    host: '',
    key: 'fake-azure-key',
    syntheses: [],
    recognitions: [],
    voiceRequests: [],
    voices: [
      { ShortName: 'en-US-JennyNeural', Locale: 'en-US', Gender: 'Female', LocalName: 'Jenny' },
      { ShortName: 'en-US-GuyNeural', Locale: 'en-US', Gender: 'Male', LocalName: 'Guy' },
      { ShortName: 'de-DE-KatjaNeural', Locale: 'de-DE', Gender: 'Female', LocalName: 'Katja' },
    ],
    transcript: { phrases: [{ text: 'Hello, please call me back.', confidence: 0.91 }] },
    synthesisSeconds: 1,
    failNext(kind, count, how) {
      for (let i = 0; i < count; i++) failures[kind].push(how);
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/cognitiveservices/voices/list') {
      const authorized = req.headers['ocp-apim-subscription-key'] === fake.key;
      fake.voiceRequests.push({ authorized });
      const body = authorized
        ? fake.voices.map((v) => ({
            Name: `Microsoft Server Speech Text to Speech Voice (${v.Locale}, ${v.ShortName.split('-')[2]})`,
            DisplayName: v.LocalName,
            LocalName: v.LocalName,
            ShortName: v.ShortName,
            Gender: v.Gender,
            Locale: v.Locale,
            LocaleName: v.Locale,
            SampleRateHertz: '24000',
            VoiceType: 'Neural',
            Status: 'GA',
            WordsPerMinute: '150',
          }))
        : { error: { code: '401', message: 'Access denied due to invalid subscription key.' } };
      res.writeHead(authorized ? 200 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return;
    }
    res.writeHead(404).end();
  });
  const wss = new WebSocketServer({ server });

  wss.on('connection', (socket, req) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const synthesis = url.pathname.startsWith('/tts/');
    const failure = failures[synthesis ? 'synthesis' : 'recognition'].shift();
    if (synthesis) {
      const session: SynthesisSession = {
        path: url.pathname,
        headers: req.headers,
        config: null,
        context: null,
        ssml: '',
      };
      fake.syntheses.push(session);
      socket.on('message', (data: Buffer, isBinary) => {
        const frame = parseFrame(data, isBinary);
        const path = frame.headers.path?.toLowerCase();
        if (path === 'speech.config') session.config = json(frame.text);
        if (path === 'synthesis.context') {
          session.context = json(frame.text) as SynthesisSession['context'];
        }
        if (path !== 'ssml') return;
        session.ssml = frame.text ?? '';
        if (failure === 'stall') return;
        if (failure === 'error') {
          socket.close(1007, 'fake: the service failed');
          return;
        }
        const requestId = frame.headers['x-requestid'] ?? '';
        const streamId = randomUUID().replaceAll('-', '');
        socket.send(textFrame('turn.start', requestId, { context: { serviceTag: 'fake' } }));
        socket.send(
          textFrame('response', requestId, {
            context: { serviceTag: 'fake' },
            audio: { type: 'inline', streamId },
          }),
        );
        const rate = sampleRateOf(session.context?.synthesis?.audio?.outputFormat);
        const pcm = tone(fake.synthesisSeconds, rate);
        const chunk = 3200;
        for (let at = 0; at < pcm.length; at += chunk) {
          const headers = { Path: 'audio', 'X-RequestId': requestId, 'X-StreamId': streamId };
          socket.send(binaryFrame(headers, pcm.subarray(at, at + chunk)));
        }
        socket.send(textFrame('turn.end', requestId, {}));
      });
      return;
    }

    const session: RecognitionSession = {
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      config: null,
      context: null,
      formatHeader: Buffer.alloc(0),
      audio: Buffer.alloc(0),
    };
    fake.recognitions.push(session);
    const audio: Buffer[] = [];
    let sawHeader = false;
    socket.on('message', (data: Buffer, isBinary) => {
      const frame = parseFrame(data, isBinary);
      const path = frame.headers.path?.toLowerCase();
      const requestId = frame.headers['x-requestid'] ?? '';
      if (path === 'speech.config') session.config = json(frame.text);
      if (path === 'speech.context') {
        session.context = json(frame.text) as Record<string, unknown>;
        if (failure === 'error') socket.close(1007, 'fake: the service failed');
      }
      if (path !== 'audio' || failure) return;
      if (!sawHeader) {
        sawHeader = true;
        session.formatHeader = Buffer.from(frame.body ?? Buffer.alloc(0));
        return;
      }
      if (frame.body && frame.body.length > 0) {
        audio.push(Buffer.from(frame.body));
        return;
      }
      // The empty frame: the audio has ended.
      session.audio = Buffer.concat(audio);
      answerRecognition(socket, requestId, session);
    });
  });

  function answerRecognition(socket: WebSocket, requestId: string, session: RecognitionSession) {
    const lid = session.query.get('lidEnabled') === 'true';
    const language = fake.transcript.detectedLanguage ?? session.query.get('language') ?? 'en-US';
    const send = (path: string, body: unknown) => socket.send(textFrame(path, requestId, body));
    send('turn.start', { context: { serviceTag: 'fake' } });
    send('speech.startDetected', { Offset: 0 });
    let offset = 0;
    for (const phrase of fake.transcript.phrases) {
      const duration = 10_000_000;
      send('speech.hypothesis', {
        Text: phrase.text.toLowerCase(),
        Offset: offset,
        Duration: duration,
      });
      send('speech.phrase', {
        RecognitionStatus: 'Success',
        Offset: offset,
        Duration: duration,
        DisplayText: phrase.text,
        NBest: [
          {
            Confidence: phrase.confidence,
            Lexical: phrase.text.toLowerCase(),
            ITN: phrase.text.toLowerCase(),
            MaskedITN: phrase.text.toLowerCase(),
            Display: phrase.text,
          },
        ],
        ...(lid ? { PrimaryLanguage: { Language: language, Confidence: 'High' } } : {}),
      });
      offset += duration;
    }
    send('speech.endDetected', { Offset: offset });
    send('turn.end', {});
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.host = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
