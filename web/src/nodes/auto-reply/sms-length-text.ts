import { smsLength } from '@ringflow/shared';

/**
 * The counter under an auto-reply text.
 *
 * @example
 * smsLengthText('a'.repeat(178)); // '2 segments · GSM-7 · 178 characters'
 */
export function smsLengthText(text: string): string {
  const length = smsLength(text);
  const characters = [...text].length;
  const segments = `${length.segments} segment${length.segments === 1 ? '' : 's'}`;
  return `${segments} · ${length.encoding} · ${characters} character${characters === 1 ? '' : 's'}`;
}
