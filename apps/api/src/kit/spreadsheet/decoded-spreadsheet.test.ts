import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { encodeVni } from '@congdoan/domain';
import { csvSpreadsheet } from './open-spreadsheet';
import { decodedSpreadsheet, ENCODING_SAMPLE_ROWS } from './decoded-spreadsheet';

const names = ['Nguyễn Văn Đức', 'Trần Thị Hường', 'Hồ Thị Thuỷ', 'Lê Ưng'];
const count = ENCODING_SAMPLE_ROWS + 50;
const csv = () =>
  Readable.from([
    [encodeVni('Họ và tên'), encodeVni('Ghi chú')].join(';') + '\n',
    ...Array.from({ length: count }, (_, i) => `${encodeVni(names[i % names.length]!)};${i}\n`),
  ]);

describe('decoded spreadsheet (the reader with encodings)', () => {
  it('reads a one-pass stream once: every row, in order, decoded with what the sample rows decided', async () => {
    const sheet = decodedSpreadsheet(csvSpreadsheet(csv()));
    const rows = [];
    for await (const r of sheet.rows(0)) rows.push(r);
    expect(rows).toHaveLength(count + 1);
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: count + 1 }, (_, i) => i + 1));
    expect(rows[0]!.cells).toEqual(['Họ và tên', 'Ghi chú']);
    expect(rows.slice(1).map((r) => r.cells[0])).toEqual(Array.from({ length: count }, (_, i) => names[i % 4]));
    expect(rows[5]!.cells[1]).toBe('4');
    expect(sheet.encodingOf(0)).toEqual({ found: 'vni', used: { detected: 'vni', columns: ['vni', 'vni'] } });
  });

  it('reads the way it is told: forced by the user, or as stored earlier', async () => {
    const forced = decodedSpreadsheet(csvSpreadsheet(csv()), { forced: 'unicode' });
    const first = await forced.rows(0).next();
    expect(first.value!.cells[0]).toBe(encodeVni('Họ và tên'));
    expect(forced.encodingOf(0)).toMatchObject({ found: 'vni', used: { detected: 'unicode' } });
    const known = decodedSpreadsheet(csvSpreadsheet(csv()), {
      known: { 0: { detected: 'vni', columns: ['unicode', 'unicode'] } },
    });
    expect((await known.rows(0).next()).value!.cells[0]).toBe(encodeVni('Họ và tên'));
  });
});
