import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { ringflowCommand } from './support/ringflow-command.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (path: string) => `${root}test/fixtures/${path}`;
const demo = (name: string) => `${root}server/src/demo/${name}`;

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ringflow validate', () => {
  it('exits 0 for a sound flow and counts its warnings', () => {
    const r = cli(
      'validate',
      fixture('flows/good/ring-then-voicemail.json'),
      '--schedules',
      fixture('schedules.json'),
      '--team',
      fixture('team.json'),
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ring-then-voicemail\.json: 0 errors, \d+ warnings?$/);
  });

  it('exits 1 and prints each finding for a flow with errors', () => {
    const r = cli('validate', fixture('flows/bad/menu-duplicate-digit.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^error +menu-duplicate-digit \[/m);
    expect(r.out).toMatch(/1 error/);
  });

  it('checks references only against the files it is given', () => {
    const bad = fixture('flows/bad/unknown-member.json');
    expect(cli('validate', bad).out).not.toMatch(/^error +unknown-member/m);
    const r = cli('validate', bad, '--team', fixture('team.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^error +unknown-member/m);
  });

  it('exits 2 for a file that is not a flow at all', () => {
    expect(cli('validate', fixture('team.json')).code).toBe(2);
    expect(cli('validate', fixture('schedules.json')).code).toBe(2);
    const missing = cli('validate', '/nonexistent/flow.json');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('Cannot read flow file /nonexistent/flow.json: no such file');
  });

  it('exits 2 with usage for a missing argument or unknown option', () => {
    expect(cli('validate').err).toMatch(/^Usage: ringflow validate/);
    expect(cli('validate', 'x.json', '--colour').code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
  });
});

describe('ringflow simulate', () => {
  const base = [
    demo('flow.json'),
    '--schedules',
    demo('schedules.json'),
    '--team',
    demo('team.json'),
    '--from',
    '+14155550123',
  ];

  it('walks a weekday call through ringing to voicemail and shows the text it sends', () => {
    const r = cli(
      'simulate',
      ...base,
      '--at',
      '2026-11-23T10:00:00-05:00',
      '--events',
      'no-answer,record:30@+40s',
      '--business',
      'Acme',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Business hours "Office hours": .* → Open/);
    expect(r.out).toMatch(/Ringing Alice and Bob for \d+ s/);
    expect(r.out).toMatch(/← No answer/);
    expect(r.out).toMatch(/← Left a 30 s message/);
    expect(r.out).toMatch(/^Outcome: voicemail; auto-replies: /m);
    expect(r.out).toMatch(/\(in-hours; .*\):\n {2}.*Acme/);
  });

  it('takes the after-hours path at night', () => {
    const r = cli(
      'simulate',
      ...base,
      '--at',
      '2026-11-28T22:00:00-05:00',
      '--events',
      '1,record:12',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/→ Closed/);
    expect(r.out).toMatch(/Phone menu/);
    expect(r.out).toMatch(/after-hours/);
  });

  it('says where the call waits when the events run out', () => {
    const r = cli('simulate', ...base, '--at', '2026-11-23T10:00:00-05:00');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /still at node .*; possible next: Answered, No answer, Busy, Call failed, Caller hung up/,
    );
  });

  it('exits 1 when an event does not apply where the call is', () => {
    const r = cli('simulate', ...base, '--at', '2026-11-23T10:00:00-05:00', '--events', 'silence');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Event "silence" does not apply at node .*; possible now: Answered/);
  });

  it('exits 2 for bad input, naming it', () => {
    expect(cli('simulate', ...base, '--events', 'shout').err).toMatch(/^Unknown event "shout"/);
    expect(cli('simulate', ...base, '--at', 'tomorrow').err).toMatch(
      /--at "tomorrow" is not a date-time/,
    );
    expect(cli('simulate', demo('flow.json')).err).toMatch(/--from is required/);
    expect(cli('simulate', ...base, '--events', 'played@soon').err).toMatch(/clock offset/);
  });
});

describe('the ringflow command from the repository root', () => {
  it('runs through pnpm with paths relative to the root', { timeout: 60_000 }, () => {
    const r = ringflowCommand(['validate', 'test/fixtures/flows/bad/no-entry.json']);
    expect(r.stdout).toMatch(/no-entry/);
    expect(r.status).toBe(1);
  });
});
