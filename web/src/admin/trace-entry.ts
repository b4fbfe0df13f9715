import type { CallEventRow } from '../api/types.js';

/** A row of a call's trace as GET /calls/{id} gives it, with the exact reply sent. */
export type TraceRow = CallEventRow;

/** One line of the timeline: what happened, and the details worth a glance. */
export interface TraceEntry {
  title: string;
  detail: string;
  /** The exact TwiML sent, for the curious; shown folded. */
  raw: string | null;
}

/** Webhook parameters that say what happened; the rest (AccountSid, ApiVersion…) is noise. */
const TELLING_PARAMS = [
  'CallStatus',
  'Digits',
  'SpeechResult',
  'DialCallStatus',
  'DialCallDuration',
  'RecordingDuration',
  'CallDuration',
];

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/**
 * Says a trace row in words, naming nodes by their labels. Everything is
 * returned as plain text; the page renders it as text, never as HTML.
 *
 * @example
 * describeTraceEntry({ kind: 'event', data: { type: 'START', entered: ['start'] }, ... }, (id) => id)
 * // { title: 'Event START', detail: 'entered start', raw: null }
 */
export function describeTraceEntry(row: TraceRow, label: (nodeId: string) => string): TraceEntry {
  const data = record(row.data);
  switch (row.kind) {
    case 'webhook': {
      const detail = TELLING_PARAMS.filter((p) => typeof data[p] === 'string')
        .map((p) => `${p}=${data[p]}`)
        .join(' · ');
      return { title: 'Webhook received', detail, raw: null };
    }
    case 'event': {
      const entered = Array.isArray(data.entered)
        ? data.entered.map((id) => label(String(id)))
        : [];
      const extra = Object.entries(data)
        .filter(
          ([k, v]) => !['type', 'entered', 'at', 'resumable'].includes(k) && typeof v !== 'object',
        )
        .map(([k, v]) => `${k}=${String(v)}`);
      const parts = [...extra, entered.length ? `entered ${entered.join(' → ')}` : ''].filter(
        Boolean,
      );
      return { title: `Event ${String(data.type ?? '?')}`, detail: parts.join(' · '), raw: null };
    }
    case 'instruction': {
      const instruction = record(data.instruction);
      const type = String(instruction.type ?? (data.late ? 'hangup (late report)' : '?'));
      const node = typeof instruction.nodeId === 'string' ? ` at ${label(instruction.nodeId)}` : '';
      const dial =
        Array.isArray(data.dialAddresses) && data.dialAddresses.length
          ? `dials ${data.dialAddresses.join(', ')}`
          : '';
      return { title: `Instruction sent: ${type}${node}`, detail: dial, raw: row.response ?? null };
    }
    case 'note': {
      const text = typeof data.note === 'string' ? data.note : JSON.stringify(data);
      return { title: 'Note', detail: text, raw: null };
    }
    default:
      return { title: String(row.kind), detail: JSON.stringify(row.data), raw: null };
  }
}
