import { describe, expect, it } from 'vitest';
import { isA4, qrCodesOnPage, textItems } from '../../testing/pdf';
import { useTestApp } from '../../testing/test-app';
import { qtHandout } from './handouts.fixtures';

const t = useTestApp();

describe('the hand-out receipt (biên nhận hỗ trợ)', () => {
  it('prints two copies on one A4 sheet: recipient, programme, amount in figures and words, two signers, a QR', async () => {
    const h = await qtHandout(t);
    const { rows } = await t.db.pool.query(
      `SELECT hd.id::text AS id, n.full_name AS "fullName", p.name AS programme FROM welfare_handouts hd
         JOIN welfare_nominations n ON n.id = hd.nomination_id JOIN welfare_programmes p ON p.id = n.programme_id
        WHERE hd.nomination_id = $1`,
      [h.id],
    );
    const { id: handoutId, fullName, programme } = rows[0] as { id: string; fullName: string; programme: string };
    const reference = `BN-2026-${handoutId.padStart(6, '0')}`;
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request('GET', `/api/welfare/nominations/${h.id}/handout/receipt.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`bien-nhan-${reference}.pdf`);
    const { pdf, items } = await textItems(res.rawPayload);
    expect(pdf.pages).toBe(1);
    expect(isA4(pdf.sizes)).toBe(true);
    const text = pdf.text[0]!.replace(/\s+/g, ' ');
    const twice = (s: string) => expect(text.split(s).length - 1, s).toBe(2);
    twice('BIÊN NHẬN HỖ TRỢ');
    twice(`Số: ${reference}`);
    twice('LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ'); // the nominating union issues it
    twice(programme);
    twice('600.000 đồng');
    twice('Sáu trăm nghìn đồng'); // the amount in words
    twice('Tiền mặt');
    twice('20/01/2026');
    twice('Hội trường LĐLĐ tỉnh');
    twice('NGƯỜI NHẬN');
    twice('NGƯỜI TRAO');
    twice('Trần Thị Hoa'); // who handed it over signs on the right
    expect(text).toContain('Quảng Trị, ngày 20 tháng 01 năm 2026');
    expect(text).toContain('Liên 1: Giao người nhận');
    expect(text).toContain('Liên 2: Lưu tại đơn vị');
    // the recipient: on the "Người nhận" line and under the signature, in each copy, each copy in its half
    const names = items.filter((i) => i.str.includes(fullName)).map((i) => i.y);
    expect(names).toHaveLength(4);
    expect(names.filter((y) => y > 842 / 2)).toHaveLength(2);
    expect(Math.min(...names)).toBeGreaterThan(20);
    // the amount in words sits below the amount in figures in each copy
    const figures = items.filter((i) => i.str.includes('600.000 đồng')).map((i) => i.y);
    const words = items.filter((i) => i.str.includes('Sáu trăm nghìn đồng')).map((i) => i.y);
    expect(Math.max(...words)).toBeLessThan(Math.max(...figures));
    expect(Math.min(...words)).toBeLessThan(Math.min(...figures));
    // the QR codes decode to the programme's nominations
    const link = `${t.config.publicUrl}/welfare/${h.programmeId}?tab=nominations`;
    expect(await qrCodesOnPage(res.rawPayload, 1)).toEqual([link, link]);
    const audit = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log
        WHERE action = 'welfare_handout.receipt.export' AND entity_id = $1::text`,
      [handoutId],
    );
    expect(audit.rows[0].n).toBe(1);
  });

  it('is refused to officials whose scope does not cover the nominating unit', async () => {
    const h = await qtHandout(t);
    for (const user of ['na.xem', 'ks.canbo']) {
      const s = await t.signIn(user);
      const res = await s.request('GET', `/api/welfare/nominations/${h.id}/handout/receipt.pdf`);
      expect(res.statusCode, user).toBe(404);
      expect(res.json().error.code).toBe('WELFARE_HANDOUT_NOT_FOUND');
    }
    const audit = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'welfare_handout.receipt.export'
          AND entity_id = (SELECT id::text FROM welfare_handouts WHERE nomination_id = $1)`,
      [h.id],
    );
    expect(audit.rows[0].n).toBe(0);
  });
});
