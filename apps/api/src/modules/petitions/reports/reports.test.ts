import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { xlsxSheets } from '../../../testing/xlsx';
import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../../testing/test-app';
import { qtPetition } from '../petitions.fixtures';
import { placeDateLine } from '../../../kit/documents';
import { openDocx } from '../../../testing/docx';

const t = useTestApp();

describe('petition reports', () => {
  it('counts by topic, status, unit and addressee, with resolution rate, median and overdue list', async () => {
    const a = await qtPetition(t, { handler: 'CDX-19333', origin: 'QT-0001', status: 'resolved' });
    await t.db.pool.query(
      "UPDATE petitions SET created_at = now() - interval '10 days', resolved_at = now() WHERE id = $1",
      [a],
    );
    const b = await qtPetition(t, { handler: 'CDX-19333', origin: 'QT-0002', status: 'in_progress' });
    await t.db.pool.query("UPDATE petitions SET commitment_deadline = '2025-01-31' WHERE id = $1", [b]);
    await qtPetition(t, { handler: 'LDLD-15', origin: 'LC-0001' });
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request('GET', `/api/petition-reports/summary?unitId=${await unitId(t, 'CDX-19333')}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.total).toBe(2);
    expect(r.resolutionRate).toBe(50);
    expect(r.medianDaysToResolve).toBe(10);
    expect(r.overdue.map((p: { id: number }) => p.id)).toEqual([b]);
    expect(r.byStatus.map((s: { label: string }) => s.label).sort()).toEqual(['Đang giải quyết', 'Đã giải quyết']);
    expect(r.byAddressee[0]).toMatchObject({ key: 'authority', count: 2 });
  });

  it('exports a .docx in the Nghị định 30 layout and an .xlsx', async () => {
    const qt = await t.signIn('qt.canbo');
    const id = await unitId(t, 'LDLD-44');
    const docx = await qt.request('GET', `/api/petition-reports/summary.docx?unitId=${id}&date=2026-02-05`);
    expect(docx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Tổng hợp kiến nghị của đoàn viên, người lao động');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(xml).toContain('Quảng Trị, ngày 05 tháng 02 năm 2026');
    expect(xml).toContain('w:w="11906"'); // A4
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Times New Roman');
    const d = await openDocx(docx.rawPayload);
    expect(d.text).toMatch(/Số: [\u00a0 ]+\/BC-LĐLĐ/);
    expect(d.sectPr).toContain('<w:titlePg/>');
    expect(d.headers.default).toContain('PAGE');
    expect(d.document).toContain('<w:ind w:firstLine="567"/>');
    expect(d.text).toContain('CHỦ TỊCH');
    expect(d.text).toContain('Lê Thị Thanh Hương'); // the province's chair on that date
    expect(d.text).toContain('Nơi nhận:');
    const xlsx = await qt.request('GET', `/api/petition-reports/summary.xlsx?unitId=${id}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Kiến nghị')!.getRow(1).getCell(3).value).toBe('Kiến nghị');
    expect(wb.getWorksheet('Kiến nghị')!.rowCount).toBeGreaterThan(1);
    // the cells say what the screen says: each overdue petition is a row marked overdue, nothing else is
    const summary = (await qt.request('GET', `/api/petition-reports/summary?unitId=${id}`)).json<{
      overdue: { title: string }[];
    }>();
    const list = (await xlsxSheets(xlsx.rawPayload)).get('Kiến nghị')!;
    const [title, overdue] = [list[0]!.indexOf('Kiến nghị'), list[0]!.indexOf('Quá hạn')];
    expect(summary.overdue.length).toBeGreaterThan(0);
    expect(
      list
        .slice(1)
        .filter((r) => r[overdue] === 'Có')
        .map((r) => r[title])
        .sort(),
    ).toEqual(summary.overdue.map((p) => p.title).sort());
    expect(list.slice(1).map((r) => r[0])).toEqual(list.slice(1).map((_, i) => String(i + 1)));
    const { rows } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'petition.report.export'",
    );
    expect(rows[0].n).toBe(2);
    // months 3–12 take no leading zero
    const march = await qt.request('GET', `/api/petition-reports/summary.docx?unitId=${id}&date=2026-03-07`);
    expect((await openDocx(march.rawPayload)).text).toContain('Quảng Trị, ngày 07 tháng 3 năm 2026');
  });

  it('loads the Hướng Hóa demo: 20 petitions in 8, answers for most, two overdue, one escalated', async () => {
    const qt = await t.signIn('qt.canbo');
    const all = (await qt.request('GET', '/api/petitions?view=originals&pageSize=200')).json();
    expect(all.items.filter((p: { consolidatedIntoId: number | null }) => p.consolidatedIntoId).length).toBe(20);
    const admin = await t.signIn('admin');
    const top = (await admin.request('GET', `/api/petition-reports/summary?unitId=${await unitId(t, 'TLD')}`)).json();
    const { rows } = await t.db.pool.query(
      'SELECT count(*)::int AS n, count(answer_text)::int AS answered, count(*) FILTER (WHERE escalation_level > 0)::int AS up FROM petitions WHERE is_consolidated',
    );
    expect(rows[0]).toMatchObject({ n: 8, answered: 7, up: 1 });
    expect(top.overdue.filter((p: { isConsolidated: boolean }) => p.isConsolidated)).toHaveLength(2);
  });

  it('writes dates the way Nghị định 30 does', () => {
    expect(placeDateLine('Quảng Trị', '2026-02-05')).toBe('Quảng Trị, ngày 05 tháng 02 năm 2026');
    // only days 1–9 and months 1–2 take a leading zero: the petition report wrote "tháng 03"
    expect(placeDateLine('Quảng Trị', '2026-03-07')).toBe('Quảng Trị, ngày 07 tháng 3 năm 2026');
  });
});
