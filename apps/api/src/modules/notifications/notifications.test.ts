import { describe, expect, it } from 'vitest';
import { auditOf, expectRefused } from '../../testing/audit-rows';
import { unitId, useTestApp } from '../../testing/test-app';
import { createCall } from '../petitions/create-call';
import { createCallReminders } from './notifications';

const t = useTestApp();

type List = {
  items: { id: number; kind: string; title: string; link: string | null; read: boolean }[];
  unread: number;
};

describe('notifications (the bell)', () => {
  it('a call about to close reminds the target unit once; the account reads it, marks it read, and it is audited', async () => {
    const officer = await t.newUser({ unit: 'CDX-19333', roles: ['officer'] });
    const call = await createCall(await t.systemCtx(), {
      unitId: await unitId(t, 'LDLD-44'),
      title: 'Lấy kiến nghị trước đối thoại tháng 5',
      deadline: new Date(Date.now() + 24 * 3600_000).toISOString(),
      targetUnitIds: [await unitId(t, 'CDX-19333')],
    });
    expect(await createCallReminders(t.db.pool)).toBeGreaterThan(0);
    await createCallReminders(t.db.pool); // deduplicated: still one reminder per account and call

    const s = await t.signIn(officer.username, officer.password);
    const list = (await s.request('GET', '/api/notifications')).json<List>();
    const mine = list.items.filter((n) => n.link === `/petition-calls/${call.id}`);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'call_reminder', read: false });
    expect(mine[0]!.title).toContain('Lấy kiến nghị trước đối thoại tháng 5');
    expect(list.unread).toBe(1);

    const read = await s.request('POST', `/api/notifications/${mine[0]!.id}/read`, {});
    expect(read.statusCode, read.body).toBe(200);
    const after = (await s.request('GET', '/api/notifications')).json<List>();
    expect(after.unread).toBe(0);
    expect(after.items.find((n) => n.id === mine[0]!.id)?.read).toBe(true);
    const rows = await auditOf(t, read);
    expect(rows).toContainEqual(
      expect.objectContaining({
        action: 'notification.read',
        entity_type: 'notifications',
        entity_id: String(mine[0]!.id),
      }),
    );
    // marking it read again changes nothing and still answers ok
    expect((await s.request('POST', `/api/notifications/${mine[0]!.id}/read`, {})).statusCode).toBe(200);
  });

  it("refuses another account's notification and an unknown one, leaving it unread", async () => {
    const owner = await t.newUser({ unit: 'CDX-19333', roles: ['officer'] });
    await createCall(await t.systemCtx(), {
      unitId: await unitId(t, 'LDLD-44'),
      title: 'Lấy kiến nghị quý III',
      deadline: new Date(Date.now() + 48 * 3600_000).toISOString(),
      targetUnitIds: [await unitId(t, 'CDX-19333')],
    });
    await createCallReminders(t.db.pool);
    const ownerSession = await t.signIn(owner.username, owner.password);
    const id = (await ownerSession.request('GET', '/api/notifications')).json<List>().items[0]!.id;

    const other = await t.signIn('qt.canbo');
    await expectRefused(
      t,
      await other.request('POST', `/api/notifications/${id}/read`, {}),
      404,
      'NOTIFICATION_NOT_FOUND',
    );
    await expectRefused(
      t,
      await other.request('POST', '/api/notifications/999999999/read', {}),
      404,
      'NOTIFICATION_NOT_FOUND',
    );
    expect((await other.request('GET', '/api/notifications')).body).not.toContain(`"id":${id},`);
    const list = (await ownerSession.request('GET', '/api/notifications')).json<List>();
    expect(list.items.find((n) => n.id === id)?.read).toBe(false);
  });
});
