import { describe, expect, it } from 'vitest';
import { openDocx, paragraphsWith } from '../../testing/docx';
import {
  amountWithWords,
  dataTable,
  documentNumber,
  fullUnitName,
  heading,
  issuerAbbreviation,
  moneyInWords,
  nd30Document,
  paragraph,
  placeDateLine,
  placeOf,
  recipientLines,
} from './index';

const sample = () =>
  nd30Document({
    issuer: {
      name: 'Công đoàn Khu công nghiệp Nam Đông Hà',
      parentName: 'Liên đoàn Lao động tỉnh Quảng Trị',
      abbreviation: 'CĐKCN',
      place: 'Quảng Trị',
    },
    kind: 'report',
    number: 7,
    date: '2026-03-07',
    summary: 'Kết quả tổ chức Tháng Công nhân năm 2026',
    body: [
      heading('I. KẾT QUẢ'),
      paragraph('Tổ chức 3 sự kiện.'),
      dataTable(['Sự kiện', 'Có mặt'], [['Khám sức khỏe', '1.544']], { numeric: [1] }),
    ],
    signature: { authority: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
    recipients: ['Ban Thường vụ LĐLĐ tỉnh (để báo cáo)'],
  });

describe('the Nghị định 30 document kit', () => {
  it('lays out an A4 page with ND30 margins and page numbers from page 2, top centre', async () => {
    const d = await openDocx(await sample());
    expect(d.sectPr).toContain('<w:pgSz w:w="11906" w:h="16838"');
    const margin = /<w:pgMar ([^>]*)\/>/.exec(d.sectPr)![1]!;
    const mm = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)![1]) / 56.7;
    expect(mm('top')).toBeGreaterThanOrEqual(20);
    expect(mm('top')).toBeLessThanOrEqual(25);
    expect(mm('bottom')).toBeGreaterThanOrEqual(20);
    expect(mm('bottom')).toBeLessThanOrEqual(25);
    expect(mm('left')).toBeGreaterThanOrEqual(30);
    expect(mm('left')).toBeLessThanOrEqual(35);
    expect(mm('right')).toBeGreaterThanOrEqual(15);
    expect(mm('right')).toBeLessThanOrEqual(20);
    expect(d.sectPr).toContain('<w:titlePg/>');
    expect(d.headers.default).toMatch(/PAGE/);
    expect(d.headers.default).toContain('w:val="center"');
    expect(d.headers.first ?? '').not.toMatch(/PAGE/);
  });

  it('writes the heading: parent, issuer with a short line under it, number, motto and the dated place', async () => {
    const d = await openDocx(await sample());
    expect(d.text).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ');
    expect(d.text).toContain('CÔNG ĐOÀN KHU CÔNG NGHIỆP NAM ĐÔNG HÀ');
    const issuerAt = d.document.indexOf('CÔNG ĐOÀN KHU CÔNG NGHIỆP NAM ĐÔNG HÀ');
    const numberAt = d.document.indexOf('Số: 07/BC-CĐKCN');
    expect(numberAt).toBeGreaterThan(issuerAt);
    // the short line: a bordered empty paragraph between the issuer and the number
    expect(d.document.slice(issuerAt, numberAt)).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(d.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphsWith(d.document, 'Độc lập - Tự do - Hạnh phúc')[0]).toContain('<w:u w:val="single"/>');
    expect(d.text).toContain('Quảng Trị, ngày 07 tháng 3 năm 2026');
    expect(d.text).toContain('BÁO CÁO');
    expect(d.text).toContain('Kết quả tổ chức Tháng Công nhân năm 2026');
  });

  it('sets the body in Times New Roman 14 pt, justified, with a 1 cm first line; headings keep with the next', async () => {
    const d = await openDocx(await sample());
    expect(d.styles).toContain('w:ascii="Times New Roman"');
    expect(d.styles).toContain('<w:sz w:val="28"/>');
    const body = paragraphsWith(d.document, 'Tổ chức 3 sự kiện.')[0]!;
    expect(body).toContain('<w:ind w:firstLine="567"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
    const title = paragraphsWith(d.document, 'I. KẾT QUẢ')[0]!;
    expect(title).toContain('<w:keepNext/>');
  });

  it('keeps table rows whole and repeats the header row', async () => {
    const d = await openDocx(await sample());
    const table = [...d.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => m[0])
      .find((t) => t.includes('Khám sức khỏe'))!;
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(rows[0]).toContain('<w:tblHeader/>');
  });

  it('signs: Nơi nhận on the left, authority, title, room for the seal and the name on the right', async () => {
    const d = await openDocx(await sample());
    expect(d.text).toContain('Nơi nhận:');
    expect(d.text).toContain('- Ban Thường vụ LĐLĐ tỉnh (để báo cáo);');
    expect(d.text).toContain('- Lưu: VT.');
    const order = ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', 'Nguyễn Văn An'].map((s) => d.document.lastIndexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(paragraphsWith(d.document, '>CHỦ TỊCH<').at(-1)).toMatch(/w:after="1[5-9]\d\d"/);
  });
  it('gives a letter (công văn) its "V/v …" summary under the number instead of a title', async () => {
    const d = await openDocx(
      await nd30Document({
        issuer: {
          name: 'Liên đoàn Lao động tỉnh Quảng Trị',
          parentName: null,
          abbreviation: 'LĐLĐ',
          place: 'Quảng Trị',
        },
        kind: 'letter',
        date: '2026-11-20',
        summary: 'Triển khai Tháng Công nhân năm 2027',
        body: [paragraph('Kính gửi: Các công đoàn cấp trên trực tiếp cơ sở.')],
        signature: { authority: 'TM. BAN THƯỜNG VỤ', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' },
        recipients: ['Như trên'],
      }),
    );
    expect(d.text).toMatch(/Số: [\u00a0]+\/LĐLĐ V\/v triển khai Tháng Công nhân năm 2027/);
    expect(d.text).not.toContain('BÁO CÁO');
    expect(d.text).toContain('Quảng Trị, ngày 20 tháng 11 năm 2026');
  });
});

describe('document helpers', () => {
  it('dates by the leading-zero rule', () => {
    expect(placeDateLine('Hà Nội', '2026-03-07')).toBe('Hà Nội, ngày 07 tháng 3 năm 2026');
    expect(placeDateLine('Hà Nội', '2026-02-15')).toBe('Hà Nội, ngày 15 tháng 02 năm 2026');
  });

  it('numbers by kind and issuer, leaving room for the clerk when there is no register', () => {
    expect(documentNumber('report', 'LĐLĐ', 5)).toBe('Số: 05/BC-LĐLĐ');
    expect(documentNumber('decision', 'CĐCS', 12)).toBe('Số: 12/QĐ-CĐCS');
    expect(documentNumber('minutes', 'CĐKCN')).toMatch(/^Số: \u00a0+\/BB-CĐKCN$/);
    expect(documentNumber('letter', 'LĐLĐ', 3)).toBe('Số: 03/LĐLĐ');
  });

  it('spells out the issuer and abbreviates it for the symbol', () => {
    expect(fullUnitName('CĐCS Công ty TNHH May Hòa Thọ Đông Hà')).toBe(
      'Công đoàn cơ sở Công ty TNHH May Hòa Thọ Đông Hà',
    );
    expect(fullUnitName('Công đoàn KCN Nam Đông Hà')).toBe('Công đoàn Khu công nghiệp Nam Đông Hà');
    const u = (name: string, kind: string, shortName: string | null = null, subkind: string | null = null) => ({
      name,
      kind,
      shortName,
      subkind,
    });
    expect(issuerAbbreviation(u('Liên đoàn Lao động tỉnh Quảng Trị', 'provincial_federation', 'LĐLĐ Quảng Trị'))).toBe(
      'LĐLĐ',
    );
    expect(issuerAbbreviation(u('Công đoàn Khu công nghiệp Nam Đông Hà', 'upper_union'))).toBe('CĐKCN');
    expect(issuerAbbreviation(u('Công đoàn phường Đông Hà', 'upper_union'))).toBe('CĐ');
    expect(issuerAbbreviation(u('CĐCS Trường THPT Lê Lợi', 'grassroots_union'))).toBe('CĐCS');
    expect(issuerAbbreviation(u('Nghiệp đoàn Xe ôm', 'grassroots_union', null, 'nghiep_doan'))).toBe('NĐ');
  });

  it('reads the place from a name that carries it', () => {
    expect(placeOf('Liên đoàn Lao động tỉnh Quảng Trị')).toBe('Quảng Trị');
    expect(placeOf('Công đoàn phường Đông Hà')).toBe('Đông Hà');
    expect(placeOf('Liên đoàn Lao động thành phố Hà Nội')).toBe('Hà Nội');
    expect(placeOf('Công đoàn Khu công nghiệp Nam Đông Hà')).toBeNull();
  });

  it('writes amounts in words and with thousands separators', () => {
    expect(moneyInWords(101_000_000)).toBe('Một trăm linh một triệu đồng');
    expect(moneyInWords(760_000_000)).toBe('Bảy trăm sáu mươi triệu đồng');
    expect(amountWithWords(1544)).toBe('1.544 đồng (Một nghìn năm trăm bốn mươi tư đồng)');
    expect(recipientLines([])).toEqual(['- Lưu: VT.']);
  });
});
