import { describe, expect, it } from 'vitest';
import { openDocx } from '../../testing/docx';
import { isA4, openPdf } from '../../testing/pdf';
import { docxParagraphsMissingFromPdf } from '../../testing/same-text';
import { unitId, useTestApp } from '../../testing/test-app';
import { qtPetition } from '../petitions/petitions.fixtures';
import { qtDialogue } from './dialogues.fixtures';

const t = useTestApp();

describe('dialogue minutes', () => {
  it('generates the minutes as a Nghị định 30 biên bản: number BB, the record, the petitions, two signatures', async () => {
    const qt = await t.signIn('qt.canbo');
    const created = await qt.request('POST', '/api/dialogues', {
      unitId: await unitId(t, 'LDLD-44'),
      kind: 'government',
      title: 'Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2026',
      host: 'Chủ tịch UBND tỉnh',
      heldOn: '2026-03-07',
      place: 'Hội trường UBND tỉnh',
      participants: 'Lãnh đạo UBND tỉnh\n120 công nhân lao động',
      agenda: 'Tiền lương và nhà ở cho công nhân',
      minutes: 'UBND tỉnh giao Sở Xây dựng rà soát quỹ đất nhà ở xã hội trong quý II.',
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id;
    const petition = await qtPetition(t, { title: 'Nhà ở xã hội cho công nhân', affected: 1544 });
    await qt.request('POST', `/api/dialogues/${id}/petitions`, { petitionIds: [petition] });

    const res = await qt.request('GET', `/api/dialogues/${id}/minutes.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const d = await openDocx(res.rawPayload);
    expect(d.text).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ');
    expect(d.text).toMatch(/Số: [\u00a0 ]+\/BB-LĐLĐ/);
    expect(d.text).toContain('Quảng Trị, ngày 07 tháng 3 năm 2026');
    expect(d.text).toContain('BIÊN BẢN');
    expect(d.text).toContain('Chủ trì: Chủ tịch UBND tỉnh.');
    expect(d.text).toContain('120 công nhân lao động');
    expect(d.text).toContain('Nhà ở xã hội cho công nhân');
    expect(d.text).toContain('1.544');
    expect(d.text).toContain('rà soát quỹ đất nhà ở xã hội');
    expect(d.text).toContain('THƯ KÝ');
    expect(d.text).toContain('Trần Thị Hoa'); // the exporting official took the minutes
    expect(d.text).toContain('CHỦ TRÌ');
    expect(d.text).toContain('Nơi nhận:');
    expect(d.sectPr).toContain('<w:titlePg/>');
    const { rows } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'dialogue.export_minutes' AND entity_id = $1::text",
      [id],
    );
    expect(rows[0].n).toBe(1);

    // the same minutes as PDF: every paragraph of the .docx, in the same words
    const pdf = await qt.request('GET', `/api/dialogues/${id}/minutes.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`bien-ban-doi-thoai-${id}.pdf`);
    const same = await docxParagraphsMissingFromPdf(res.rawPayload, pdf.rawPayload);
    expect(same.paragraphs.length).toBeGreaterThan(20);
    expect(same.missing).toEqual([]);
    for (const words of ['BIÊN BẢN', 'THƯ KÝ', 'Trần Thị Hoa', 'CHỦ TRÌ', '1.544', 'Nơi nhận:', '- Lưu: VT.'])
      expect(same.pdfText).toContain(words);
    expect(isA4((await openPdf(pdf.rawPayload)).sizes)).toBe(true);
    const { rows: formats } = await t.db.pool.query(
      "SELECT after->>'format' AS format FROM audit_log WHERE action = 'dialogue.export_minutes' AND entity_id = $1::text ORDER BY id",
      [id],
    );
    expect(formats.map((r) => r.format)).toEqual(['docx', 'pdf']);
  });

  it("hides another province's dialogue", async () => {
    const id = await qtDialogue(t);
    const na = await t.signIn('na.xem');
    for (const format of ['docx', 'pdf'])
      expect((await na.request('GET', `/api/dialogues/${id}/minutes.${format}`)).statusCode).toBe(404);
  });
});
