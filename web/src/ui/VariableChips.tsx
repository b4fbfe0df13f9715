import { TEMPLATE_VARIABLES } from '@ringflow/shared';

/** The variables a text may use; a click inserts one into the text last edited. */
export function VariableChips({
  target,
  onInsert,
}: {
  target: string;
  onInsert(token: string): void;
}) {
  return (
    <fieldset className="variable-chips">
      <legend className="muted small-text">Insert a variable into the {target}</legend>
      {TEMPLATE_VARIABLES.map((v) => (
        <button
          key={v.name}
          type="button"
          className="chip"
          title={`${v.description} (e.g. ${v.example})`}
          onClick={() => onInsert(`{{${v.name}}}`)}
        >
          {v.name}
        </button>
      ))}
    </fieldset>
  );
}
