/**
 * @module
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field in
 * double quotes when it holds a comma, quote or line break, quotes doubled),
 * made safe to open in a spreadsheet: a text cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading apostrophe, so it is
 * shown as text instead of run as a formula.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field as it appears in the file.
 *
 * @example
 * csvField('=1+2'); // "'=1+2"
 * csvField('Hello, "you"'); // '"Hello, ""you"""'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One record, with its line end.
 *
 * @example
 * csvRow(['id', 'body']); // 'id,body\r\n'
 */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A CSV file's columns: a header and how each one is read from a record. */
export type CsvColumns<T> = readonly (readonly [header: string, read: (item: T) => CsvValue])[];

/**
 * The lines of a CSV file: the header row, then one row per item.
 *
 * @example
 * for await (const line of csvLines(messages, [['id', (m) => m.id], ['body', (m) => m.body]])) write(line);
 */
export async function* csvLines<T>(
  items: Iterable<T> | AsyncIterable<T>,
  columns: CsvColumns<T>,
): AsyncGenerator<string> {
  yield csvRow(columns.map(([header]) => header));
  for await (const item of items) yield csvRow(columns.map(([, read]) => read(item)));
}
