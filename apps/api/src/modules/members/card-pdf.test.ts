import { describe, expect, it } from 'vitest';
import { qtMember, scratchUnit } from '../../testing/quang-tri';
import { isA4, openPdf, qrCodesOnPage } from '../../testing/pdf';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

describe('member cards as PDF', () => {
  it('prints one card at real size on A4 with its Vietnamese text and a QR that decodes to the verification URL', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t, { name: 'Hương', birthDate: '1991-07-05' });
    await s.request('POST', `/api/members/${id}/card`, {});
    const card = (await s.request('GET', `/api/members/${id}/card`)).json();
    const res = await s.request('GET', `/api/members/${id}/card.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''the-doan-vien-`);
    const doc = await openPdf(res.rawPayload);
    expect(doc.pages).toBe(1);
    expect(isA4(doc.sizes)).toBe(true);
    const text = doc.text[0]!;
    expect(text).toContain('THẺ ĐOÀN VIÊN CÔNG ĐOÀN VIỆT NAM');
    expect(text).toContain('NGUYỄN THỊ HƯƠNG');
    expect(text).toContain('Ngày sinh: 05/07/1991');
    expect(text).toContain(card.cardNumber);
    expect(await qrCodesOnPage(res.rawPayload, 1)).toEqual([card.verifyUrl]);
    const { rows } = await t.db.pool.query(
      "SELECT after FROM audit_log WHERE action = 'member.card.export' AND entity_id = $1",
      [String(id)],
    );
    expect(rows).toHaveLength(1);
  });

  it('prints a unit card sheet: 9 cards make one page of 8 and one of 1, or one page at 10 a page', async () => {
    const s = await t.signIn('qt.canbo');
    // a fresh grassroots union, so the sheet holds exactly the 9 cards made here
    const unit = await scratchUnit(t);
    const { rows } = await t.db.pool.query<{ code: string }>('SELECT code FROM org_units WHERE id = $1', [unit]);
    for (let i = 0; i < 9; i++) await qtMember(t, { code: rows[0]!.code, card: true, name: `Đoàn viên ${i}` });
    const eight = await s.request('GET', `/api/members/card-sheet.pdf?unitId=${unit}`);
    expect(eight.statusCode).toBe(200);
    const doc = await openPdf(eight.rawPayload);
    expect(doc.pages).toBe(2);
    expect(isA4(doc.sizes)).toBe(true);
    expect(doc.text[0]!.match(/THẺ ĐOÀN VIÊN CÔNG ĐOÀN VIỆT NAM/g)).toHaveLength(8);
    expect(doc.text[1]!.match(/THẺ ĐOÀN VIÊN CÔNG ĐOÀN VIỆT NAM/g)).toHaveLength(1);
    expect(await qrCodesOnPage(eight.rawPayload, 1)).toHaveLength(8);
    const ten = await openPdf(
      (await s.request('GET', `/api/members/card-sheet.pdf?unitId=${unit}&perPage=10`)).rawPayload,
    );
    expect(ten.pages).toBe(1);
    expect(ten.text[0]!.match(/THẺ ĐOÀN VIÊN CÔNG ĐOÀN VIỆT NAM/g)).toHaveLength(9);
    const bad = await s.request('GET', `/api/members/card-sheet.pdf?unitId=${unit}&perPage=12`);
    expect(bad.statusCode).toBe(400);
    // another province's unit is out of scope
    const other = await s.request('GET', `/api/members/card-sheet.pdf?unitId=${await unitId(t, 'LDLD-15')}`);
    expect(other.statusCode).toBe(404);
  });
});
