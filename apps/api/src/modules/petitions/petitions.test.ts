import { describe, expect, it } from 'vitest';
import { unitId, useTestApp, type Session } from '../../testing/test-app';
import { MultipartBody } from '../../testing/multipart';
import { loadRouteExamples } from '../../testing/route-examples';
import { createCallReminders } from '../notifications/notifications';
import { petitionTopicId, qtCall, qtPetition, samplePetition } from './petitions.fixtures';

const routeExamples = await loadRouteExamples();

const t = useTestApp();

/** An officer account on one unit, sharing the demo password. */
async function officerOn(username: string, code: string, role = 'officer'): Promise<Session> {
  await t.db.pool.query(
    `WITH u AS (INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
       SELECT $1, $1, password_hash, false, (SELECT id FROM org_units WHERE code = $2) FROM app_users WHERE username = 'qt.canbo'
       ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name RETURNING id)
     INSERT INTO role_grants (user_id, role, unit_id) SELECT u.id, $3, (SELECT id FROM org_units WHERE code = $2) FROM u
     ON CONFLICT DO NOTHING`,
    [username, code, role],
  );
  return t.signIn(username);
}

describe('calls for petitions', () => {
  it('collects from units below, shows who is late, refuses after the deadline and reopens', async () => {
    const qt = await t.signIn('qt.canbo');
    const ks = await officerOn('ks.canbo', 'CDX-19429');
    const lb = await officerOn('lb.canbo', 'CDX-19432');
    const topic = await petitionTopicId(t, 'housing');
    const bad = await qt.request('POST', '/api/petition-calls', {
      unitId: await unitId(t, 'CDX-19429'),
      title: 'Sai cấp',
      deadline: new Date(Date.now() + 86400000).toISOString(),
      targetUnitIds: [await unitId(t, 'CDX-19432')],
    });
    expect(bad.json().error.code).toBe('CALL_TARGETS_OUTSIDE');
    const call = await qt.request('POST', '/api/petition-calls', {
      unitId: await unitId(t, 'LDLD-44'),
      title: 'Lấy kiến nghị trước Đối thoại tháng 5',
      deadline: new Date(Date.now() + 86400000).toISOString(),
      targetUnitIds: [await unitId(t, 'CDX-19429'), await unitId(t, 'CDX-19432'), await unitId(t, 'QT-0001')],
    });
    expect(call.statusCode, call.body).toBe(200);
    const callId = call.json().id;
    expect(await createCallReminders(t.db.pool)).toBeGreaterThanOrEqual(2);
    expect(await createCallReminders(t.db.pool)).toBe(0); // one reminder per account and deadline
    const bell = (await ks.request('GET', '/api/notifications')).json();
    expect(bell.unread).toBe(1);
    expect(bell.items[0].title).toContain('Lấy kiến nghị trước Đối thoại tháng 5');

    const sub = await ks.request('POST', `/api/petition-calls/${callId}/submit`, {
      unitId: await unitId(t, 'CDX-19429'),
      petitions: [samplePetition(topic)],
    });
    expect(sub.statusCode, sub.body).toBe(200);
    // Khe Sanh sees only its own row
    expect(sub.json().targets.map((x: { state: string }) => x.state)).toEqual(['submitted']);
    const none = await lb.request('POST', `/api/petition-calls/${callId}/submit`, {
      unitId: await unitId(t, 'CDX-19432'),
      none: true,
    });
    expect(none.json().targets[0].state).toBe('none');
    // Lao Bảo cannot submit for Khe Sanh
    const other = await lb.request('POST', `/api/petition-calls/${callId}/submit`, {
      unitId: await unitId(t, 'CDX-19429'),
      none: true,
    });
    expect(other.statusCode).toBe(404);

    await t.db.pool.query("UPDATE petition_calls SET deadline = now() - interval '1 hour' WHERE id = $1", [callId]);
    const view = (await qt.request('GET', `/api/petition-calls/${callId}`)).json();
    expect(view.targets.map((x: { state: string }) => x.state).sort()).toEqual(['late', 'none', 'submitted']);
    expect(view.lateCount).toBe(1);
    const late = await officerOn('qt.dn', 'QT-0001');
    const refused = await late.request('POST', `/api/petition-calls/${callId}/submit`, {
      unitId: await unitId(t, 'QT-0001'),
      none: true,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CALL_DEADLINE_PASSED');
    expect(refused.json().error.message).toMatch(/Đã quá hạn gửi kiến nghị \(\d\d\/\d\d\/\d{4} \d\d:\d\d\)/);
    const reopened = await qt.request('POST', `/api/petition-calls/${callId}/reopen`, {
      deadline: new Date(Date.now() + 86400000).toISOString(),
    });
    expect(reopened.json().open).toBe(true);
    const ok = await late.request('POST', `/api/petition-calls/${callId}/submit`, {
      unitId: await unitId(t, 'QT-0001'),
      none: true,
    });
    expect(ok.statusCode).toBe(200);
    // the submitted petition is handled by the calling union, raised by Khe Sanh
    const list = (await qt.request('GET', `/api/petitions?callId=${callId}`)).json();
    expect(list.items[0]).toMatchObject({ unitName: 'Liên đoàn Lao động tỉnh Quảng Trị', status: 'collected' });
    expect(list.items[0].originUnitName).toContain('Khe Sanh');
  });
});

describe('consolidation', () => {
  it('suggests similar petitions, merges them with counts, refuses what the actor cannot see, and undoes', async () => {
    const qt = await t.signIn('qt.canbo');
    const a = await qtPetition(t, {
      origin: 'CDX-19429',
      title: 'Tăng lương tối thiểu vùng cho công nhân',
      affected: 1200,
    });
    const b = await qtPetition(t, { origin: 'CDX-19432', title: 'Đề nghị tăng lương tối thiểu vùng', affected: 2000 });
    const far = await qtPetition(t, {
      handler: 'LDLD-15',
      origin: 'LC-0001',
      title: 'Tăng lương tối thiểu vùng Lào Cai',
    });
    const similar = (await qt.request('GET', `/api/petitions/${a}/similar`)).json();
    const ids = similar.items.map((s: { id: number }) => s.id);
    expect(ids).toContain(b);
    expect(ids).not.toContain(far);
    expect(similar.items.find((s: { id: number }) => s.id === b).score).toBeGreaterThan(0.3);

    const body = {
      unitId: await unitId(t, 'LDLD-44'),
      title: 'Tăng lương tối thiểu vùng',
      content: 'Tổng hợp kiến nghị của các công đoàn xã.',
      topicId: await petitionTopicId(t),
      addresseeKind: 'authority',
      addresseeName: 'UBND tỉnh',
    };
    const refused = await qt.request('POST', '/api/petitions/consolidate', { ...body, petitionIds: [a, far] });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('PETITION_NOT_FOUND');
    const merged = await qt.request('POST', '/api/petitions/consolidate', { ...body, petitionIds: [a, b] });
    expect(merged.statusCode, merged.body).toBe(200);
    const id = merged.json().id;
    const detail = (await qt.request('GET', `/api/petitions/${id}`)).json();
    expect(detail).toMatchObject({ isConsolidated: true, unitCount: 2, originalCount: 2, affectedWorkers: 3200 });
    const again = await qt.request('POST', '/api/petitions/consolidate', { ...body, petitionIds: [a, b] });
    expect(again.json().error.code).toBe('PETITION_ALREADY_CONSOLIDATED');
    const original = (await qt.request('GET', `/api/petitions/${a}`)).json();
    expect(original.status).toBe('consolidated');
    expect(original.consolidatedInto.id).toBe(id);

    const undo = await qt.request('POST', `/api/petitions/${id}/unconsolidate`, {});
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().petitionIds.sort()).toEqual([a, b].sort());
    const back = (await qt.request('GET', `/api/petitions/${a}`)).json();
    expect(back).toMatchObject({ status: 'collected', consolidatedIntoId: null });
    expect(back.events.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['consolidated', 'unconsolidated']),
    );
    expect((await qt.request('GET', `/api/petitions/${id}`)).statusCode).toBe(404);
    const { rows } = await t.db.pool.query("SELECT 1 FROM audit_log WHERE action = 'petition.unconsolidate'");
    expect(rows.length).toBeGreaterThan(0);
  });

  it('across two commune unions is owned by the union that consolidated it, and escalates from there', async () => {
    const qt = await t.signIn('qt.canbo');
    // one grassroots union under each of two commune unions handles an original
    const { rows: units } = await t.db.pool.query<{ id: number; code: string; name: string }>(
      `SELECT DISTINCT ON (p.code) u.id, u.code, u.name FROM org_units u JOIN org_units p ON p.id = u.parent_id
        WHERE p.code IN ('CDX-19429', 'CDX-19432') AND u.closed_on IS NULL ORDER BY p.code, u.id`,
    );
    expect(units).toHaveLength(2);
    const petitionIds = [
      await qtPetition(t, { handler: units[0]!.code, origin: units[0]!.code }),
      await qtPetition(t, { handler: units[1]!.code, origin: units[1]!.code }),
    ];
    const body = {
      title: 'Tăng lương tối thiểu vùng',
      content: 'Tổng hợp kiến nghị của hai công đoàn xã.',
      topicId: await petitionTopicId(t),
      addresseeKind: 'authority',
      addresseeName: 'UBND tỉnh',
      petitionIds,
    };
    // one grassroots union cannot own what the other commune's union raised
    const low = await qt.request('POST', '/api/petitions/consolidate', { ...body, unitId: units[0]!.id });
    expect(low.statusCode).toBe(409);
    expect(low.json().error).toMatchObject({ code: 'CONSOLIDATION_UNIT_NOT_ABOVE' });
    expect(low.json().error.message).toContain(units[0]!.name);
    // without a unit, the consolidating officer's own union owns it
    const merged = await qt.request('POST', '/api/petitions/consolidate', body);
    expect(merged.statusCode, merged.body).toBe(200);
    const id = merged.json().id;
    const detail = (await qt.request('GET', `/api/petitions/${id}`)).json();
    expect(detail).toMatchObject({ unitName: 'Liên đoàn Lao động tỉnh Quảng Trị', unitCount: 2, originalCount: 2 });
    const original = (await qt.request('GET', `/api/petitions/${petitionIds[0]}`)).json();
    expect(original.consolidatedInto.unitName).toBe('Liên đoàn Lao động tỉnh Quảng Trị');
    // escalation goes up from the consolidating level, not to a commune union
    const up = await qt.request('POST', `/api/petitions/${id}/escalate`, { note: 'Vượt thẩm quyền tỉnh' });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ unitName: 'Tổng Liên đoàn Lao động Việt Nam', escalationLevel: 1 });
    const escalated = up.json().events.find((e: { kind: string }) => e.kind === 'escalated');
    expect(escalated).toMatchObject({
      unitName: 'Liên đoàn Lao động tỉnh Quảng Trị',
      toUnitName: 'Tổng Liên đoàn Lao động Việt Nam',
    });
  });

  it('cannot undo once the consolidated petition went to a dialogue', async () => {
    const qt = await t.signIn('qt.canbo');
    const petitionIds = [await qtPetition(t), await qtPetition(t, { origin: 'CDX-19432' })];
    const merged = await qt.request('POST', '/api/petitions/consolidate', {
      unitId: await unitId(t, 'LDLD-44'),
      title: 'Nhà công vụ cho giáo viên',
      content: 'Tổng hợp',
      topicId: await petitionTopicId(t, 'housing'),
      addresseeKind: 'authority',
      addresseeName: 'UBND tỉnh',
      petitionIds,
    });
    const id = merged.json().id;
    const d = await qt.request('POST', '/api/dialogues', {
      unitId: await unitId(t, 'LDLD-44'),
      kind: 'government',
      title: 'Đối thoại',
      host: 'Chủ tịch UBND tỉnh',
      heldOn: '2026-05-20',
    });
    const attached = await qt.request('POST', `/api/dialogues/${d.json().id}/petitions`, { petitionIds: [id] });
    expect(attached.json().petitionCount).toBe(1);
    expect((await qt.request('GET', `/api/petitions/${id}`)).json().status).toBe('presented');
    const undo = await qt.request('POST', `/api/petitions/${id}/unconsolidate`, {});
    expect(undo.json().error.code).toBe('CONSOLIDATION_LOCKED');
  });
});

describe('answers, overdue and escalation', () => {
  it('flags a petition unresolved past its commitment, escalates it up keeping the trail, and the origin sees it', async () => {
    const ks = await officerOn('ks.canbo2', 'CDX-19429');
    const created = await ks.request('POST', '/api/petitions', {
      ...samplePetition(await petitionTopicId(t, 'kindergarten')),
      title: 'Xây nhà trẻ cho con công nhân',
      unitId: await unitId(t, 'CDX-19429'),
    });
    const id = created.json().id;
    const answered = await ks.request('POST', `/api/petitions/${id}/answer`, {
      answerText: 'Xã sẽ bố trí đất xây nhà trẻ trong năm 2025.',
      answeredBy: 'Chủ tịch UBND xã Khe Sanh',
      responsibleAgency: 'UBND xã Khe Sanh',
      commitment: 'Khởi công trước 30/6/2025',
      commitmentDeadline: '2025-06-30',
      status: 'in_progress',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'in_progress', overdue: true });
    const overdueList = (await ks.request('GET', '/api/petitions?overdue=true')).json();
    expect(overdueList.items.map((p: { id: number }) => p.id)).toContain(id);

    const up = await ks.request('POST', `/api/petitions/${id}/escalate`, { note: 'Quá hạn cam kết' });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ unitName: 'Liên đoàn Lao động tỉnh Quảng Trị', escalationLevel: 1 });
    const kinds = up.json().events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(['created', 'answered', 'status', 'escalated']);
    expect(up.json().events[3].toUnitName).toBe('Liên đoàn Lao động tỉnh Quảng Trị');
    expect(up.json().answer.answeredBy).toBe('Chủ tịch UBND xã Khe Sanh');
    // the commune no longer handles it but still sees the trail; it can no longer act on it
    const seen = await ks.request('GET', `/api/petitions/${id}`);
    expect(seen.statusCode).toBe(200);
    expect((await ks.request('POST', `/api/petitions/${id}/escalate`, {})).statusCode).toBe(404);
    // the province now handles it and escalates to the confederation
    const qt = await t.signIn('qt.quantri');
    const top = await qt.request('POST', `/api/petitions/${id}/escalate`, {});
    expect(top.json()).toMatchObject({ unitName: 'Tổng Liên đoàn Lao động Việt Nam', escalationLevel: 2 });
    const admin = await t.signIn('admin');
    const none = await admin.request('POST', `/api/petitions/${id}/escalate`, {});
    expect(none.json().error.code).toBe('PETITION_TOP_LEVEL');
    const done = await admin.request('POST', `/api/petitions/${id}/status`, { status: 'resolved' });
    expect(done.json()).toMatchObject({ status: 'resolved', overdue: false });
    expect((await admin.request('POST', `/api/petitions/${id}/escalate`, {})).json().error.code).toBe(
      'PETITION_CLOSED',
    );
    const statusRows = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'petitions' AND entity_id = $1",
      [String(id)],
    );
    expect(statusRows.rows[0].n).toBeGreaterThanOrEqual(5);
  });
});

describe('anonymity', () => {
  // six sessions × every GET operation (documents included): more than 30 s on a busy machine
  it(
    'never shows the identity of an anonymous worker to anyone but the receiving union with the permission',
    {
      timeout: 180_000,
    },
    async () => {
      const secret = 'Nguyễn Thị Bí Mật';
      const phone = '0987654321';
      const lb = await officerOn('lb.canbo2', 'CDX-19432');
      const created = await lb.request('POST', '/api/petitions', {
        title: 'Công ty không trả lương làm thêm giờ',
        content: 'Người lao động phản ánh công ty không trả lương làm thêm giờ ba tháng nay.',
        topicId: await petitionTopicId(t),
        raisedBy: 'anonymous',
        addresseeKind: 'employer',
        addresseeName: 'Công ty TNHH Thương mại Cửa khẩu Lao Bảo',
        affectedWorkers: 80,
        identity: { fullName: secret, contact: phone, workplace: 'Tổ kho vận' },
        unitId: await unitId(t, 'CDX-19432'),
      });
      expect(created.statusCode, created.body).toBe(200);
      expect(created.body).not.toContain(secret);
      const id = created.json().id;
      // also merged into a consolidated petition at the province
      const other = await qtPetition(t, { origin: 'CDX-19429' });
      const qtOfficer = await t.signIn('qt.canbo');
      await qtOfficer.request('POST', '/api/petitions', {
        ...samplePetition(await petitionTopicId(t)),
        raisedBy: 'member',
        identity: { fullName: 'x' },
        unitId: await unitId(t, 'LDLD-44'),
      });
      const withIdentity = await qtOfficer.request('POST', '/api/petitions', {
        ...samplePetition(await petitionTopicId(t)),
        raisedBy: 'unit',
        identity: { fullName: 'x' },
        unitId: await unitId(t, 'LDLD-44'),
      });
      expect(withIdentity.statusCode).toBe(400);

      // Everyone who is not allowed: the submitting commune (no identity permission), the province officer,
      // a viewer and an auditor at the confederation, another province's administrator, an addressee given access.
      await officerOn('dn.laobao', 'QT-0008', 'viewer');
      await t.db.pool.query('DELETE FROM role_grants WHERE user_id = (SELECT id FROM app_users WHERE username = $1)', [
        'dn.laobao',
      ]);
      await lb.request('POST', `/api/petitions/${id}/access`, { username: 'dn.laobao' });
      const notAllowed: Session[] = [
        lb,
        qtOfficer,
        await t.signIn('kiemtra'),
        await t.signIn('na.xem'),
        await officerOn('lc.admin', 'LDLD-15', 'federation_admin'),
        await t.signIn('dn.laobao'),
      ];
      const spec = (await t.anonymous('GET', '/api/openapi.json')).json<{ paths: Record<string, object> }>();
      const urls = [
        `/api/petitions/${id}`,
        `/api/petitions/${id}/identity`,
        `/api/petitions?view=all&pageSize=200`,
        `/api/petitions?q=${encodeURIComponent('Bí Mật')}&view=all`,
        `/api/my-petitions`,
        `/api/audit?pageSize=200`,
        `/api/audit?entityType=petition_identities&pageSize=200`,
        `/api/audit/history?entityType=petitions&entityId=${id}`,
        `/api/audit/history?entityType=petition_identities&entityId=${id}`,
        `/api/petitions/${other}/similar`,
      ];
      // every GET operation of the API, with its example URL
      for (const [path, ops] of Object.entries(spec.paths)) {
        if (!('get' in ops) || path === '/api/openapi.json') continue;
        const example = routeExamples[`GET ${path}`];
        if (example) urls.push((await example.build(t)).url);
      }
      for (const s of notAllowed) {
        for (const url of urls) {
          const res = await s.request('GET', url);
          expect(res.body, url).not.toContain(secret);
          expect(res.body, url).not.toContain(phone);
          expect(res.body, url).not.toContain('Tổ kho vận');
        }
      }
      expect((await lb.request('GET', `/api/petitions/${id}/identity`)).statusCode).toBe(403);
      expect((await qtOfficer.request('GET', `/api/petitions/${id}/identity`)).statusCode).toBe(403);
      const lc = notAllowed[4]!;
      expect((await lc.request('GET', `/api/petitions/${id}/identity`)).statusCode).toBe(404);
      // the addressee sees the petition itself (given access) but not who raised it
      const shared = await notAllowed[5]!.request('GET', `/api/petitions/${id}`);
      expect(shared.statusCode).toBe(200);
      expect(shared.json().canReadIdentity).toBe(false);

      // the receiving union's administrator may see it, and the view is audited
      const qa = await t.signIn('qt.quantri');
      expect((await qa.request('GET', `/api/petitions/${id}`)).json().canReadIdentity).toBe(true);
      const before = await t.db.pool.query(
        "SELECT count(*)::int AS n FROM audit_log WHERE action = 'petition.identity.read'",
      );
      const seen = await qa.request('GET', `/api/petitions/${id}/identity`);
      expect(seen.json()).toEqual({ fullName: secret, contact: phone, workplace: 'Tổ kho vận' });
      const after = await t.db.pool.query(
        "SELECT count(*)::int AS n, max(actor_name) AS who FROM audit_log WHERE action = 'petition.identity.read'",
      );
      expect(after.rows[0].n).toBe(before.rows[0].n + 1);
      expect(after.rows[0].who).toBe('qt.quantri');
      // and the audit log never holds the identity itself
      const leak = await t.db.pool.query(
        'SELECT count(*)::int AS n FROM audit_log WHERE before::text LIKE $1 OR after::text LIKE $1',
        [`%${secret}%`],
      );
      expect(leak.rows[0].n).toBe(0);
    },
  );
});

describe('bad input and scope', () => {
  it('refuses oversized content and attachments, unknown topics, and hides other branches', async () => {
    const qt = await t.signIn('qt.canbo');
    const big = await qt.request('POST', '/api/petitions', {
      ...samplePetition(await petitionTopicId(t)),
      content: 'x'.repeat(10001),
      unitId: await unitId(t, 'LDLD-44'),
    });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.code).toBe('VALIDATION_FAILED');
    const topic = await qt.request('POST', '/api/petitions', {
      ...samplePetition(999999),
      unitId: await unitId(t, 'LDLD-44'),
    });
    expect(topic.json().error.code).toBe('TOPIC_NOT_FOUND');
    const id = await qtPetition(t);
    const file = await qt.request(
      'POST',
      `/api/petitions/${id}/attachments`,
      new MultipartBody({
        name: 'scan.pdf',
        content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 2 ** 20)]),
      }),
    );
    expect(file.statusCode).toBe(413);
    expect(file.json().error.code).toBe('FILE_TOO_LARGE');
    const exe = await qt.request(
      'POST',
      `/api/petitions/${id}/attachments`,
      new MultipartBody({ name: 'a.exe', content: Buffer.from('MZ') }),
    );
    expect(exe.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const ok = await qt.request(
      'POST',
      `/api/petitions/${id}/attachments`,
      new MultipartBody({ name: 'scan.pdf', content: Buffer.from('%PDF-1.4\n') }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    // a commune sees its own petitions and its subtree's, not its sibling's
    const ks = await officerOn('ks.canbo3', 'CDX-19429');
    const fromLaoBao = await qtPetition(t, { handler: 'CDX-19432', origin: 'CDX-19432' });
    expect((await ks.request('GET', `/api/petitions/${fromLaoBao}`)).statusCode).toBe(404);
    const mine = (await ks.request('GET', '/api/petitions?view=all&pageSize=200')).json();
    const own = mine.items.filter((p: { isConsolidated: boolean }) => !p.isConsolidated);
    expect(own.length).toBeGreaterThan(0);
    // its own and its subtree's (e.g. the Hướng Hóa health centre under Khe Sanh), never Lao Bảo's
    expect(own.some((p: { originUnitName: string }) => p.originUnitName.includes('Khe Sanh'))).toBe(true);
    expect(own.filter((p: { originUnitName: string }) => p.originUnitName.includes('Lao Bảo'))).toEqual([]);
  });
});

describe('reminders', () => {
  it('does not remind a unit that already answered or a call far from its deadline', async () => {
    const callId = await qtCall(t, "now() + interval '30 days'");
    expect(await createCallReminders(t.db.pool)).toBe(0);
    await t.db.pool.query("UPDATE petition_calls SET deadline = now() + interval '1 day' WHERE id = $1", [callId]);
    await t.db.pool.query(
      "UPDATE petition_call_targets SET submitted_at = now() WHERE call_id = $1 AND unit_id = (SELECT id FROM org_units WHERE code = 'CDX-19429')",
      [callId],
    );
    const { rows } = await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE link = $1`,
      [`/petition-calls/${callId}`],
    );
    const before = rows[0]!.n;
    await createCallReminders(t.db.pool);
    const { rows: after } = await t.db.pool.query<{ units: string[] }>(
      `SELECT array_agg(DISTINCT u.code) AS units FROM notifications n JOIN org_units u ON u.id = n.unit_id WHERE n.link = $1`,
      [`/petition-calls/${callId}`],
    );
    expect(before).toBe(0);
    expect(after[0]!.units ?? []).not.toContain('CDX-19429');
  });
});
