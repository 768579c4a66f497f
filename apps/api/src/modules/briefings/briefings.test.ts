import { describe, expect, it } from 'vitest';
import { openDocx } from '../../testing/docx';
import { unitId, useTestApp } from '../../testing/test-app';
import { createTaskReminders } from './task-reminders';

const t = useTestApp();

describe('briefings, conclusions and tasks', () => {
  it('holds a briefing, gives three tasks, an owner marks one done with evidence; overdue shows and carries forward', async () => {
    const s = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const commune = await unitId(t, 'CDX-19333');
    const res = await s.request('POST', '/api/briefings', {
      unitId: province,
      kind: 'briefing',
      title: 'Giao ban tháng 12/2026',
      heldOn: '2026-12-01',
      chair: 'Chủ tịch LĐLĐ tỉnh',
      opinions: [{ unitName: 'Công đoàn phường Đông Hà', text: 'Thiếu cán bộ chuyên trách.' }],
      conclusions: 'Tập trung chăm lo Tết.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const briefingId = res.json().id;

    // Bad input changes nothing: no owner, a deadline in the past.
    const count = async () => (await t.db.pool.query('SELECT count(*)::int AS n FROM tasks')).rows[0].n;
    const before = await count();
    const noOwner = await s.request('POST', '/api/tasks', {
      title: 'Việc không ai làm',
      deadline: '2099-01-01',
      briefingId,
    });
    expect(noOwner.json().error.code).toBe('TASK_OWNER_REQUIRED');
    const past = await s.request('POST', '/api/tasks', {
      unitId: commune,
      title: 'Việc đã qua',
      deadline: '2020-01-01',
      briefingId,
    });
    expect(past.json().error.code).toBe('TASK_DEADLINE_PAST');
    expect(past.json().error.message).toContain('quá khứ');
    expect(await count()).toBe(before);

    const owner = await t.newUser({ username: 'px.chutich', unit: 'CDX-19333', roles: ['officer'] });
    const ids: number[] = [];
    for (const [title, deadline, ownerUserId] of [
      ['Đôn đốc ký lại thỏa ước hết hạn', '2099-01-31', owner.id],
      ['Bổ sung cán bộ cập nhật thẻ đoàn viên', '2099-02-28', null],
      ['Đạt 70 % hội nghị người lao động', '2099-03-31', null],
    ] as const) {
      const r = await s.request('POST', '/api/tasks', { unitId: commune, ownerUserId, title, deadline, briefingId });
      expect(r.statusCode, r.body).toBe(200);
      ids.push(r.json().id);
    }
    // The owner sees it in "việc của tôi", and marks it done with evidence (evidence is required).
    const so = await t.signIn(owner.username, owner.password);
    const mine = (await so.request('GET', '/api/tasks')).json().items;
    expect(mine.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining(ids));
    const noEvidence = await so.request('POST', `/api/tasks/${ids[0]}/progress`, { status: 'done' });
    expect(noEvidence.json().error.code).toBe('TASK_EVIDENCE_REQUIRED');
    const done = await so.request('POST', `/api/tasks/${ids[0]}/progress`, {
      status: 'done',
      evidence: 'Đã ký lại 3/4 thỏa ước.',
    });
    expect(done.json()).toMatchObject({ status: 'done' });

    // A task whose deadline has passed reads as overdue, is reminded, and carries to the next briefing.
    await t.db.pool.query(`UPDATE tasks SET deadline = '2026-12-02' WHERE id = $1`, [ids[1]]);
    const next = await s.request('POST', '/api/briefings', {
      unitId: province,
      kind: 'briefing',
      title: 'Giao ban tháng 1/2027',
      heldOn: '2027-01-05',
      chair: 'Chủ tịch LĐLĐ tỉnh',
    });
    const detail = (await s.request('GET', `/api/briefings/${next.json().id}`)).json();
    const carried = detail.carriedForward.map((x: { id: number; status: string }) => [x.id, x.status]);
    expect(carried).toContainEqual([ids[1], 'overdue']);
    expect(carried.map((c: [number]) => c[0])).toContain(ids[2]);
    expect(carried.map((c: [number]) => c[0])).not.toContain(ids[0]);
    expect(await createTaskReminders(t.db.pool)).toBeGreaterThan(0);
    const notes = await t.db.pool.query(
      `SELECT title FROM notifications WHERE kind = 'task_overdue' AND title LIKE '%Bổ sung cán bộ%'`,
    );
    expect(notes.rows.length).toBeGreaterThan(0);
    // The minutes and the conclusion notice, opened.
    const minutes = await openDocx((await s.request('GET', `/api/briefings/${briefingId}/minutes.docx`)).rawPayload);
    expect(minutes.text).toContain('BIÊN BẢN');
    expect(minutes.text).toContain('Thiếu cán bộ chuyên trách');
    expect(minutes.text).toContain('Đôn đốc ký lại thỏa ước hết hạn');
    const notice = await openDocx((await s.request('GET', `/api/briefings/${briefingId}/notice.docx`)).rawPayload);
    expect(notice.text).toContain('THÔNG BÁO');
    expect(notice.text).toContain('Tập trung chăm lo Tết');
  });
});
