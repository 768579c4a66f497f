import { describe, expect, it } from 'vitest';
import { auditOf, expectRefused } from '../../testing/audit-rows';
import { MultipartBody, useTestApp, type Session } from '../../testing/test-app';

const t = useTestApp();

const png = (n: number) =>
  Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'), Buffer.from([n])]);
const jpg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
/** One file posted to an event's photos by `s`. */
const upload = (s: Session, eventId: number, name: string, content: Buffer) =>
  s.request('POST', `/api/events/${eventId}/photos`, new MultipartBody({ name, content }));

describe('event photos', () => {
  it('adds photos, serves each back byte for byte with its type, and audits the change', async () => {
    const event = await t.newEvent();
    const s = await t.signIn('qt.canbo');
    const first = await upload(s, event.id, 'le-phat-dong.png', png(1));
    expect(first.statusCode, first.body).toBe(200);
    const second = await upload(s, event.id, 'trao-qua.jpg', jpg);
    expect(second.statusCode, second.body).toBe(200);

    const detail = (await s.request('GET', `/api/events/${event.id}`)).json<{ photos: { fileName: string }[] }>();
    expect(detail.photos.map((p) => p.fileName)).toEqual(['le-phat-dong.png', 'trao-qua.jpg']);
    const a = await s.request('GET', `/api/events/${event.id}/photos/0`);
    expect(a.headers['content-type']).toBe('image/png');
    expect(a.rawPayload.equals(png(1))).toBe(true);
    const b = await s.request('GET', `/api/events/${event.id}/photos/1`);
    expect(b.headers['content-type']).toBe('image/jpeg');
    expect(b.rawPayload.equals(jpg)).toBe(true);

    const row = (await auditOf(t, second)).find((r) => r.action === 'event.add_photo' && r.entity_type === 'events');
    expect(row?.entity_id).toBe(String(event.id));
    expect(row?.before?.photos).toHaveLength(1);
    expect(row?.after?.photos).toHaveLength(2);
  });

  it('refuses a wrong file, a missing photo and another branch, adding nothing', async () => {
    const event = await t.newEvent();
    const s = await t.signIn('qt.canbo');
    await expectRefused(t, await upload(s, event.id, 'anh.png', Buffer.from('<svg/>')), 415, 'FILE_TYPE_NOT_ALLOWED');
    await expectRefused(
      t,
      await upload(s, event.id, 'ke-hoach.pdf', Buffer.from('%PDF-1.4\n')),
      415,
      'FILE_TYPE_NOT_ALLOWED',
    );
    await expectRefused(t, await s.request('GET', `/api/events/${event.id}/photos/0`), 404, 'FILE_NOT_FOUND');
    const laoCai = await t.newUser({ unit: 'LDLD-15', roles: ['officer'] });
    const other = await t.signIn(laoCai.username, laoCai.password);
    await expectRefused(t, await upload(other, event.id, 'anh.png', png(2)), 404, 'EVENT_NOT_FOUND');
    expect((await s.request('GET', `/api/events/${event.id}`)).json<{ photos: unknown[] }>().photos).toEqual([]);
  });

  it('removes a photo: the list, the audit and the stored file all lose it; the next photo moves up', async () => {
    const event = await t.newEvent();
    const s = await t.signIn('qt.canbo');
    await upload(s, event.id, 'nham-anh.png', png(7));
    await upload(s, event.id, 'trao-qua.jpg', jpg);
    const photos = () =>
      s
        .request('GET', `/api/events/${event.id}`)
        .then((r) => r.json<{ photos: { key: string; fileName: string }[] }>().photos);
    const [wrong, kept] = await photos();
    expect(await t.app.deps.files.size(wrong!.key)).toBeGreaterThan(0);

    const res = await s.request('DELETE', `/api/events/${event.id}/photos/0?key=${encodeURIComponent(wrong!.key)}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(await photos()).toEqual([kept]);
    // the file is gone from the store, and index 0 now serves the photo that was second
    expect(await t.app.deps.files.size(wrong!.key)).toBe(-1);
    const first = await s.request('GET', `/api/events/${event.id}/photos/0`);
    expect(first.rawPayload.equals(jpg)).toBe(true);
    const row = (await auditOf(t, res)).find((r) => r.entity_type === 'events');
    expect(row).toMatchObject({ action: 'event.remove_photo', entity_id: String(event.id), actor_name: 'qt.canbo' });
    expect(row?.before?.photos).toEqual([wrong, kept]);
    expect(row?.after?.photos).toEqual([kept]);
  });

  it('refuses a removal of a photo that moved or is gone, another branch, a viewer and no key, removing nothing', async () => {
    const event = await t.newEvent();
    const s = await t.signIn('qt.canbo');
    await upload(s, event.id, 'a.png', png(1));
    await upload(s, event.id, 'b.png', png(2));
    const detail = await s.request('GET', `/api/events/${event.id}`);
    const [a, b] = detail.json<{ photos: { key: string }[] }>().photos;
    const del = (who: Session, index: number, key?: string) =>
      who.request(
        'DELETE',
        `/api/events/${event.id}/photos/${index}${key === undefined ? '' : `?key=${encodeURIComponent(key)}`}`,
      );

    // index 0 is not b: someone's removal would have moved b there; this one is refused, not misapplied
    const moved = await del(s, 0, b!.key);
    await expectRefused(t, moved, 409, 'EVENT_PHOTO_CHANGED');
    expect(moved.json().error.message).toBe(
      'Danh sách ảnh của sự kiện vừa thay đổi. Vui lòng tải lại trang rồi thử lại.',
    );
    await expectRefused(t, await del(s, 0, 'event-photos/2026-01/khong-co.png'), 404, 'EVENT_PHOTO_NOT_FOUND');
    await expectRefused(t, await del(s, 5, a!.key), 404, 'EVENT_PHOTO_NOT_FOUND');
    await expectRefused(t, await del(s, 0), 400, 'VALIDATION_FAILED');
    const laoCai = await t.newUser({ unit: 'LDLD-15', roles: ['officer'] });
    await expectRefused(
      t,
      await del(await t.signIn(laoCai.username, laoCai.password), 0, a!.key),
      404,
      'EVENT_NOT_FOUND',
    );
    const viewer = await t.newUser({ roles: ['viewer'] });
    await expectRefused(t, await del(await t.signIn(viewer.username, viewer.password), 0, a!.key), 403, 'FORBIDDEN');

    expect((await s.request('GET', `/api/events/${event.id}`)).json()).toEqual(detail.json());
    for (const p of [a, b]) expect(await t.app.deps.files.size(p!.key)).toBeGreaterThan(0);
  });
});
