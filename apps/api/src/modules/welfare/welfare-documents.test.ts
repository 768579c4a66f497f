import { describe, expect, it } from 'vitest';
import { moneyInWords } from '../../kit/documents';
import { openDocx } from '../../testing/docx';
import { openPdf } from '../../testing/pdf';
import { qtMember } from '../../testing/quang-tri';
import { unitId, useTestApp } from '../../testing/test-app';
import { xlsxSheets } from '../../testing/xlsx-read-back';
import { qtProgramme } from './welfare.fixtures';

const t = useTestApp();

/**
 * A programme of LĐLĐ Quảng Trị with two sources, quotas to Phường Đông Hà and CĐCS QT-0001, and 25 approved
 * beneficiaries nominated by QT-0001 (3 pages of the signature list: 10 + 13 + 2), 5 of them handed out
 * 500,000 each from the sponsor.
 */
async function programmeWithList() {
  const programmeId = await qtProgramme(t, { count: 100 });
  const [province, commune, grassroots] = [
    await unitId(t, 'LDLD-44'),
    await unitId(t, 'CDX-19333'),
    await unitId(t, 'QT-0001'),
  ];
  const { rows: f } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_funding (programme_id, source_kind, sponsor_name, amount_vnd)
     VALUES ($1, 'social_fund', NULL, 40000000), ($1, 'sponsor', 'Ngân hàng Vietinbank', 20000000) RETURNING id`,
    [programmeId],
  );
  const quota = async (unit: number, parent: number, count: number) =>
    t.db.pool.query(
      `INSERT INTO welfare_quotas (programme_id, unit_id, parent_quota_id, count, budget_vnd)
       SELECT $1, $2, id, $4::int, $4::int * 600000::bigint FROM welfare_quotas WHERE programme_id = $1 AND unit_id = $3`,
      [programmeId, unit, parent, count],
    );
  await quota(commune, province, 40);
  await quota(grassroots, commune, 30);
  const names: string[] = [];
  for (let i = 0; i < 25; i++) {
    const person = await qtMember(t, { name: `Danh sách ${String(i + 1).padStart(2, '0')}` });
    const { rows } = await t.db.pool.query<{ id: number; name: string }>(
      `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, reason, hardship_category,
         amount_vnd, status)
       SELECT $1, pe.unit_id, pe.id, pe.full_name, 'Hoàn cảnh khó khăn', 'Ốm đau', 600000, $3 FROM persons pe
        WHERE pe.id = $2 RETURNING id, full_name AS name`,
      [programmeId, person, i < 5 ? 'handed_out' : 'approved'],
    );
    names.push(rows[0]!.name);
    if (i < 5)
      await t.db.pool.query(
        `INSERT INTO welfare_handouts (nomination_id, method, amount_vnd, handed_by, handed_on, funding_id)
         VALUES ($1, 'cash', 500000, 'Lê Văn Tám', '2026-01-25', $2)`,
        [rows[0]!.id, f[1]!.id],
      );
  }
  // refused and draft nominations are on no list
  const outsider = await qtMember(t, { name: 'Không duyệt' });
  await t.db.pool.query(
    `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, reason, amount_vnd, status)
     SELECT $1, pe.unit_id, pe.id, pe.full_name, 'x', 600000, 'refused' FROM persons pe WHERE pe.id = $2`,
    [programmeId, outsider],
  );
  // 5 × 500,000 + 20 × 600,000
  return { programmeId, names, total: 14_500_000, commune, sponsorId: f[1]!.id };
}

const cellsOf = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => c[0]);
const digits = (s: string) => Number(s.replace(/\D/g, ''));

describe('welfare documents', () => {
  it('prints the signature list (.docx) with amounts in words, a signature column, page totals and a grand total', async () => {
    const { programmeId, names, total } = await programmeWithList();
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request('GET', `/api/welfare/programmes/${programmeId}/signature-list.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(`ds-ky-nhan-${programmeId}-qua-tet-binh-ngo-2026.docx`);
    const doc = await openDocx(res.rawPayload);
    expect(doc.text).toContain('DANH SÁCH KÝ NHẬN');
    for (const name of names) expect(doc.text).toContain(name);
    expect(doc.text).not.toContain('Không duyệt');

    // One table per printed page: header, its rows, "Cộng trang n" adding them up; the last adds "Tổng cộng".
    const tables = [...doc.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => m[0])
      .filter((x) => x.includes('Ký nhận'));
    expect(tables.length).toBe(3);
    let grand = 0;
    tables.forEach((table, i) => {
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map((r) => r[0]);
      expect(doc.textOf(rows[0]!)).toBe('STT Họ và tên Đơn vị Số tiền (đồng) Số tiền bằng chữ Ký nhận');
      expect(rows[0]).toContain('<w:tblHeader/>');
      const people = rows.filter((r) => /^\d+ /.test(doc.textOf(r)));
      expect(people.length).toBe([10, 13, 2][i]);
      for (const r of people) {
        const cells = cellsOf(r).map((c) => doc.textOf(c));
        expect(cells[4]).toBe(moneyInWords(digits(cells[3]!)));
        expect(cells[5]).toBe(''); // left blank to sign
        expect(r).toMatch(/w:hRule="exact"/);
      }
      const sub = rows.find((r) => doc.textOf(r).startsWith(`Cộng trang ${i + 1}`))!;
      const subCells = cellsOf(sub).map((c) => doc.textOf(c));
      const sum = people.reduce((s, r) => s + digits(doc.textOf(cellsOf(r)[3]!)), 0);
      expect(digits(subCells[1]!)).toBe(sum);
      expect(subCells[2]).toBe(moneyInWords(sum));
      grand += sum;
    });
    expect(grand).toBe(total);
    const last = tables[2]!;
    expect(doc.textOf(last)).toContain(`Tổng cộng 14.500.000 ${moneyInWords(total)}`);
    // each page after the first starts on a new page
    expect(doc.document.match(/<w:pageBreakBefore\/>/g)?.length).toBe(2);
    // the three signatures under the list
    const tail = doc.text.slice(doc.text.lastIndexOf('Tổng số tiền bằng chữ'));
    expect(tail).toContain(moneyInWords(total));
    for (const who of ['NGƯỜI LẬP DANH SÁCH', 'KẾ TOÁN', 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH']) expect(tail).toContain(who);
  });

  it('prints the signature list as a PDF ending each page with its total', async () => {
    const { programmeId, total } = await programmeWithList();
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request('GET', `/api/welfare/programmes/${programmeId}/signature-list.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    const pdf = await openPdf(res.rawPayload);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    for (const page of [1, 2, 3]) {
      const text = pdf.text[page - 1]!;
      expect(text).toContain(`Cộng trang ${page}`);
      // no page carries another page's total: the rows of signaturePages() fit where they are put
      expect(text.match(/Cộng trang/g)?.length).toBe(1);
    }
    expect(pdf.text[0]).toContain('Cộng trang 1 5.500.000');
    expect(pdf.text.join(' ')).toContain(`Tổng cộng 14.500.000`);
    expect(pdf.text.join(' ').replace(/\s+/g, ' ')).toContain(moneyInWords(total));
  });

  it('issues the support decision (QĐ) in the Nghị định 30 layout with the list annexed, .docx and PDF', async () => {
    const { programmeId, names, total } = await programmeWithList();
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request('GET', `/api/welfare/programmes/${programmeId}/decision.docx`);
    expect(res.statusCode, res.body).toBe(200);
    const doc = await openDocx(res.rawPayload);
    expect(doc.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(doc.text).toMatch(/Số: .*\/QĐ-LĐLĐ/);
    expect(doc.text).toContain('QUYẾT ĐỊNH');
    expect(doc.text).toContain('Về việc hỗ trợ Quà Tết Bính Ngọ 2026');
    expect(doc.text).toContain(`Hỗ trợ 25 người`);
    expect(doc.text).toContain(`14.500.000 đồng (${moneyInWords(total)})`);
    expect(doc.text).toContain('Ngân hàng Vietinbank: 20.000.000 đồng');
    // the annex comes after the signature, on its own page, with every beneficiary and the total
    const signedAt = doc.text.indexOf('Nơi nhận');
    const annexAt = doc.text.indexOf('DANH SÁCH NGƯỜI ĐƯỢC HỖ TRỢ');
    expect(signedAt).toBeGreaterThan(0);
    expect(annexAt).toBeGreaterThan(signedAt);
    expect(doc.text.slice(annexAt)).toMatch(/Kèm theo Quyết định số .*\/QĐ-LĐLĐ/);
    for (const name of names) expect(doc.text.slice(annexAt)).toContain(name);
    expect(doc.text.slice(annexAt)).toMatch(/Tổng cộng\s+14\.500\.000/);

    const pdfRes = await qt.request('GET', `/api/welfare/programmes/${programmeId}/decision.pdf`);
    expect(pdfRes.statusCode).toBe(200);
    const pdf = await openPdf(pdfRes.rawPayload);
    const all = pdf.text.join('\n');
    expect(pdf.text[0]).toContain('QUYẾT ĐỊNH');
    expect(all).toContain('Điều 1.');
    expect(pdf.text.findIndex((p) => p.includes('DANH SÁCH NGƯỜI ĐƯỢC HỖ TRỢ'))).toBeGreaterThan(0);
    expect(all).toContain(names[24]!);
  });

  it('sums the programme by unit (.xlsx) with the same figures as the programme page, and logs every export', async () => {
    const { programmeId, commune, sponsorId } = await programmeWithList();
    const qt = await t.signIn('qt.canbo');
    const screen = (await qt.request('GET', `/api/welfare/programmes/${programmeId}/spending`)).json();
    const res = await qt.request('GET', `/api/welfare/programmes/${programmeId}/summary.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const sheets = await xlsxSheets(res.rawPayload);
    const units = sheets.get('Theo đơn vị')!;
    const header = units[4]!;
    expect(header.slice(0, 10)).toEqual([
      'Mã',
      'Đơn vị',
      'Cấp',
      'Chỉ tiêu (suất)',
      'Kinh phí được giao (đồng)',
      'Đã đề nghị',
      'Đã duyệt',
      'Đã trao (người)',
      'Đã trao (đồng)',
      'Kinh phí còn lại (đồng)',
    ]);
    expect(header.slice(10)).toEqual(['Từ Quỹ xã hội (đồng)', 'Từ Ngân hàng Vietinbank (đồng)']);
    const book = await import('../../testing/xlsx-read-back').then((m) => m.readXlsxBack(res.rawPayload));
    const ws = book.getWorksheet('Theo đơn vị')!;
    for (const u of screen.units) {
      const row = units.findIndex((r) => r[0] === u.unitCode);
      expect(row, u.unitCode).toBeGreaterThan(4);
      const values = ws.getRow(row + 1).values as unknown[];
      // cells are numbers, and the same numbers the screen shows
      expect(values.slice(4, 12)).toEqual([
        u.quotaCount,
        u.budgetVnd,
        u.nominated,
        u.approved,
        u.handedOut,
        u.handedOutVnd,
        u.budgetVnd - u.handedOutVnd,
        0,
      ]);
      expect(values[12]).toBe(u.bySource[sponsorId] ?? 0);
    }
    const qtRow = units.find((r) => r[0] === 'QT-0001')!;
    expect(qtRow.slice(2, 9)).toEqual(['Cấp dưới 2', '30', '18000000', '25', '25', '5', '2500000']);
    expect(sheets.get('Nguồn kinh phí')!.slice(5)).toEqual([
      ['Quỹ xã hội', '40000000', '0', '40000000'],
      ['Ngân hàng Vietinbank', '20000000', '2500000', '17500000'],
    ]);
    expect(
      sheets
        .get('Theo cấp')!
        .slice(5)
        .map((r) => r[0]),
    ).toEqual(['Đơn vị chủ trì', 'Cấp dưới 1', 'Cấp dưới 2']);

    // narrowed to the commune's subtree: the province's own row is not in it
    const narrowed = await qt.request('GET', `/api/welfare/programmes/${programmeId}/summary.xlsx?unitId=${commune}`);
    const codes = (await xlsxSheets(narrowed.rawPayload)).get('Theo đơn vị')!.map((r) => r[0]);
    expect(codes).toContain('QT-0001');
    expect(codes).not.toContain('LDLD-44');

    const { rows } = await t.db.pool.query(
      `SELECT after->>'document' AS document, after->>'format' AS format FROM audit_log
        WHERE action = 'welfare_programme.export' AND entity_id = $1 ORDER BY id`,
      [String(programmeId)],
    );
    expect(rows).toEqual([
      { document: 'summary', format: 'xlsx' },
      { document: 'summary', format: 'xlsx' },
    ]);
    // another province sees none of it
    const na = await t.signIn('na.xem');
    for (const file of ['summary.xlsx', 'signature-list.docx', 'decision.pdf']) {
      expect((await na.request('GET', `/api/welfare/programmes/${programmeId}/${file}`)).statusCode).toBe(404);
    }
  });
});
