import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';
import { qtAssignment } from './reports.fixtures';

const t = useTestApp();

const reportUrl = (assignment: number, unit: number) => `/api/reports/assignments/${assignment}/units/${unit}`;
const fingerprint = async () =>
  JSON.stringify((await t.db.pool.query('SELECT * FROM report_submissions ORDER BY id')).rows);

describe('periodic reports: collection up the tree', () => {
  it('grassroots submit with computed figures prefilled; one is returned and resubmitted; the commune approves and submits its rollup; the province sees completeness', async () => {
    const assignment = await qtAssignment(t);
    const [qt1, qt2, commune, province] = (await Promise.all(
      ['QT-0001', 'QT-0002', 'CDX-19333', 'LDLD-44'].map((c) => unitId(t, c)),
    )) as [number, number, number, number];
    // Operations the report must find by itself: an admission in the quarter at QT-0001.
    await t.newMember({ unit: 'QT-0001', admittedOn: '2026-08-15' });
    const g1 = await t.newUser({ username: 'cdcs.qt1', unit: 'QT-0001', roles: ['officer'] });
    const g2 = await t.newUser({ username: 'cdcs.qt2', unit: 'QT-0002', roles: ['officer'] });
    const c = await t.newUser({ username: 'cdx.dongha', unit: 'CDX-19333', roles: ['officer'] });
    const s1 = await t.signIn(g1.username, g1.password);
    const s2 = await t.signIn(g2.username, g2.password);
    const sc = await t.signIn(c.username, c.password);
    const sp = await t.signIn('qt.canbo');

    const view = await s1.request('GET', reportUrl(assignment, qt1));
    expect(view.statusCode, view.body).toBe(200);
    const figures = view.json().sections.flatMap((s: { figures: unknown[] }) => s.figures);
    const admitted = figures.find((f: { key: string }) => f.key === 'members.admitted');
    expect(admitted).toMatchObject({ source: 'computed' });
    expect(admitted.value).toBeGreaterThanOrEqual(1);
    expect(view.json()).toMatchObject({ status: 'not_started', canEdit: true, canReview: false });

    // Bad input changes nothing: a computed figure typed in, a negative or fractional count, an unknown field.
    const before = await fingerprint();
    for (const [entered, code] of [
      [{ 'members.admitted': 5 }, 'REPORT_COMPUTED_READONLY'],
      [{ 'dialogues.held': -1 }, 'REPORT_VALUE_INVALID'],
      [{ 'dialogues.held': 1.5 }, 'REPORT_VALUE_INVALID'],
      [{ 'khong.co': 1 }, 'REPORT_UNKNOWN_FIELD'],
    ] as const) {
      const bad = await s1.request('PUT', reportUrl(assignment, qt1), { entered, narrative: {} });
      expect(bad.statusCode, bad.body).toBe(422);
      expect(bad.json().error.code).toBe(code);
      expect(bad.json().error.message).toMatch(/[àáảãạăâđêôơư]/);
    }
    expect(await fingerprint()).toBe(before);

    const body = (n: number, text: string) => ({ entered: { 'dialogues.held': n }, narrative: { ket_qua: text } });
    expect((await s1.request('PUT', reportUrl(assignment, qt1), body(2, 'Nháp'))).statusCode).toBe(200);
    const sub1 = await s1.request('POST', `${reportUrl(assignment, qt1)}/submit`, body(2, 'Đối thoại định kỳ 2 cuộc.'));
    expect(sub1.statusCode, sub1.body).toBe(200);
    const sub2 = await s2.request('POST', `${reportUrl(assignment, qt2)}/submit`, body(1, 'Tổ chức 1 cuộc đối thoại.'));
    expect(sub2.statusCode, sub2.body).toBe(200);
    // Locked once submitted.
    const locked = await s1.request('PUT', reportUrl(assignment, qt1), body(9, 'Sửa sau khi gửi'));
    expect(locked.json().error.code).toBe('REPORT_LOCKED');
    // Nobody approves their own level's report.
    const own = await s1.request('POST', `/api/reports/submissions/${sub1.json().id}/review`, { decision: 'approve' });
    expect(own.json().error?.code ?? own.statusCode).toBe('REPORT_OWN_REVIEW');

    // The commune returns QT-0002's with a comment (a comment is required), it is fixed and sent again.
    const noComment = await sc.request('POST', `/api/reports/submissions/${sub2.json().id}/review`, {
      decision: 'return',
    });
    expect(noComment.json().error.code).toBe('REPORT_RETURN_NEEDS_COMMENT');
    const ret = await sc.request('POST', `/api/reports/submissions/${sub2.json().id}/review`, {
      decision: 'return',
      comment: 'Bổ sung số cuộc đối thoại quý III.',
    });
    expect(ret.json()).toMatchObject({ status: 'returned' });
    expect((await s2.request('GET', reportUrl(assignment, qt2))).json()).toMatchObject({
      status: 'returned',
      returnComment: 'Bổ sung số cuộc đối thoại quý III.',
      canEdit: true,
    });
    expect((await s2.request('POST', `${reportUrl(assignment, qt2)}/submit`, body(3, 'Đã bổ sung.'))).statusCode).toBe(
      200,
    );
    for (const id of [sub1.json().id, sub2.json().id]) {
      const ok = await sc.request('POST', `/api/reports/submissions/${id}/review`, { decision: 'approve' });
      expect(ok.json(), ok.body).toMatchObject({ status: 'approved' });
    }

    // The commune's rollup: children's entered figures added up, narrative compiled by unit.
    const rollup = (await sc.request('GET', reportUrl(assignment, commune))).json();
    const dialogues = rollup.sections
      .flatMap((s: { figures: unknown[] }) => s.figures)
      .find((f: { key: string }) => f.key === 'dialogues.held');
    expect(dialogues.fromChildren).toBe(5);
    const results = rollup.sections.find((s: { key: string }) => s.key === 'ket_qua');
    expect(results.fromChildren.map((x: { text: string }) => x.text)).toEqual(
      expect.arrayContaining(['Đối thoại định kỳ 2 cuộc.', 'Đã bổ sung.']),
    );
    expect(rollup.missingChildren.map((m: { id: number }) => m.id)).not.toContain(qt1);
    const rollupAdmitted = rollup.sections
      .flatMap((s: { figures: unknown[] }) => s.figures)
      .find((f: { key: string }) => f.key === 'members.admitted');
    expect(rollupAdmitted.value).toBeGreaterThanOrEqual(admitted.value);
    const subC = await sc.request(
      'POST',
      `${reportUrl(assignment, commune)}/submit`,
      body(5, 'Tổng hợp phường Đông Hà.'),
    );
    expect(subC.statusCode, subC.body).toBe(200);

    // The province: completeness and timeliness per child, missing units named.
    const comp = await sp.request('GET', `/api/reports/assignments/${assignment}/completeness`);
    expect(comp.statusCode, comp.body).toBe(200);
    const cj = comp.json();
    const dongHa = cj.children.find((r: { unitId: number }) => r.unitId === commune);
    expect(dongHa.submitted).toBe(3);
    expect(dongHa.expected).toBeGreaterThan(3);
    expect(dongHa.completeness).toBeCloseTo((100 * 3) / dongHa.expected, 0);
    // Submitted after the demo deadline (10/10/2026): complete but late.
    expect(dongHa.onTime).toBe(0);
    expect(cj.late.map((l: { id: number }) => l.id)).toEqual(expect.arrayContaining([qt1, qt2, commune]));
    expect(cj.missing.length).toBe(cj.total.expected - cj.total.submitted);
    expect(cj.missing.map((m: { id: number }) => m.id)).not.toContain(qt1);
    expect(cj.total.unitId).toBe(province);
  });
});
