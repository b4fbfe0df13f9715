import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';
import { ringflowCommand } from './support/ringflow-command.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (path: string) => `${root}test/fixtures/${path}`;
const demo = (name: string) => `${root}server/src/demo/${name}`;
const dir = mkdtempSync(join(tmpdir(), 'ringflow-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tmpFile = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

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
    // Nobody answers for the step's 25 s of ringing; @+40s then sets the recording's time.
    expect(r.out).toMatch(/← \[\+25 s\] No answer/);
    expect(r.out).toMatch(/← \[\+1 min 5 s\] Left a 30 s message/);
    expect(r.out).toMatch(/^Outcome: voicemail; text sent by step "Thanks for the message"$/m);
    expect(r.out).toMatch(/\(in-hours; .*\):\n {2}.*Acme/);
  });

  it('moves the clock by what each step takes and judges business hours at that time', () => {
    // Friday 16:59:50 in New York: the ring and the greeting carry the call past closing time.
    const r = cli(
      'simulate',
      ...base,
      '--at',
      '2026-11-27T16:59:50-05:00',
      '--events',
      'no-answer,record:30',
    );
    expect(r.out).toMatch(
      /^ {2}2\. \[\+0 s\] Business hours "Office hours": open: Friday 16:59 in Weekdays 9-17 → Open$/m,
    );
    expect(r.out).toMatch(/← \[\+25 s\] No answer/);
    expect(r.out).toMatch(/^ {2}4\. \[\+25 s\] Voicemail/m);
    // 6 s of greeting, the beep, then the 30 s message.
    expect(r.out).toMatch(/← \[\+1 min 2 s\] Left a 30 s message/);
    expect(r.out).toMatch(/Text from step "Thanks for the message" \(after-hours;/);
  });

  it('leaves out a member on do-not-disturb, as the server does, and says so', () => {
    const team = tmpFile('team.json', {
      members: [
        { id: 'alice', name: 'Alice', dndUntil: '2026-11-23T16:00:00Z' },
        { id: 'bob', name: 'Bob', dndUntil: '2026-11-23T16:00:00Z' },
      ],
    });
    const r = cli(
      'simulate',
      ...base.slice(0, 3),
      '--team',
      team,
      '--from',
      '+14155550123',
      '--at',
      '2026-11-23T10:00:00-05:00',
    );
    expect(r.out).toMatch(/Alice not rung: do-not-disturb until 2026-11-23T16:00:00Z/);
    expect(r.out).toMatch(/Nobody to ring: taken at once as no answer/);
    expect(r.out).toMatch(/^ {2}4\. \[\+0 s\] Voicemail/m);
    expect(r.out).toMatch(/still at node voicemail/);
  });

  it("says the number's own rule sends the text when the flow fires no auto-reply step", () => {
    const rules = tmpFile('rules.json', {
      settings: {
        rules: [
          {
            id: 'missed',
            name: 'Missed call',
            trigger: 'missed-call',
            active: true,
            texts: {
              inHours: 'Sorry we missed you at {{business.name}}',
              afterHours: null,
              weekend: null,
              holiday: null,
            },
          },
        ],
      },
    });
    const flow = fixture('flows/good/weekend-message.json');
    const args = [flow, '--schedules', fixture('schedules.json'), '--from', '+14155550123'];
    const at = ['--at', '2026-11-28T22:00:00-05:00', '--events', 'played', '--business', 'Acme'];
    const without = cli('simulate', ...args, ...at);
    expect(without.out).toMatch(
      /^Outcome: missed; no auto-reply: no auto-reply step and no missed-call rule$/m,
    );
    const r = cli('simulate', ...args, ...at, '--auto-replies', rules);
    expect(r.out).toMatch(/^Outcome: missed; text sent by the number's rule "Missed call"$/m);
    expect(r.out).toMatch(/^Text from rule "Missed call" .*:\n {2}Sorry we missed you at Acme$/m);
    expect(
      cli('simulate', ...args, '--auto-replies', tmpFile('bad.json', { rules: 'none' })).err,
    ).toMatch(/bad\.json: rules: /);
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

describe('ringflow <command> --help', () => {
  it("prints the command's own usage and exits 0, with the events for commands that take them", () => {
    const call = cli('call', '--help');
    expect(call.code).toBe(0);
    expect(call.out).toMatch(/^Usage:\n {2}ringflow call --to <number>/);
    expect(call.out).toMatch(/record:SECONDS \| no-message/);
    expect(call.err).toBe('');
    const validate = cli('validate', '-h');
    expect(validate.code).toBe(0);
    expect(validate.out).toMatch(/^Usage:\n {2}ringflow validate <flow.json>/);
    expect(validate.out).not.toMatch(/Events/);
  });
});

describe('the ringflow command from the repository root', () => {
  it('runs through pnpm with paths relative to the root', { timeout: 60_000 }, () => {
    const r = ringflowCommand(['validate', 'test/fixtures/flows/bad/no-entry.json']);
    expect(r.stdout).toMatch(/no-entry/);
    expect(r.status).toBe(1);
  });

  it('runs through npm with no pnpm installed', { timeout: 60_000 }, () => {
    const r = ringflowCommand(['validate', 'test/fixtures/flows/bad/no-entry.json'], 'npm');
    expect(r.stderr).not.toMatch(/pnpm was called/);
    expect(r.stdout).toMatch(/^error {3}no-entry: /);
    expect(r.status).toBe(1);
  });

  it('finds the demo files through npm as it does through pnpm', { timeout: 60_000 }, () => {
    const r = ringflowCommand(['demo'], 'npm');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Ringflow demo: the flow in server\/src\/demo\/flow.json\n/);
    expect(r.stdout).toMatch(/^Outcome: voicemail/m);
    expect(r.status).toBe(0);
  });
});
