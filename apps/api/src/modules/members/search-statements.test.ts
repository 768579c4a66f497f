import { describe, expect, it } from 'vitest';
import { useStatementRecorder } from '../../testing/statements';
import { unitId, useTestApp } from '../../testing/test-app';

// Issue 12: the CPU of each search and member list under the national mixed load. The size of the official's
// scope (a sum of member rollups, which picks the query's shape) is read once a minute per scope, not per request.
const t = useTestApp();
const record = useStatementRecorder();
const statementsOf = (call: () => Promise<{ statusCode: number; body: string }>) =>
  record(call, (res) => expect(res.statusCode, res.body).toBe(200));
const rollupReads = (xs: { text: string }[]) => xs.filter((x) => /unit_member_stats/.test(x.text)).length;

describe('statements per search', () => {
  it('a repeated search or list of one scope sums its member rollups only the first time', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0102');
    for (const url of [`/api/members?unit=${unit}&pageSize=50`, `/api/members?q=${encodeURIComponent('Nguyễn')}`]) {
      const first = await statementsOf(() => s.request('GET', url));
      const again = await statementsOf(() => s.request('GET', url));
      expect(rollupReads(first), url).toBe(1);
      expect(rollupReads(again), url).toBe(0);
      expect(again.length, url).toBe(first.length - 1);
    }
    // another official of the same scope benefits too; the answer is the same
    const other = await t.signIn('qt.canbo');
    const items = await statementsOf(() => other.request('GET', `/api/members?unit=${unit}&pageSize=50`));
    expect(rollupReads(items)).toBe(0);
  });

  it('a change of membership still shows at once: only the query shape comes from the remembered size', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0102');
    const url = `/api/members?unit=${unit}&pageSize=50`;
    const before = (await s.request('GET', url)).json<{ total: number }>().total;
    await t.newMember({ unit: 'QT-0102', admittedOn: '2024-01-01', person: { fullName: 'Hồ Thị Mới' } });
    const after = await s.request('GET', url);
    expect(after.json<{ total: number }>().total).toBe(before + 1);
  });
});
