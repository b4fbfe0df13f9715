import { describe, expect, it } from 'vitest';
import { csvField, csvLines, csvRow } from '../src/export/csv.js';

describe('CSV fields', () => {
  it('are written as they are when nothing needs quoting', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField(42)).toBe('42');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('are quoted when they hold a comma, a quote or a line break, quotes doubled (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('never start with a formula character in a text cell', () => {
    expect(csvField('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
    expect(csvField('+14155550123')).toBe("'+14155550123");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('=HYPERLINK("http://x", "y")')).toBe(`"'=HYPERLINK(""http://x"", ""y"")"`);
    expect(csvField('a = b')).toBe('a = b');
  });
});

describe('CSV rows and files', () => {
  it('end each record with CRLF and start with the header', async () => {
    expect(csvRow(['id', 'body'])).toBe('id,body\r\n');
    const lines: string[] = [];
    for await (const line of csvLines(
      [{ id: 'm1', body: 'Hi, you' }],
      [
        ['id', (m) => m.id],
        ['body', (m) => m.body],
      ],
    )) {
      lines.push(line);
    }
    expect(lines.join('')).toBe('id,body\r\nm1,"Hi, you"\r\n');
  });
});
