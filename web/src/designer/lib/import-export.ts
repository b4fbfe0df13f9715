/**
 * @module
 * A flow as a file: export to `<slug>.ringflow.json`, import back with the
 * same checks the server makes.
 */
import { type Finding, validateFlow } from '@ringflow/flow-runtime';
import type { FlowDocument } from '@ringflow/shared';
import { stableStringify } from './stable-json.js';

/** Larger than any real flow (2,000 nodes); refuses a wrong file before parsing it. */
export const MAX_IMPORT_CHARS = 5_000_000;

export type ImportResult =
  | { ok: true; document: FlowDocument; findings: Finding[] }
  | { ok: false; message: string };

/**
 * A file name from the flow's name: lower case, letters and digits joined
 * by hyphens.
 *
 * @example
 * slugify('Main line — after hours'); // 'main-line-after-hours'
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'flow';
}

/**
 * The file to download for a flow: 2-space JSON with a stable key order, so
 * exports of the same flow are identical and diff well.
 *
 * @example
 * const { filename, text } = exportFile(doc); // 'main-line.ringflow.json'
 * download(new Blob([text], { type: 'application/json' }), filename);
 */
export function exportFile(doc: FlowDocument): { filename: string; text: string } {
  return { filename: `${slugify(doc.name)}.ringflow.json`, text: `${stableStringify(doc, 2)}\n` };
}

/**
 * Reads a flow file. Older versions are migrated. A file that is not a flow
 * at all is refused with a message naming its first problem; a flow that is
 * readable but has errors (no schedule chosen, a loop) still imports, with
 * its findings, since the designer is where those are fixed.
 *
 * @example
 * const result = importText(await file.text());
 * if (!result.ok) showError(result.message);
 * else setDocument(result.document);
 */
export function importText(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, message: 'This file is too large to be a Ringflow flow.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, message: `This file is not valid JSON${why}.` };
  }
  const { document, findings } = validateFlow(json);
  if (!document) {
    const [first] = findings;
    const more = findings.length > 1 ? ` (and ${findings.length - 1} more problems)` : '';
    const problem = first ? `${first.message}${more}` : 'it is not a flow document';
    return {
      ok: false,
      message: `This file is not a Ringflow flow that can be opened: ${problem}`,
    };
  }
  return { ok: true, document, findings };
}
