import { describe, expect, it } from 'vitest';
import { auditOf, expectRefused } from '../../testing/audit-rows';
import { MultipartBody, unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

const body = async (over: Record<string, unknown> = {}) => ({
  unitId: await unitId(t, 'LDLD-44'),
  kind: 'government',
  title: 'Đối thoại với Chủ tịch UBND tỉnh về nhà ở công nhân',
  host: 'Chủ tịch UBND tỉnh Quảng Trị',
  heldOn: '2026-05-15',
  place: 'Hội trường UBND tỉnh',
  ...over,
});

describe('dialogues (hội nghị đối thoại)', () => {
  it('creates, reads back, lists, edits, and audits each change', async () => {
    const s = await t.signIn('qt.canbo');
    const created = await s.request('POST', '/api/dialogues', await body());
    expect(created.statusCode, created.body).toBe(200);
    const d = created.json<{ id: number; title: string; unitName: string; petitionCount: number }>();
    expect(d).toMatchObject({ title: 'Đối thoại với Chủ tịch UBND tỉnh về nhà ở công nhân', petitionCount: 0 });
    expect(d.unitName).toMatch(/Quảng Trị/);
    expect(await auditOf(t, created)).toContainEqual(
      expect.objectContaining({ action: 'dialogue.create', entity_type: 'dialogues', entity_id: String(d.id) }),
    );

    const read = await s.request('GET', `/api/dialogues/${d.id}`);
    expect(read.json()).toMatchObject({ id: d.id, kind: 'government', heldOn: '2026-05-15', minutesFileName: null });
    const list = await s.request('GET', '/api/dialogues');
    expect(list.json<{ items: { id: number }[] }>().items.map((i) => i.id)).toContain(d.id);

    const edited = await s.request(
      'PUT',
      `/api/dialogues/${d.id}`,
      await body({ kind: 'workplace', title: 'Đối thoại (đã sửa)', minutes: 'Hai bên thống nhất ba nội dung.' }),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await s.request('GET', `/api/dialogues/${d.id}`)).json()).toMatchObject({
      kind: 'workplace',
      title: 'Đối thoại (đã sửa)',
      minutes: 'Hai bên thống nhất ba nội dung.',
    });
    const rows = await auditOf(t, edited);
    const row = rows.find((r) => r.action === 'dialogue.update' && r.entity_type === 'dialogues');
    expect(row?.before).toMatchObject({ title: 'Đối thoại với Chủ tịch UBND tỉnh về nhà ở công nhân' });
    expect(row?.after).toMatchObject({ title: 'Đối thoại (đã sửa)', kind: 'workplace' });
  });

  it('puts petitions on the agenda (they become presented) and keeps the minutes file', async () => {
    const s = await t.signIn('qt.canbo');
    const d = (await s.request('POST', '/api/dialogues', await body())).json<{ id: number }>();
    const petition = await t.newPetition({ unit: 'LDLD-44' });
    const attached = await s.request('POST', `/api/dialogues/${d.id}/petitions`, { petitionIds: [petition.id] });
    expect(attached.statusCode, attached.body).toBe(200);
    expect(attached.json()).toMatchObject({ petitionCount: 1 });
    expect((await s.request('GET', `/api/petitions/${petition.id}`)).json()).toMatchObject({ status: 'presented' });
    expect((await auditOf(t, attached)).map((r) => r.action)).toContain('dialogue.attach_petitions');

    const pdf = Buffer.from('%PDF-1.4\n% biên bản hội nghị\n');
    const uploaded = await s.request(
      'POST',
      `/api/dialogues/${d.id}/minutes`,
      new MultipartBody({ name: 'bien-ban-doi-thoai.pdf', content: pdf }),
    );
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json()).toMatchObject({ minutesFileName: 'bien-ban-doi-thoai.pdf' });
    const file = await s.request('GET', `/api/dialogues/${d.id}/minutes`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await auditOf(t, file)).map((r) => r.action)).toContain('dialogue.download_minutes');
  });

  it('refuses with stable codes and writes nothing', async () => {
    const s = await t.signIn('qt.canbo');
    const d = (await s.request('POST', '/api/dialogues', await body())).json<{ id: number }>();
    const before = (await s.request('GET', `/api/dialogues/${d.id}`)).body;
    // moving it to a unit outside the officer's scope (Lào Cai)
    await expectRefused(
      t,
      await s.request('PUT', `/api/dialogues/${d.id}`, await body({ unitId: await unitId(t, 'LDLD-15') })),
      404,
      'UNIT_NOT_FOUND',
    );
    await expectRefused(
      t,
      await s.request('PUT', `/api/dialogues/${d.id}`, await body({ kind: 'party' })),
      400,
      'VALIDATION_FAILED',
    );
    await expectRefused(t, await s.request('GET', `/api/dialogues/${d.id}/minutes`), 404, 'FILE_NOT_FOUND');
    await expectRefused(
      t,
      await s.request('POST', `/api/dialogues/${d.id}/petitions`, { petitionIds: [999_999_999] }),
      404,
      'PETITION_NOT_FOUND',
    );
    await expectRefused(
      t,
      await s.request(
        'POST',
        `/api/dialogues/${d.id}/minutes`,
        new MultipartBody({ name: 'bien-ban.exe', content: Buffer.from('MZ\x90\x00') }),
      ),
      415,
      'FILE_TYPE_NOT_ALLOWED',
    );
    // another province's viewer does not see it at all
    const other = await t.signIn('na.xem');
    await expectRefused(t, await other.request('GET', `/api/dialogues/${d.id}`), 404, 'DIALOGUE_NOT_FOUND');
    expect((await s.request('GET', `/api/dialogues/${d.id}`)).body).toBe(before);
  });
});
