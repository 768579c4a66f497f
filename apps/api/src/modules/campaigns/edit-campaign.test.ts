import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

async function issuedPlan() {
  const s = await t.signIn('qt.canbo');
  const res = await s.request('POST', '/api/campaigns', {
    unitId: await unitId(t, 'LDLD-44'),
    kind: 'osh_month',
    title: 'Tháng hành động ATVSLĐ 2030',
    year: 2030,
    startsOn: '2030-05-01',
    endsOn: '2030-05-31',
    themes: ['An toàn lao động'],
    activities: [{ title: 'Kiểm tra an toan', indicators: ['participants'] }],
  });
  expect(res.statusCode, res.body).toBe(200);
  const plan = res.json();
  const issued = await s.request('POST', `/api/campaigns/${plan.id}/issue`, { level: 'grassroots_union' });
  expect(issued.json().created).toBeGreaterThan(0);
  const { rows } = await t.db.pool.query<{ id: number }>(
    'SELECT id::int FROM campaigns WHERE parent_id = $1 ORDER BY id LIMIT 1',
    [plan.id],
  );
  return { s, plan, copyId: rows[0]!.id };
}

describe('editing and cancelling plans', () => {
  it('a typo in a plan is fixed from the issuing copy, and every copy below follows; audited', async () => {
    const { s, plan, copyId } = await issuedPlan();
    const res = await s.request('PATCH', `/api/campaigns/${plan.id}`, {
      title: 'Tháng hành động về ATVSLĐ năm 2030',
      endsOn: '2030-06-15',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Tháng hành động về ATVSLĐ năm 2030', endsOn: '2030-06-15' });
    const copy = (await s.request('GET', `/api/campaigns/${copyId}`)).json();
    expect(copy).toMatchObject({ title: 'Tháng hành động về ATVSLĐ năm 2030', endsOn: '2030-06-15' });
    const { rows } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'campaigns' AND action = 'campaign.update'`,
    );
    expect(rows[0].n).toBe(await copiesOf(plan.id)); // the plan and each copy, one audit row each
    const bad = await s.request('PATCH', `/api/campaigns/${plan.id}`, { endsOn: '2030-04-01' });
    expect(bad.json().error.code).toBe('CAMPAIGN_DATES_INVALID');
  });

  it('a copy below cannot change the plan, nor edit an activity it inherited', async () => {
    const { s, copyId } = await issuedPlan();
    const res = await s.request('PATCH', `/api/campaigns/${copyId}`, { title: 'Khác' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CAMPAIGN_COPY_LOCKED' });
    expect(res.json().error.message).toContain('Liên đoàn Lao động tỉnh Quảng Trị');
    const inherited = (await s.request('GET', `/api/campaigns/${copyId}`)).json().activities[0];
    const edit = await s.request('PATCH', `/api/campaigns/${copyId}/activities/${inherited.id}`, { title: 'x' });
    expect(edit.json().error.code).toBe('ACTIVITY_INHERITED_EDIT');
    const remove = await s.request('DELETE', `/api/campaigns/${copyId}/activities/${inherited.id}`);
    expect(remove.json().error.code).toBe('INHERITED_ACTIVITY_LOCKED');
  });

  it("the issuer's own activity is edited and the inherited copies follow", async () => {
    const { s, plan, copyId } = await issuedPlan();
    const own = plan.activities[0];
    const res = await s.request('PATCH', `/api/campaigns/${plan.id}/activities/${own.id}`, {
      title: 'Kiểm tra an toàn',
      indicators: ['participants', 'dialogues'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().activities[0]).toMatchObject({
      title: 'Kiểm tra an toàn',
      indicators: ['participants', 'dialogues'],
    });
    const copy = (await s.request('GET', `/api/campaigns/${copyId}`)).json();
    expect(copy.activities[0]).toMatchObject({ title: 'Kiểm tra an toàn', inherited: true });
  });

  it('a cancelled plan is kept, marked on every copy, and refuses changes and issuing', async () => {
    const { s, plan, copyId } = await issuedPlan();
    const res = await s.request('POST', `/api/campaigns/${plan.id}/cancel`, { reason: 'Gộp vào kế hoạch chung' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ cancelReason: 'Gộp vào kế hoạch chung' });
    expect((await s.request('GET', `/api/campaigns/${copyId}`)).json().cancelledAt).toEqual(expect.any(String));
    const edit = await s.request('PATCH', `/api/campaigns/${plan.id}`, { title: 'x' });
    expect(edit.json().error).toMatchObject({ code: 'CAMPAIGN_CANCELLED' });
    expect(edit.json().error.message).toContain('Gộp vào kế hoạch chung');
    const issue = await s.request('POST', `/api/campaigns/${plan.id}/issue`, { level: 'grassroots_union' });
    expect(issue.json().error.code).toBe('CAMPAIGN_CANCELLED');
    const add = await s.request('POST', `/api/campaigns/${copyId}/activities`, { title: 'Mới' });
    expect(add.json().error.code).toBe('CAMPAIGN_CANCELLED');
  });
});

async function copiesOf(id: number): Promise<number> {
  const { rows } = await t.db.pool.query('SELECT count(*)::int AS n FROM campaigns WHERE root_id = $1', [id]);
  return rows[0].n;
}
