import { smsCounter } from './sms-counter.js';

/** The live counter under a text: length, encoding, segments, and a warning when it is long. */
export function SmsCounterLine({
  text,
  values,
  id,
}: {
  text: string;
  values?: Readonly<Record<string, string>> | undefined;
  id?: string;
}) {
  const counter = smsCounter(text, values);
  return (
    <small id={id} className={`sms-counter ${counter.level}`} aria-live="polite">
      <span className="sms-counter-line">{counter.line}</span>
      {counter.note && <span className="sms-counter-note">{counter.note}</span>}
    </small>
  );
}
