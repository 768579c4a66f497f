import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { qtCall } from './petitions.fixtures';

const t = useTestApp();

describe('fixing a call for petitions', () => {
  it('changes the title and description, keeps what is left out, and is audited', async () => {
    const qt = await t.signIn('qt.canbo');
    const id = await qtCall(t);
    const res = await qt.request('PATCH', `/api/petition-calls/${id}`, { description: 'Gửi trước ngày 10/5' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Lấy kiến nghị trước đối thoại', description: 'Gửi trước ngày 10/5' });
    const fixed = await qt.request('PATCH', `/api/petition-calls/${id}`, { title: 'Lấy kiến nghị trước Đối thoại' });
    expect(fixed.json()).toMatchObject({ title: 'Lấy kiến nghị trước Đối thoại', description: 'Gửi trước ngày 10/5' });
    const { rows } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'petition_calls' AND action = 'petition_call.update'`,
    );
    expect(rows[0].n).toBe(2);
  });

  it('another province gets 404 and changes nothing; an empty title is refused', async () => {
    const qt = await t.signIn('qt.canbo');
    const id = await qtCall(t);
    const other = await t.signIn('na.xem');
    expect(
      (await other.request('PATCH', `/api/petition-calls/${id}`, { title: 'x' })).statusCode,
    ).toBeGreaterThanOrEqual(403);
    const empty = await qt.request('PATCH', `/api/petition-calls/${id}`, { title: '' });
    expect(empty.statusCode).toBe(400);
    expect((await qt.request('GET', `/api/petition-calls/${id}`)).json().title).toBe('Lấy kiến nghị trước đối thoại');
  });
});
