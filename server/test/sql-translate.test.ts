import { describe, expect, it } from 'vitest';
import { bind, translate } from '../src/db/sql/translate.js';

describe("SQLite's SQL as PostgreSQL reads it", () => {
  it('numbers ? in order and @name by name, a repeated name keeping its number', () => {
    expect(translate('SELECT * FROM t WHERE a = ? AND (@b IS NULL OR b = @b) AND c = ?')).toEqual({
      text: 'SELECT * FROM t WHERE a = $1 AND ($2 IS NULL OR b = $2) AND c = $3',
      slots: [0, 'b', 1],
    });
  });

  it('quotes camelCase aliases so rows keep their keys, and leaves other AS alone', () => {
    expect(
      translate('SELECT user_id AS userId, CAST(n AS INTEGER) AS n, x as lastUsedAt FROM s').text,
    ).toBe('SELECT user_id AS "userId", CAST(n AS INTEGER) AS n, x as "lastUsedAt" FROM s');
  });

  it("reads SQLite's json_each and instr in PostgreSQL's words", () => {
    expect(
      translate(
        'SELECT * FROM s WHERE id IN (SELECT value FROM json_each(?)) AND instr(lower(t), lower(@q)) > 0 AND n IN (SELECT value FROM json_each(@ids))',
      ),
    ).toEqual({
      text: 'SELECT * FROM s WHERE id IN (SELECT value FROM json_array_elements_text(CAST($1 AS json))) AND strpos(lower(t), lower($2)) > 0 AND n IN (SELECT value FROM json_array_elements_text(CAST($3 AS json)))',
      slots: [0, 'q', 'ids'],
    });
  });

  it("drops SQLite's INDEXED BY hint", () => {
    expect(translate('SELECT 1 FROM t INDEXED BY t_at WHERE a = ?').text).toBe(
      'SELECT 1 FROM t  WHERE a = $1',
    );
  });

  it('leaves strings, quoted names and comments as they are', () => {
    const sql = `SELECT '?@x' AS "a?", 'it''s ? AS fooBar' -- why ? @y
      /* @z ? */ FROM t WHERE a = ?`;
    const { text, slots } = translate(sql);
    expect(slots).toEqual([0]);
    expect(text).toBe(sql.replace(/a = \?$/, 'a = $1'));
  });

  it('binds positional and named values in slot order', () => {
    const t = translate('UPDATE t SET a = @a, b = @b WHERE id = @id AND a <> @a');
    expect(bind(t, { id: 'x', a: 1, b: null })).toEqual([1, null, 'x']);
    expect(bind(translate('SELECT ?, ?'), ['p', 2])).toEqual(['p', 2]);
  });

  it('refuses a missing parameter as SQLite does, naming it', () => {
    expect(() => bind(translate('SELECT @a, @b'), { a: 1 })).toThrow(
      'Named parameter "@b" is missing',
    );
    expect(() => bind(translate('SELECT ?, ?'), [1])).toThrow('Parameter 2 is missing');
    expect(() => bind(translate('SELECT ?'), undefined)).toThrow('takes 1 parameters');
    expect(() => translate('SELECT @ FROM t')).toThrow('A lone "@"');
  });
});
