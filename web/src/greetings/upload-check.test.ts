import { describe, expect, it } from 'vitest';
import { MAX_GREETING_BYTES, nameFromFile, sizeText, uploadProblem } from './upload-check.js';

describe('uploadProblem', () => {
  it('takes an MP3 or a WAV up to 10 MB', () => {
    expect(uploadProblem({ name: 'a.mp3', size: 1000, type: 'audio/mpeg' })).toBeNull();
    expect(
      uploadProblem({ name: 'a.wav', size: MAX_GREETING_BYTES, type: 'audio/wav' }),
    ).toBeNull();
    expect(uploadProblem({ name: 'a.wav', size: 10, type: 'audio/x-wav' })).toBeNull();
  });

  it('refuses a file over 10 MB before it is sent, saying how large it is', () => {
    expect(uploadProblem({ name: 'a.wav', size: MAX_GREETING_BYTES + 1, type: 'audio/wav' })).toBe(
      'the file is larger than 10 MB; greetings can be at most 10 MB (this one is 10.0 MB)',
    );
    expect(uploadProblem({ name: 'a.mp3', size: 12 * 1024 * 1024, type: 'audio/mpeg' })).toMatch(
      /this one is 12\.0 MB\)$/,
    );
  });

  it('refuses an empty file and a type the browser knows is not MP3 or WAV', () => {
    expect(uploadProblem({ name: 'a.wav', size: 0, type: 'audio/wav' })).toBe('the file is empty');
    expect(uploadProblem({ name: 'notes.txt', size: 10, type: 'text/plain' })).toBe(
      'not an MP3 or WAV file: it looks like text/plain',
    );
    expect(uploadProblem({ name: 'a.ogg', size: 10, type: 'audio/ogg' })).toMatch(/audio\/ogg$/);
  });

  it('leaves a file of no known type to the server, which reads its bytes', () => {
    expect(uploadProblem({ name: 'greeting', size: 10, type: '' })).toBeNull();
  });
});

describe('sizeText and nameFromFile', () => {
  it('writes sizes in KB and MB', () => {
    expect(sizeText(800 * 1024)).toBe('800 KB');
    expect(sizeText(100)).toBe('1 KB');
    expect(sizeText(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });

  it('makes a greeting name from a file name', () => {
    expect(nameFromFile('after-hours_v2.wav')).toBe('after hours v2');
    expect(nameFromFile('Main menu.mp3')).toBe('Main menu');
  });
});
