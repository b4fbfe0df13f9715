/**
 * The cached zone clock gives Temporal's answers: every wall reading and
 * every wall-to-instant conversion, across zones with DST (including Lord
 * Howe's half hour and zones far from UTC), around their transitions and
 * far from them, and again once the answers are remembered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fastWallMsAt,
  fastWallToEpochMs,
  temporalWallMsAt,
  temporalWallToEpochMs,
} from '../src/schedule/zone-clock.js';

const ZONES = [
  'America/New_York',
  'Europe/Paris',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
  'America/St_Johns',
  'Pacific/Chatham',
  'Africa/Casablanca',
  'America/Santiago',
  'Pacific/Kiritimati',
  'Europe/Dublin',
];

/** Instants a DST transition happens at in one of the zones above. */
const TRANSITIONS = [
  Date.UTC(2026, 2, 8, 7),
  Date.UTC(2026, 2, 29, 1),
  Date.UTC(2026, 3, 4, 15),
  Date.UTC(2026, 9, 3, 15, 30),
  Date.UTC(2026, 9, 25, 1),
  Date.UTC(2026, 10, 1, 6),
  Date.UTC(2027, 2, 14, 7),
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant near a transition (to the millisecond), or anywhere in 1900-2100. */
const instantArb = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -2 * DAY, max: 2 * DAY }))
    .map(([t, d]) => t + d),
  fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
);

/** A wall time on the minute near a transition (where gaps and repeats are), or anywhere. */
const wallArb = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -48 * 60, max: 48 * 60 }))
    .map(([t, m]) => Math.floor(t / HOUR) * HOUR + m * 60_000),
  fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
);

describe('zone clock', () => {
  it('reads the wall clock as Temporal does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, (zone, ms) => {
        expect(fastWallMsAt(ms, zone)).toBe(temporalWallMsAt(ms, zone));
        // Twice: the second answer comes from the remembered offset.
        expect(fastWallMsAt(ms, zone)).toBe(temporalWallMsAt(ms, zone));
      }),
      { numRuns: 1500 },
    );
  });

  it('converts wall times to instants as Temporal does, skipped and repeated ones included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), wallArb, (zone, wall) => {
        expect(fastWallToEpochMs(wall, zone)).toBe(temporalWallToEpochMs(wall, zone));
        expect(fastWallToEpochMs(wall, zone)).toBe(temporalWallToEpochMs(wall, zone));
      }),
      { numRuns: 1500 },
    );
  });

  it('walks every minute across New York and Lord Howe transitions', () => {
    for (const [zone, transition] of [
      ['America/New_York', Date.UTC(2026, 2, 8, 7)],
      ['America/New_York', Date.UTC(2026, 10, 1, 6)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
      ['Australia/Lord_Howe', Date.UTC(2026, 9, 3, 15, 30)],
    ] as const) {
      for (let ms = transition - 3 * HOUR; ms <= transition + 3 * HOUR; ms += 60_000) {
        expect(fastWallMsAt(ms, zone)).toBe(temporalWallMsAt(ms, zone));
        expect(fastWallMsAt(ms - 1, zone)).toBe(temporalWallMsAt(ms - 1, zone));
        expect(fastWallToEpochMs(ms, zone)).toBe(temporalWallToEpochMs(ms, zone));
      }
    }
  });

  it('answers outside four-digit years through Temporal, and refuses unknown zones', () => {
    const far = Date.UTC(10_500, 0, 1, 12);
    expect(fastWallMsAt(far, 'Europe/Paris')).toBe(temporalWallMsAt(far, 'Europe/Paris'));
    expect(fastWallToEpochMs(far, 'Europe/Paris')).toBe(temporalWallToEpochMs(far, 'Europe/Paris'));
    expect(() => fastWallMsAt(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
