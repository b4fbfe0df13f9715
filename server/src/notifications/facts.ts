/**
 * @module
 * What a notification says, read at delivery from the rows as they are now:
 * a voicemail's audio and transcript status, a call's outcome (a late
 * "answered" report cancels a missed-call notification), the number's name
 * and the time zone its times are shown in.
 */
import { z } from 'zod';
import type { Config } from '../config.js';
import { type Call, getCall } from '../db/calls.js';
import { getMessage, type Message } from '../db/messages.js';
import { EventTypeSchema } from '../db/notifications.js';
import { getNumber } from '../db/numbers.js';
import { getSchedule } from '../db/schedules.js';
import type { Connection } from '../db/sql/connection.js';
import { getVoicemail, type Voicemail } from '../db/voicemails.js';

export const NotificationPayloadSchema = z.object({
  eventId: z.string().min(1),
  eventType: EventTypeSchema,
  subjectId: z.string().min(1),
  targetId: z.string().min(1),
});

export interface NumberFacts {
  id: string;
  e164: string;
  name: string;
}

interface Common {
  eventId: string;
  /** When the event was first recorded (the outbox row's creation): the same on every retry. */
  createdAt: string;
  number: NumberFacts;
  /** The IANA zone times are shown in: the number's schedule's, else UTC. */
  timeZone: string;
  /** Where to see it in Ringflow. */
  link: string;
}

export type EventFacts = Common &
  (
    | { type: 'voicemail.new'; voicemail: Voicemail; call: Call | null }
    | { type: 'call.missed'; call: Call }
    | { type: 'message.received'; message: Message }
  );

/** The facts, or why the notification no longer applies (it is then cancelled). */
export type FactsResult = { ok: true; facts: EventFacts } | { ok: false; reason: string };

/**
 * @example
 * const read = loadFacts(db, config, { eventId, eventType: 'call.missed', subjectId: callId }, row.createdAt);
 * if (!read.ok) return { status: 'cancelled', reason: read.reason };
 */
export async function loadFacts(
  db: Connection,
  config: Pick<Config, 'publicBaseUrl'>,
  event: { eventId: string; eventType: z.infer<typeof EventTypeSchema>; subjectId: string },
  createdAt: string,
): Promise<FactsResult> {
  const base = config.publicBaseUrl;
  const common = async (numberId: string | null, link: string): Promise<Common | null> => {
    const number = numberId ? await getNumber(db, numberId) : undefined;
    if (!number) return null;
    const schedule = number.scheduleId ? await getSchedule(db, number.scheduleId) : undefined;
    return {
      eventId: event.eventId,
      createdAt,
      number: { id: number.id, e164: number.number, name: number.name },
      timeZone: schedule?.timeZone ?? 'UTC',
      link,
    };
  };
  const noNumber = { ok: false, reason: 'The phone number no longer exists' } as const;

  switch (event.eventType) {
    case 'voicemail.new': {
      const voicemail = await getVoicemail(db, event.subjectId);
      if (!voicemail) return { ok: false, reason: 'The voicemail no longer exists' };
      if (voicemail.deletedAt) return { ok: false, reason: 'The voicemail was deleted' };
      const shared = await common(voicemail.numberId, `${base}/voicemail/${voicemail.id}`);
      if (!shared) return noNumber;
      const call = voicemail.callId ? ((await getCall(db, voicemail.callId)) ?? null) : null;
      return { ok: true, facts: { ...shared, type: 'voicemail.new', voicemail, call } };
    }
    case 'call.missed': {
      const call = await getCall(db, event.subjectId);
      if (!call) return { ok: false, reason: 'The call no longer exists' };
      if (call.outcome !== 'missed' && call.outcome !== 'abandoned') {
        return {
          ok: false,
          reason: `The call was not missed after all: its outcome is now ${call.outcome ?? 'unknown'} (reported late)`,
        };
      }
      const shared = await common(call.phoneNumberId, `${base}/calls/${call.id}`);
      if (!shared) return noNumber;
      return { ok: true, facts: { ...shared, type: 'call.missed', call } };
    }
    case 'message.received': {
      const message = await getMessage(db, event.subjectId);
      if (!message) return { ok: false, reason: 'The text no longer exists' };
      const shared = await common(message.numberId, `${base}/messages`);
      if (!shared) return noNumber;
      return { ok: true, facts: { ...shared, type: 'message.received', message } };
    }
  }
}

/** The caller or sender of the event. */
export function contactOf(facts: EventFacts): string {
  switch (facts.type) {
    case 'voicemail.new':
      return facts.voicemail.caller;
    case 'call.missed':
      return facts.call.from;
    case 'message.received':
      return facts.message.contact;
  }
}

/** When it happened. */
export function instantOf(facts: EventFacts): string {
  switch (facts.type) {
    case 'voicemail.new':
      return facts.voicemail.at;
    case 'call.missed':
      return facts.call.startedAt;
    case 'message.received':
      return facts.message.at;
  }
}
