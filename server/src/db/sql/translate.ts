/**
 * @module
 * SQLite's SQL text as PostgreSQL reads it. Two things differ in the text the
 * server writes: parameters (`?` in order and `@name` by name become `$1`,
 * `$2`, …, a name used twice keeping one number) and the case of aliases
 * (PostgreSQL folds `AS userId` to `userid`; a camelCase alias is quoted so the
 * row keeps its key). Quoted strings, quoted names and comments are left as
 * they are. SQLite's `INDEXED BY` hint is dropped.
 */
import type { Params } from './sql.js';

export interface Translated {
  text: string;
  /** What each `$n` is bound to: the index of a `?`, or a name. */
  slots: (number | string)[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
/** SQLite's planner hint; PostgreSQL plans on its own. */
const INDEXED_BY = /INDEXED\s+BY\s+[A-Za-z_][A-Za-z0-9_]*/y;
/** `json_each(?)`, SQLite's rows of a JSON array (its `value` column), in PostgreSQL's words. */
const JSON_EACH = /json_each\(\s*([?@][A-Za-z0-9_]*)\s*\)/y;
/** SQLite's `instr(haystack, needle)` is PostgreSQL's `strpos`: same arguments, same 1-based answer. */
const INSTR = /instr\(/y;
const CAMEL_ALIAS = /(?:AS|as|As)(\s+)([a-z][a-z0-9_]*[A-Z][A-Za-z0-9_]*)\b/y;

/**
 * @example
 * translate('SELECT user_id AS userId FROM sessions WHERE token_hash = ? AND expires_at > @at OR @at IS NULL');
 * // { text: 'SELECT user_id AS "userId" FROM sessions WHERE token_hash = $1 AND expires_at > $2 OR $2 IS NULL',
 * //   slots: [0, 'at'] }
 */
export function translate(sql: string): Translated {
  let out = '';
  const slots: (number | string)[] = [];
  const named = new Map<string, number>();
  let positional = 0;
  /** `$n` for a `?` (no name) or an `@name`; a name used again keeps its number. */
  const parameter = (name: string): string => {
    if (!name) {
      slots.push(positional++);
      return `$${slots.length}`;
    }
    let slot = named.get(name);
    if (slot === undefined) {
      slots.push(name);
      slot = slots.length;
      named.set(name, slot);
    }
    return `$${slot}`;
  };
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] as string;
    const end = skipQuotedOrComment(sql, i);
    if (end > i) {
      out += sql.slice(i, end);
      i = end;
    } else if (ch === '?' || ch === '@') {
      const name = ch === '@' ? nameAt(sql, i + 1) : '';
      out += parameter(name);
      i += 1 + name.length;
    } else if (ch === 'I' && startsWord(sql, i, INDEXED_BY)) {
      i = INDEXED_BY.lastIndex;
    } else if (ch === 'j' && startsWord(sql, i, JSON_EACH)) {
      // The parameter is translated where it stands, inside the new call.
      const end = JSON_EACH.lastIndex;
      const marker = sql.slice(i + 'json_each('.length, end - 1).trim();
      out += `json_array_elements_text(CAST(${parameter(marker.slice(1))} AS json))`;
      i = end;
    } else if (ch === 'i' && startsWord(sql, i, INSTR)) {
      out += 'strpos(';
      i = INSTR.lastIndex;
    } else if ((ch === 'A' || ch === 'a') && !/[A-Za-z0-9_]/.test(sql[i - 1] ?? ' ')) {
      CAMEL_ALIAS.lastIndex = i;
      const alias = CAMEL_ALIAS.exec(sql);
      if (alias) {
        out += `${sql.slice(i, i + 2)}${alias[1]}"${alias[2]}"`;
        i += alias[0].length;
      } else {
        out += ch;
        i++;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return { text: out, slots };
}

function nameAt(sql: string, i: number): string {
  NAME.lastIndex = i;
  const name = NAME.exec(sql)?.[0];
  if (!name) throw new Error(`A lone "@" at ${i - 1} in: ${sql}`);
  return name;
}

/** True when `pattern` (sticky) matches a whole word at `i`; its `lastIndex` is then where it ends. */
function startsWord(sql: string, i: number, pattern: RegExp): boolean {
  if (/[A-Za-z0-9_]/.test(sql[i - 1] ?? ' ')) return false;
  pattern.lastIndex = i;
  return pattern.test(sql);
}

/** Where a quoted string, quoted name or comment starting at `i` ends; `i` when none starts there. */
function skipQuotedOrComment(sql: string, i: number): number {
  const ch = sql[i];
  if (ch === "'" || ch === '"') {
    let j = i + 1;
    while (j < sql.length) {
      if (sql[j] === ch) {
        if (sql[j + 1] === ch)
          j += 2; // '' inside a string, "" inside a name
        else return j + 1;
      } else j++;
    }
    return sql.length;
  }
  if (ch === '-' && sql[i + 1] === '-') {
    const eol = sql.indexOf('\n', i);
    return eol === -1 ? sql.length : eol;
  }
  if (ch === '/' && sql[i + 1] === '*') {
    const close = sql.indexOf('*/', i + 2);
    return close === -1 ? sql.length : close + 2;
  }
  return i;
}

/**
 * The values for a translated statement's `$1`, `$2`, …, from SQLite-style
 * parameters. A missing name is an error, as it is in SQLite.
 */
export function bind(translated: Translated, params: Params | undefined): unknown[] {
  const { slots } = translated;
  if (slots.length === 0) return [];
  if (params === undefined)
    throw new Error(`The statement takes ${slots.length} parameters, none given`);
  const list = Array.isArray(params) ? (params as readonly unknown[]) : null;
  const byName = list ? null : (params as Record<string, unknown>);
  return slots.map((slot) => {
    if (typeof slot === 'number') {
      if (!list || slot >= list.length) throw new Error(`Parameter ${slot + 1} is missing`);
      return list[slot];
    }
    if (!byName || !(slot in byName)) throw new Error(`Named parameter "@${slot}" is missing`);
    return byName[slot];
  });
}
