import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, neutraliseCsv } from './csv-writer';

describe('csv writer', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+84 912', '-2', '@SUM(A1)', '\t=x']) expect(neutraliseCsv(v)).toBe(`'${v}`);
    expect(neutraliseCsv('Nguyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(neutraliseCsv(-2)).toBe(-2);
    expect(neutraliseCsv(null)).toBeNull();
  });

  it('quotes as RFC 4180 asks and ends records with CRLF', () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(null)).toBe('');
    expect(csvRecord(['045190001234', '1990-04-12', 101000000, '=x'])).toBe(
      "045190001234,1990-04-12,101000000,'=x\r\n",
    );
  });
});
