import { describe, expect, it } from 'vitest';
import { qtMember } from '../../testing/quang-tri';
import { isA4, openPdf, qrCodesOnPage } from '../../testing/pdf';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

async function eventWithRegistrations(names: string[]) {
  const s = await t.signIn('qt.canbo');
  const event = await s.request('POST', '/api/events', {
    unitId: await unitId(t, 'LDLD-44'),
    title: 'Ngày hội Đoàn viên Quảng Trị',
    kind: 'health_check',
    startsAt: '2030-05-10T07:30:00+07:00',
    endsAt: '2030-05-10T11:30:00+07:00',
    placeAddress: 'Số 1 Lê Duẩn, Đông Hà',
    registration: { capacity: 50 },
  });
  expect(event.statusCode).toBe(200);
  const id = event.json().id as number;
  const registrations = [];
  for (const name of names) {
    const r = await s.request('POST', `/api/events/${id}/registrations`, { personId: await qtMember(t, { name }) });
    expect(r.statusCode).toBe(200);
    registrations.push(r.json<{ id: number; ticketToken: string }>());
  }
  return { s, id, registrations };
}

describe('event PDFs', () => {
  it('prints a ticket whose QR decodes to the signed token that check-in accepts', async () => {
    const { s, id, registrations } = await eventWithRegistrations(['Hương']);
    const reg = registrations[0]!;
    const res = await s.request('GET', `/api/events/${id}/registrations/${reg.id}/ticket.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const doc = await openPdf(res.rawPayload);
    expect(doc.pages).toBe(1);
    expect(isA4(doc.sizes)).toBe(true);
    expect(doc.text[0]).toContain('VÉ THAM DỰ');
    expect(doc.text[0]).toContain('Ngày hội Đoàn viên Quảng Trị');
    expect(doc.text[0]).toContain('Nguyễn Thị Hương');
    expect(doc.text[0]).toContain('10/05/2030 07:30');
    const [scanned] = await qrCodesOnPage(res.rawPayload, 1);
    expect(scanned).toBe(reg.ticketToken);
    const check = await s.request('POST', `/api/events/${id}/checkins`, {
      token: scanned,
      idempotencyKey: `pdf-scan-${reg.id}`,
    });
    expect(check.json()).toMatchObject({ ok: true });
  });

  it('prints the attendance list with a signature column, and every ticket three to a page', async () => {
    const names = ['Hương', 'Lan', 'Mai', 'Đào'];
    const { s, id } = await eventWithRegistrations(names);
    const list = await s.request('GET', `/api/events/${id}/registrations.pdf`);
    expect(list.statusCode).toBe(200);
    const doc = await openPdf(list.rawPayload);
    expect(isA4(doc.sizes)).toBe(true);
    const text = doc.text.join('\n');
    expect(text).toContain('DANH SÁCH ĐĂNG KÝ THAM DỰ');
    expect(text).toContain('Ký tên');
    for (const n of names) expect(text).toContain(`Nguyễn Thị ${n}`);
    expect(text).toContain('Số người đăng ký: 4');
    expect(text).toContain('Trang 1/1');
    const tickets = await s.request('GET', `/api/events/${id}/tickets.pdf`);
    const all = await openPdf(tickets.rawPayload);
    expect(all.pages).toBe(2);
    expect(all.text[0]!.match(/VÉ THAM DỰ/g)).toHaveLength(3);
    expect(await qrCodesOnPage(tickets.rawPayload, 2)).toHaveLength(1);
    const audited = await t.db.pool.query(
      "SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'event.%.export' ORDER BY id",
      [String(id)],
    );
    expect(audited.rows.map((r) => r.action)).toEqual(['event.registrations.export', 'event.tickets.export']);
  });

  it('refuses the attendance list and tickets to another province', async () => {
    const { id, registrations } = await eventWithRegistrations(['Hoa']);
    const other = await t.signIn('na.xem');
    expect((await other.request('GET', `/api/events/${id}/registrations.pdf`)).statusCode).toBeGreaterThanOrEqual(403);
    expect((await other.request('GET', `/api/events/${id}/tickets.pdf`)).statusCode).toBeGreaterThanOrEqual(403);
    const ticket = await other.request('GET', `/api/events/${id}/registrations/${registrations[0]!.id}/ticket.pdf`);
    expect(ticket.statusCode).toBeGreaterThanOrEqual(403);
  });
});
