import { petitionReference } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { isA4, openPdf, qrCodesOnPage, textItems } from '../../testing/pdf';
import { unitId, useTestApp } from '../../testing/test-app';
import { petitionTopicId, qtPetition } from './petitions.fixtures';

const t = useTestApp();

describe('the petition receipt (phiếu tiếp nhận kiến nghị)', () => {
  it('prints two copies on one A4 sheet: issuer, number, who, when, what, the receiver, a QR to the petition', async () => {
    const ks = await t.signIn('ks.canbo');
    const created = await ks.request('POST', '/api/petitions', {
      unitId: await unitId(t, 'CDX-19429'),
      title: 'Đề nghị bố trí nhà trẻ cho con công nhân',
      content: 'Công nhân khu phố 3 đề nghị xã bố trí điểm trông trẻ gần khu nhà trọ.',
      topicId: await petitionTopicId(t, 'housing'),
      raisedBy: 'unit',
      raiserName: 'Công đoàn cơ sở Công ty May Khe Sanh',
      addresseeKind: 'authority',
      addresseeName: 'UBND xã Khe Sanh',
      affectedWorkers: 1544,
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id as number;
    const detail = (await ks.request('GET', `/api/petitions/${id}`)).json();
    const reference = petitionReference(id, detail.createdAt);
    expect(reference).toMatch(/^KN-20\d\d-\d{6}$/);

    const res = await ks.request('GET', `/api/petitions/${id}/receipt.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`phieu-tiep-nhan-${reference}.pdf`);
    const { pdf, items } = await textItems(res.rawPayload);
    expect(pdf.pages).toBe(1);
    expect(isA4(pdf.sizes)).toBe(true);
    const text = pdf.text[0]!.replace(/\s+/g, ' ');
    const twice = (s: string) => expect(text.split(s).length - 1, s).toBe(2);
    twice('PHIẾU TIẾP NHẬN KIẾN NGHỊ');
    twice(`Số: ${reference}`);
    twice('CÔNG ĐOÀN XÃ KHE SANH'); // the union that recorded it issues the receipt
    twice('Đề nghị bố trí nhà trẻ cho con công nhân');
    twice('Công đoàn cơ sở Công ty May Khe Sanh (công đoàn)');
    twice('1.544');
    twice('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Liên 1: Giao người kiến nghị');
    expect(text).toContain('Liên 2: Lưu tại đơn vị');
    expect(text).toMatch(/Khe Sanh, ngày \d{2} tháng \d{1,2} năm 20\d\d/);
    // the receiver: the official who recorded it
    const receiver = (await t.db.pool.query("SELECT display_name FROM app_users WHERE username = 'ks.canbo'")).rows[0]
      .display_name as string;
    twice(receiver);
    // each copy stays in its half: copy 1's receiver name above the cut line, copy 2's above the bottom margin
    const names = items.filter((i) => i.str.includes(receiver)).map((i) => i.y);
    expect(names).toHaveLength(2);
    expect(Math.max(...names)).toBeGreaterThan(842 / 2);
    expect(Math.min(...names)).toBeGreaterThan(20);
    // the QR codes decode to the petition's page
    expect(await qrCodesOnPage(res.rawPayload, 1)).toEqual([
      `${t.config.publicUrl}/petitions/${id}`,
      `${t.config.publicUrl}/petitions/${id}`,
    ]);
    const { rows } = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'petition.receipt.export' AND entity_id = $1::text",
      [id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('fits each copy in its half with every field at its longest', async () => {
    const qt = await t.signIn('qt.canbo');
    const long = (s: string, n: number) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
    const created = await qt.request('POST', '/api/petitions', {
      unitId: await unitId(t, 'CDX-19429'),
      title: long('Kiến nghị về điều kiện làm việc và tiền lương ', 300),
      content: long('Người lao động đề nghị xem xét lại định mức lao động. ', 10000),
      topicId: await petitionTopicId(t, 'housing'),
      raisedBy: 'staff',
      raiserName: long('Nguyễn Thị Hồng Nhung ', 200),
      addresseeKind: 'employer',
      addresseeName: long('Công ty Trách nhiệm hữu hạn Một thành viên ', 300),
      affectedWorkers: 10_000_000,
    });
    expect(created.statusCode, created.body).toBe(200);
    const res = await qt.request('GET', `/api/petitions/${created.json().id}/receipt.pdf`);
    const { pdf, items } = await textItems(res.rawPayload);
    expect(pdf.pages).toBe(1);
    const receiver = items.filter((i) => i.str.includes('Trần Thị Hoa')).map((i) => i.y);
    expect(receiver).toHaveLength(2);
    // copy 1 ends above the cut line (y = 421), copy 2 above the bottom margin
    expect(Math.max(...receiver)).toBeGreaterThan(842 / 2 + 5);
    expect(Math.min(...receiver)).toBeGreaterThan(20);
    expect(pdf.text[0]).toContain('…'); // long values are clipped, not spilled
  });

  it("never prints an anonymous worker's identity, and hides another province's petition", async () => {
    const ks = await t.signIn('ks.canbo');
    const created = await ks.request('POST', '/api/petitions', {
      unitId: await unitId(t, 'CDX-19429'),
      title: 'Kiến nghị về giờ làm thêm',
      content: 'Đề nghị trả lương làm thêm giờ đúng hạn.',
      topicId: await petitionTopicId(t, 'housing'),
      raisedBy: 'anonymous',
      addresseeKind: 'employer',
      addresseeName: 'Công ty May Khe Sanh',
      affectedWorkers: 30,
      identity: { fullName: 'Phạm Văn Bí Mật', contact: '0912345678' },
    });
    expect(created.statusCode, created.body).toBe(200);
    const res = await ks.request('GET', `/api/petitions/${created.json().id}/receipt.pdf`);
    expect(res.statusCode).toBe(200);
    const text = (await openPdf(res.rawPayload)).text.join(' ');
    expect(text).toContain('Người lao động ẩn danh');
    expect(text).not.toContain('Bí Mật');
    expect(text).not.toContain('0912345678');

    const na = await t.signIn('na.xem');
    const other = await na.request('GET', `/api/petitions/${await qtPetition(t)}/receipt.pdf`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('PETITION_NOT_FOUND');
  });
});
