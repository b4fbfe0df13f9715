/**
 * @module
 * The browser side of recording: the microphone through
 * extendable-media-recorder, whose WAV encoder makes a file Twilio's <Play>
 * takes (browsers record WebM/Ogg natively, which it does not).
 */
import { type IMediaRecorder, MediaRecorder, register } from 'extendable-media-recorder';
import { connect } from 'extendable-media-recorder-wav-encoder';

let encoder: Promise<void> | undefined;

/** Registers the WAV encoder once per page; a failure is forgotten so a retry registers again. */
function wavEncoder(): Promise<void> {
  encoder ??= (async () => register(await connect()))();
  encoder.catch(() => {
    encoder = undefined;
  });
  return encoder;
}

/** A recording in progress: stop it to get the WAV. */
export interface MicrophoneRecording {
  /** The microphone's rate and channels, which decide how long a 10 MB WAV lasts. */
  sampleRate: number | undefined;
  channels: number | undefined;
  stop(): Promise<Blob>;
  /** Stops without keeping anything (the page was left). */
  cancel(): void;
}

/**
 * Asks for the microphone and starts recording WAV. Rejects with the
 * browser's error (NotAllowedError when permission is refused) or a
 * `NoMedia` error when the page cannot record at all.
 *
 * @example
 * const rec = await startRecording();
 * const wav = await rec.stop();
 */
export async function startRecording(): Promise<MicrophoneRecording> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw Object.assign(new Error('no microphone access on this page'), { name: 'NoMedia' });
  }
  await wavEncoder();
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
  };
  let recorder: IMediaRecorder;
  try {
    recorder = new MediaRecorder(stream, { mimeType: 'audio/wav' });
  } catch (e) {
    release();
    throw e;
  }
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  recorder.start();
  const settings = stream.getAudioTracks()[0]?.getSettings();
  return {
    sampleRate: settings?.sampleRate,
    channels: settings?.channelCount,
    stop: () =>
      new Promise<Blob>((resolve) => {
        recorder.addEventListener('stop', () => {
          release();
          resolve(new Blob(chunks, { type: 'audio/wav' }));
        });
        recorder.stop();
      }),
    cancel: () => {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}
