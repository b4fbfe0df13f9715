/**
 * @module
 * Renders the per-kind field tables of `docs/flow-document.md` from the
 * generated JSON Schema, so the docs cannot drift from the zod schemas.
 * A table lives between `<!-- fields:<kind> -->` and `<!-- /fields:<kind> -->`.
 */

type Schema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  default?: unknown;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
};

const MARKER = /<!-- fields:([a-z-]+) -->[\s\S]*?<!-- \/fields:\1 -->/g;

/** The `data` schema of one node kind inside the flow document's JSON Schema. */
export function nodeDataSchema(flowSchema: unknown, kind: string): Schema {
  const variants = (flowSchema as Schema).properties?.nodes?.items?.oneOf ?? [];
  const node = variants.find((v) => v.properties?.type?.const === kind);
  const data = node?.properties?.data;
  if (!data) throw new Error(`The flow document schema has no node kind "${kind}"`);
  return data;
}

/** Replaces every marked table in `markdown` with a fresh one. */
export function refreshFieldTables(markdown: string, flowSchema: unknown): string {
  return markdown.replace(
    MARKER,
    (_, kind: string) =>
      `<!-- fields:${kind} -->\n\n${fieldTable(nodeDataSchema(flowSchema, kind))}\n<!-- /fields:${kind} -->`,
  );
}

/** The kinds that have a marked table in `markdown`. */
export function kindsWithFieldTables(markdown: string): string[] {
  return [...markdown.matchAll(MARKER)].map((m) => m[1] ?? '');
}

/**
 * One Markdown table of a `data` object's fields. `label`, common to every
 * kind, is documented once in the prose instead.
 */
export function fieldTable(data: Schema): string {
  const required = new Set(data.required ?? []);
  const rows = Object.entries(data.properties ?? {})
    .filter(([name]) => name !== 'label')
    .map(([name, field]) =>
      [
        `\`${name}\``,
        typeOf(field),
        required.has(name) ? 'required' : 'default' in field ? code(field.default) : '(none)',
        allowed(field),
        field.description ?? '',
      ].map(cell),
    );
  if (rows.length === 0) return 'No fields besides `label`.\n';
  return markdownTable(['Field', 'Type', 'Default', 'Allowed', 'Meaning'], rows);
}

/** A table with its columns padded to one width, as Biome formats Markdown. */
function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) =>
    Math.max(3, ...[title, ...rows.map((row) => row[i] ?? '')].map(width)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((text, i) => text + ' '.repeat((widths[i] ?? 0) - width(text))).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n`;
}

function width(text: string): number {
  return [...text].length;
}

function typeOf(field: Schema): string {
  const variants = field.oneOf ?? field.anyOf;
  if (variants) return variants.map(typeOf).join(' or ');
  if (field.const !== undefined) return code(field.const);
  if (field.type === 'array' && field.items) return `array of ${typeOf(field.items)}`;
  if (field.type === 'object') return objectShape(field);
  return field.type ?? 'any';
}

/** `{ type: "say", text, voice?, language? }`: the keys, optional ones marked. */
function objectShape(field: Schema): string {
  const required = new Set(field.required ?? []);
  const keys = Object.entries(field.properties ?? {}).map(([key, value]) => {
    if (value.const !== undefined) return `${key}: ${JSON.stringify(value.const)}`;
    return required.has(key) ? key : `${key}?`;
  });
  return `\`{ ${keys.join(', ')} }\``;
}

function allowed(field: Schema): string {
  const parts: string[] = [];
  if (field.enum) parts.push(field.enum.map(code).join(', '));
  if (field.minimum !== undefined && field.maximum !== undefined) {
    parts.push(`${field.minimum} to ${field.maximum}`);
  } else if (field.minimum !== undefined) parts.push(`at least ${field.minimum}`);
  else if (field.maximum !== undefined) parts.push(`at most ${field.maximum}`);
  if (field.minLength !== undefined) parts.push(`at least ${field.minLength} characters`);
  if (field.maxLength !== undefined) parts.push(`up to ${field.maxLength} characters`);
  if (field.maxItems !== undefined) parts.push(`up to ${field.maxItems} items`);
  const nested = field.anyOf ?? [];
  for (const variant of nested) if (variant.type !== 'null') parts.push(allowed(variant));
  return parts.filter(Boolean).join('; ');
}

function code(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

/** Keeps a cell on one line and its pipes from ending the cell. */
function cell(text: string): string {
  return text.replaceAll('\n', ' ').replaceAll('|', '\\|');
}
