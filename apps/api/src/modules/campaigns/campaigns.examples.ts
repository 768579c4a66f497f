import { uploadRefusals } from '../../testing/multipart';
import type { RouteExample } from '../../testing/route-examples';
import { MultipartBody, type TestApp } from '../../testing/test-app';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).
let n = 0;
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');

/** A Quảng Trị campaign (province level) with one activity measured by participants and gift value. */
async function quangTriCampaign(t: TestApp): Promise<{ id: number; activityId: number }> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO campaigns (unit_id, kind, title, year, starts_on, ends_on, themes)
     SELECT id, 'workers_month', 'Tháng Công nhân năm 2024', 2024, '2024-05-01', '2024-05-31',
            ARRAY['Đoàn kết công nhân – Triển khai nghị quyết'] FROM org_units WHERE code = 'LDLD-44' RETURNING id::int`,
  );
  const id = rows[0]!.id;
  await t.db.pool.query('UPDATE campaigns SET root_id = id WHERE id = $1', [id]);
  const { rows: a } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO campaign_activities (campaign_id, unit_id, title, indicators)
     SELECT $1, unit_id, 'Thăm hỏi, tặng quà công nhân', ARRAY['participants', 'giftsVnd'] FROM campaigns WHERE id = $1
     RETURNING id::int`,
    [id],
  );
  return { id, activityId: a[0]!.id };
}

export const examples: Record<string, RouteExample> = {
  'GET /api/campaigns': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await quangTriCampaign(t);
      return { url: '/api/campaigns' };
    },
  },
  'POST /api/campaigns': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/campaigns',
      body: {
        unitId: (await t.db.pool.query("SELECT id::int FROM org_units WHERE code = 'LDLD-44'")).rows[0].id,
        kind: 'osh_month',
        title: `Tháng hành động ATVSLĐ ${++n}`,
        year: 2024,
        startsOn: '2024-05-01',
        endsOn: '2024-05-31',
        themes: ['An toàn lao động'],
        activities: [{ title: 'Kiểm tra an toàn', indicators: ['participants'] }],
      },
    }),
  },
  'GET /api/campaigns/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}` }),
  },
  'PATCH /api/campaigns/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}`,
      body: { title: 'Tháng Công nhân năm 2024 (sửa)', endsOn: '2024-06-15' },
    }),
  },
  'POST /api/campaigns/{id}/cancel': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}/cancel`,
      body: { reason: 'Gộp vào kế hoạch Tháng hành động' },
    }),
  },
  'PATCH /api/campaigns/{id}/activities/{activityId}': {
    as: 'qt.canbo',
    build: async (t) => {
      const c = await quangTriCampaign(t);
      return { url: `/api/campaigns/${c.id}/activities/${c.activityId}`, body: { title: 'Thăm hỏi công nhân' } };
    },
  },
  'POST /api/campaigns/{id}/issue': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}/issue`,
      body: { level: 'grassroots_union' },
    }),
  },
  'GET /api/campaigns/{id}/rollup': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}/rollup` }),
  },
  'POST /api/campaigns/{id}/activities': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}/activities`,
      body: { title: 'Mô hình mới', indicators: ['dialogues'] },
    }),
  },
  'DELETE /api/campaigns/{id}/activities/{activityId}': {
    as: 'qt.canbo',
    build: async (t) => {
      const c = await quangTriCampaign(t);
      return { url: `/api/campaigns/${c.id}/activities/${c.activityId}` };
    },
  },
  'PUT /api/campaigns/{id}/activities/{activityId}/report': {
    as: 'qt.canbo',
    build: async (t) => {
      const c = await quangTriCampaign(t);
      return {
        url: `/api/campaigns/${c.id}/activities/${c.activityId}/report`,
        body: { done: true, doneOn: '2024-05-20', indicators: { participants: 120, giftsVnd: 50000000 } },
      };
    },
  },
  'POST /api/campaigns/{id}/activities/{activityId}/files': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => {
      const c = await quangTriCampaign(t);
      return {
        url: `/api/campaigns/${c.id}/activities/${c.activityId}/files`,
        body: new MultipartBody({ name: 'anh.png', content: png }),
      };
    },
  },
  'POST /api/campaigns/{id}/plan': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/campaigns/${(await quangTriCampaign(t)).id}/plan`,
      body: new MultipartBody({ name: 'ke-hoach.pdf', content: pdf }),
    }),
  },
  'GET /api/campaigns/{id}/plan': {
    as: 'qt.canbo',
    build: async (t) => {
      const c = await quangTriCampaign(t);
      await t.app.deps.files.put('test/ke-hoach.pdf', pdf);
      await t.db.pool.query(
        "UPDATE campaigns SET plan_file_key = 'test/ke-hoach.pdf', plan_file_name = 'ke-hoach.pdf' WHERE id = $1",
        [c.id],
      );
      return { url: `/api/campaigns/${c.id}/plan` };
    },
  },
  'GET /api/campaigns/{id}/summary.docx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}/summary.docx` }),
  },
  'GET /api/campaigns/{id}/summary.pdf': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}/summary.pdf` }),
  },
  'GET /api/campaigns/{id}/summary.xlsx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/campaigns/${(await quangTriCampaign(t)).id}/summary.xlsx` }),
  },
};
