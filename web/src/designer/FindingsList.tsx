import type { Finding } from '@ringflow/flow-runtime';

/** The findings the server refused a publish for, as plain text (never HTML). */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings-list">
      {findings.map((f) => (
        // Findings have no id; what they say and where is unique within one answer.
        <li
          key={`${f.code}|${f.nodeId ?? ''}|${f.edgeId ?? ''}|${f.message}`}
          className={f.severity === 'error' ? 'error' : 'muted'}
        >
          {f.message}
        </li>
      ))}
    </ul>
  );
}
