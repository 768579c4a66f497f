import type { TestApp } from './test-app';
import { unitId } from './test-app';
import { importRouteExamples } from './route-examples-import';
import { campaignRouteExamples } from './campaign-examples';
import { memberRouteExamples } from './member-examples';
import { MultipartBody, uploadRefusals } from './multipart';
import { sampleDraftDocx } from '../modules/draft-laws/sample-docx';
import {
  petitionTopicId,
  qtCall,
  qtConsolidated,
  qtDialogue,
  qtNotification,
  qtDraftLaw,
  qtPetition,
  samplePetition,
} from '../modules/petitions/petitions.fixtures';

/**
 * One example call per API operation, keyed "METHOD /openapi/path". The authorization and
 * audit-coverage tests walk /api/openapi.json and fail on any operation missing here, so a
 * new route cannot ship without being tested for permission and audit.
 *
 * `build` runs before signing in as `as`, so it may (re)create that account.
 * - `as`: a demo account whose role covers the example (Quảng Trị or the whole confederation).
 * - `self`: the route acts on the caller only (no other branch to test against).
 * - `list`: for another branch the answer is 200 but must not contain Quảng Trị data.
 */
export type RouteExample = {
  as: string;
  self?: boolean;
  list?: boolean;
  build: (t: TestApp) => Promise<{ url: string; body?: unknown }>;
  /**
   * Other accounts whose scope covers the example (`qt.xem`: a Quảng Trị viewer, `kiemtra`: the auditor):
   * "allowed" must answer 200, "refused" 403/404 with nothing changed.
   */
  others?: Record<string, 'allowed' | 'refused'>;
  /** The route takes a file (receiveUpload): the example sends it as multipart. */
  upload?: boolean;
};

/** A Quảng Trị officer the examples may change freely (password, roles) without breaking other sign-ins. */
async function quangTriUser(t: TestApp): Promise<{ id: number }> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
     SELECT 'qt.thu', 'Thử nghiệm', password_hash, false, home_unit_id FROM app_users WHERE username = 'qt.canbo'
     ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, must_change_password = false
     RETURNING id`,
  );
  return { id: rows[0]!.id };
}

/** A finished member export of qt.canbo about Quảng Trị, with a result file (CCCDs and phones). */
async function quangTriJob(t: TestApp): Promise<number> {
  const key = 'test/2026-11/ket-qua.csv';
  await t.app.deps.files.put(key, Buffer.from('a,b\n1,2\n'));
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO jobs (kind, status, unit_id, created_by, done, total, result)
     SELECT 'member.export', 'succeeded', (SELECT id FROM org_units WHERE code = 'LDLD-44'), id, 2, 2,
            jsonb_build_object('fileKey', $1::text, 'fileName', 'ket-qua.csv')
       FROM app_users WHERE username = 'qt.canbo' RETURNING id`,
    [key],
  );
  return rows[0]!.id;
}

/** A fresh grassroots union under Phường Đông Hà that examples may move, rename or close freely. */
async function scratchUnit(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on)
     SELECT 'QT-TMP-' || nextval('org_units_id_seq'), 'CĐCS Thử nghiệm', 'grassroots_union', 'enterprise', id, '2020-01-01'
       FROM org_units WHERE code = 'CDX-19333' RETURNING id`,
  );
  return rows[0]!.id;
}

/** A previewed bulk restructuring of Quảng Trị, without conflicts, ready to apply. */
async function quangTriBulk(t: TestApp): Promise<number> {
  const unit = await scratchUnit(t);
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO bulk_restructurings (unit_id, file_key, file_name, status, effective_on, preview)
     SELECT (SELECT id FROM org_units WHERE code = 'LDLD-44'), 'bulk/2026-11/vi-du.csv', 'vi-du.csv', 'previewed', '2025-07-01',
            jsonb_build_object('rows', 1, 'changes', '[]'::jsonb, 'conflicts', '[]'::jsonb, 'membersMoved', 0)
     RETURNING id`,
  );
  const code = (await t.db.pool.query<{ code: string }>('SELECT code FROM org_units WHERE id = $1', [unit])).rows[0]!
    .code;
  await t.app.deps.files.put('bulk/2026-11/vi-du.csv', Buffer.from(`ma_don_vi,ma_cap_tren_moi\n${code},CDX-19351\n`));
  return rows[0]!.id;
}

let throwaway = 0;

export const routeExamples: Record<string, RouteExample> = {
  ...campaignRouteExamples,
  ...memberRouteExamples,
  'POST /api/auth/logout': {
    as: 'qt.thu',
    self: true,
    build: async (t) => {
      await quangTriUser(t);
      return { url: '/api/auth/logout', body: {} };
    },
  },
  'GET /api/auth/me': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/auth/me' }) },
  'POST /api/auth/change-password': {
    as: 'qt.thu',
    self: true,
    build: async (t) => {
      await quangTriUser(t);
      return {
        url: '/api/auth/change-password',
        body: { currentPassword: t.password, newPassword: `Doi-mat-khau-${++throwaway}-2026` },
      };
    },
  },
  'GET /api/org-units/roots': { as: 'qt.canbo', list: true, build: async () => ({ url: '/api/org-units/roots' }) },
  'GET /api/org-units/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'CDX-19333')}` }),
  },
  'GET /api/org-units/{id}/children': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/children` }),
  },
  'GET /api/org-units/search': {
    as: 'qt.canbo',
    list: true,
    build: async () => ({ url: '/api/org-units/search?q=19333' }),
  },
  'POST /api/org-units': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: '/api/org-units',
      body: {
        code: `QT-NEW-${++throwaway}`,
        name: 'CĐCS Công ty TNHH Mới',
        kind: 'grassroots_union',
        subkind: 'enterprise',
        parentId: await unitId(t, 'CDX-19333'),
        employerTaxCode: '3200123456',
      },
    }),
  },
  'PATCH /api/org-units/{id}': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: `/api/org-units/${await unitId(t, 'QT-0001')}`,
      body: { phone: `0233 385${++throwaway % 10}123` },
    }),
  },
  'POST /api/org-units/{id}/close': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: `/api/org-units/${await scratchUnit(t)}/close`,
      body: { targetId: await unitId(t, 'CDX-19351'), effectiveOn: '2026-01-01' },
    }),
  },
  'GET /api/org-units/{id}/counts': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/counts?asOf=2025-05-15` }),
  },
  'GET /api/org-units/{id}/dashboard': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/dashboard` }),
  },
  'GET /api/org-units/{id}/timeline': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'QT-0006')}/timeline` }),
  },
  'GET /api/org-units/{id}/committee': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/org-units/${await unitId(t, 'LDLD-44')}/committee` }),
  },
  'POST /api/org-units/{id}/committee': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: `/api/org-units/${await unitId(t, 'CDX-19333')}/committee`,
      body: { label: '2025–2030', startsOn: '2025-09-01', members: [{ fullName: 'Võ Thị Lan', position: 'chair' }] },
    }),
  },
  'GET /api/admin-units': {
    as: 'qt.canbo',
    self: true,
    build: async () => ({ url: '/api/admin-units?version=2025-07-01&provinceCode=44' }),
  },
  'POST /api/reorganizations': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: '/api/reorganizations',
      body: {
        operation: 'move',
        unitId: await scratchUnit(t),
        newParentId: await unitId(t, 'CDX-19351'),
        effectiveOn: '2026-01-01',
      },
    }),
  },
  'POST /api/reorganizations/{id}/undo': {
    as: 'qt.quantri',
    build: async (t) => {
      const s = await t.signIn('qt.quantri');
      const res = await s.request('POST', '/api/reorganizations', {
        operation: 'move',
        unitId: await scratchUnit(t),
        newParentId: await unitId(t, 'CDX-19351'),
        effectiveOn: '2026-01-01',
      });
      return { url: `/api/reorganizations/${res.json<{ id: number }>().id}/undo`, body: { effectiveOn: '2026-02-01' } };
    },
  },
  'POST /api/reorganizations/bulk': {
    as: 'qt.quantri',
    upload: true,
    others: uploadRefusals,
    build: async (t) => {
      const code = (
        await t.db.pool.query<{ code: string }>('SELECT code FROM org_units WHERE id = $1', [await scratchUnit(t)])
      ).rows[0]!.code;
      return {
        url: `/api/reorganizations/bulk?unitId=${await unitId(t, 'LDLD-44')}&effectiveOn=2026-01-01`,
        body: new MultipartBody({
          name: 'sap-xep.csv',
          content: Buffer.from(`ma_don_vi,ma_cap_tren_moi\n${code},CDX-19351\n`),
        }),
      };
    },
  },
  'GET /api/reorganizations/bulk/proposal': {
    as: 'qt.quantri',
    build: async (t) => ({ url: `/api/reorganizations/bulk/proposal?unitId=${await unitId(t, 'LDLD-44')}` }),
  },
  'GET /api/reorganizations/bulk/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/reorganizations/bulk/${await quangTriBulk(t)}` }),
  },
  'POST /api/reorganizations/bulk/{id}/apply': {
    as: 'qt.quantri',
    build: async (t) => ({ url: `/api/reorganizations/bulk/${await quangTriBulk(t)}/apply`, body: {} }),
  },
  'GET /api/users': { as: 'qt.quantri', list: true, build: async () => ({ url: '/api/users' }) },
  'POST /api/users': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: '/api/users',
      body: {
        username: `qt.moi${++throwaway}`,
        displayName: 'Cán bộ mới',
        homeUnitId: await unitId(t, 'CDX-19333'),
        role: 'viewer',
      },
    }),
  },
  'POST /api/users/{id}/roles': {
    as: 'qt.quantri',
    build: async (t) => ({
      url: `/api/users/${(await quangTriUser(t)).id}/roles`,
      body: { role: 'viewer', unitId: await unitId(t, `QT-000${++throwaway % 8 || 1}`) },
    }),
  },
  'DELETE /api/users/{id}/roles/{grantId}': {
    as: 'qt.quantri',
    build: async (t) => {
      const user = await quangTriUser(t);
      const { rows } = await t.db.pool.query<{ id: number }>(
        `INSERT INTO role_grants (user_id, role, unit_id) SELECT $1, 'viewer', id FROM org_units WHERE code = 'KCN-NDH'
         ON CONFLICT (user_id, role, unit_id) DO UPDATE SET role = excluded.role RETURNING id`,
        [user.id],
      );
      return { url: `/api/users/${user.id}/roles/${rows[0]!.id}` };
    },
  },
  'POST /api/users/{id}/reset-password': {
    as: 'qt.quantri',
    build: async (t) => ({ url: `/api/users/${(await quangTriUser(t)).id}/reset-password`, body: {} }),
  },
  'POST /api/users/{id}/clear-login-throttle': {
    as: 'qt.quantri',
    build: async (t) => ({ url: `/api/users/${(await quangTriUser(t)).id}/clear-login-throttle`, body: {} }),
  },
  'GET /api/audit': {
    as: 'kiemtra',
    list: true,
    build: async () => ({ url: '/api/audit?entityType=org_units&pageSize=200' }),
  },
  'GET /api/jobs': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/jobs' }) },
  // Only holders of member.read and personal_data.read on the unit besides its owner (the auditor does).
  'GET /api/jobs/{id}': {
    as: 'qt.canbo',
    others: { 'qt.xem': 'refused', kiemtra: 'allowed' },
    build: async (t) => ({ url: `/api/jobs/${await quangTriJob(t)}` }),
  },
  'GET /api/jobs/{id}/file': {
    as: 'qt.canbo',
    others: { 'qt.xem': 'refused', kiemtra: 'allowed' },
    build: async (t) => ({ url: `/api/jobs/${await quangTriJob(t)}/file` }),
  },
  'GET /api/audit/history': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/audit/history?entityType=org_units&entityId=${await unitId(t, 'LDLD-44')}` }),
  },
  ...importRouteExamples,
  // Dialogues and petitions
  'GET /api/petition-topics': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/petition-topics' }) },
  'POST /api/petition-topics': {
    as: 'admin',
    build: async () => ({
      url: '/api/petition-topics',
      body: { code: `topic_${++throwaway}`, name: 'An toàn lao động' },
    }),
  },
  'GET /api/petitions': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtPetition(t);
      return { url: '/api/petitions?view=all' };
    },
  },
  'GET /api/my-petitions': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/my-petitions' }) },
  'POST /api/petitions': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/petitions',
      body: { ...samplePetition(await petitionTopicId(t)), unitId: await unitId(t, 'CDX-19429') },
    }),
  },
  'GET /api/petitions/{id}': { as: 'qt.canbo', build: async (t) => ({ url: `/api/petitions/${await qtPetition(t)}` }) },
  'GET /api/petitions/{id}/identity': {
    as: 'qt.quantri',
    build: async (t) => {
      const id = await qtPetition(t, { anonymous: true });
      await t.db.pool.query(
        "INSERT INTO petition_identities (petition_id, full_name) VALUES ($1, 'Người lao động X')",
        [id],
      );
      return { url: `/api/petitions/${id}/identity` };
    },
  },
  'GET /api/petitions/{id}/similar': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/petitions/${await qtPetition(t)}/similar` }),
  },
  'POST /api/petitions/consolidate': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/petitions/consolidate',
      body: {
        ...samplePetition(await petitionTopicId(t)),
        unitId: await unitId(t, 'LDLD-44'),
        raisedBy: undefined,
        affectedWorkers: undefined,
        petitionIds: [await qtPetition(t), await qtPetition(t, { origin: 'CDX-19432' })],
      },
    }),
  },
  'POST /api/petitions/{id}/unconsolidate': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/petitions/${await qtConsolidated(t)}/unconsolidate`, body: {} }),
  },
  'POST /api/petitions/{id}/answer': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/petitions/${await qtPetition(t, { status: 'presented' })}/answer`,
      body: { answerText: 'Tỉnh sẽ xem xét', answeredBy: 'Chủ tịch UBND tỉnh', commitmentDeadline: '2026-12-31' },
    }),
  },
  'POST /api/petitions/{id}/status': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/petitions/${await qtPetition(t, { status: 'answered' })}/status`,
      body: { status: 'in_progress' },
    }),
  },
  'POST /api/petitions/{id}/escalate': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/petitions/${await qtPetition(t, { handler: 'CDX-19429', status: 'unresolved' })}/escalate`,
      body: { note: 'Quá hạn' },
    }),
  },
  'POST /api/petitions/{id}/access': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/petitions/${await qtPetition(t)}/access`, body: { username: 'na.xem' } }),
  },
  'POST /api/petitions/{id}/attachments': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/petitions/${await qtPetition(t)}/attachments`,
      body: new MultipartBody({ name: 'bien-ban.pdf', content: Buffer.from('%PDF-1.4\n% biên bản\n') }),
    }),
  },
  'GET /api/petitions/{id}/attachments/{attachmentId}': {
    as: 'qt.canbo',
    build: async (t) => {
      const id = await qtPetition(t);
      const key = 'petitions/2026-11/dinh-kem.pdf';
      await t.app.deps.files.put(key, Buffer.from('%PDF-1.4\n'));
      const { rows } = await t.db.pool.query<{ id: number }>(
        `INSERT INTO petition_attachments (petition_id, unit_id, file_key, file_name, size)
         SELECT id, origin_unit_id, $2, 'dinh-kem.pdf', 9 FROM petitions WHERE id = $1 RETURNING id`,
        [id, key],
      );
      return { url: `/api/petitions/${id}/attachments/${rows[0]!.id}` };
    },
  },
  'GET /api/petition-calls': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtCall(t);
      return { url: '/api/petition-calls' };
    },
  },
  'POST /api/petition-calls': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/petition-calls',
      body: {
        unitId: await unitId(t, 'LDLD-44'),
        title: 'Lấy kiến nghị Tháng Công nhân',
        deadline: new Date(Date.now() + 7 * 86400000).toISOString(),
        targetUnitIds: [await unitId(t, 'CDX-19429'), await unitId(t, 'CDX-19432')],
      },
    }),
  },
  'GET /api/petition-calls/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/petition-calls/${await qtCall(t)}` }),
  },
  'POST /api/petition-calls/{id}/submit': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/petition-calls/${await qtCall(t)}/submit`,
      body: { unitId: await unitId(t, 'CDX-19429'), petitions: [samplePetition(await petitionTopicId(t))] },
    }),
  },
  'PATCH /api/petition-calls/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/petition-calls/${await qtCall(t)}`,
      body: { title: 'Lấy kiến nghị trước Đối thoại tháng 5', description: 'Gửi trước ngày 10/5' },
    }),
  },
  'POST /api/petition-calls/{id}/reopen': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/petition-calls/${await qtCall(t, "now() - interval '1 day'")}/reopen`,
      body: { deadline: new Date(Date.now() + 3 * 86400000).toISOString() },
    }),
  },
  'GET /api/dialogues': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtDialogue(t);
      return { url: '/api/dialogues' };
    },
  },
  'POST /api/dialogues': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/dialogues',
      body: {
        unitId: await unitId(t, 'LDLD-44'),
        kind: 'may_dialogue',
        title: 'Đối thoại tháng 5',
        host: 'Chủ tịch UBND tỉnh',
        heldOn: '2026-05-20',
      },
    }),
  },
  'GET /api/dialogues/{id}': { as: 'qt.canbo', build: async (t) => ({ url: `/api/dialogues/${await qtDialogue(t)}` }) },
  'PUT /api/dialogues/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/dialogues/${await qtDialogue(t)}`,
      body: {
        unitId: await unitId(t, 'LDLD-44'),
        kind: 'government',
        title: 'Đối thoại (sửa)',
        host: 'Chủ tịch UBND tỉnh',
        heldOn: '2026-05-21',
        minutes: 'Biên bản',
      },
    }),
  },
  'POST /api/dialogues/{id}/petitions': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/dialogues/${await qtDialogue(t)}/petitions`,
      body: { petitionIds: [await qtPetition(t)] },
    }),
  },
  'POST /api/dialogues/{id}/minutes': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/dialogues/${await qtDialogue(t)}/minutes`,
      body: new MultipartBody({ name: 'bien-ban.pdf', content: Buffer.from('%PDF-1.4\n% biên bản\n') }),
    }),
  },
  'GET /api/dialogues/{id}/minutes': {
    as: 'qt.canbo',
    build: async (t) => {
      const id = await qtDialogue(t);
      const key = 'dialogues/2026-11/bien-ban.pdf';
      await t.app.deps.files.put(key, Buffer.from('%PDF-1.4\n'));
      await t.db.pool.query(
        "UPDATE dialogues SET minutes_file_key = $2, minutes_file_name = 'bien-ban.pdf' WHERE id = $1",
        [id, key],
      );
      return { url: `/api/dialogues/${id}/minutes` };
    },
  },
  'GET /api/petition-reports/summary': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtPetition(t);
      return { url: '/api/petition-reports/summary' };
    },
  },
  'GET /api/petition-reports/summary.xlsx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/petition-reports/summary.xlsx?unitId=${await unitId(t, 'LDLD-44')}` }),
  },
  'GET /api/petition-reports/summary.docx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/petition-reports/summary.docx?unitId=${await unitId(t, 'LDLD-44')}` }),
  },
  'GET /api/draft-laws': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtDraftLaw(t);
      return { url: '/api/draft-laws' };
    },
  },
  'POST /api/draft-laws': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/draft-laws',
      body: {
        unitId: await unitId(t, 'LDLD-44'),
        title: 'Dự thảo Luật Bảo hiểm xã hội (sửa đổi)',
        opensOn: '2026-01-01',
        closesOn: '2030-12-31',
        articles: [{ chapter: 'Chương I', number: 1, title: 'Phạm vi điều chỉnh', body: 'Luật này quy định…' }],
      },
    }),
  },
  'POST /api/draft-laws/import': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/draft-laws/import?unitId=${await unitId(t, 'LDLD-44')}&title=Du%20thao&opensOn=2026-01-01&closesOn=2030-12-31`,
      body: new MultipartBody({ name: 'du-thao.docx', content: await sampleDraftDocx() }),
    }),
  },
  'GET /api/draft-laws/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/draft-laws/${(await qtDraftLaw(t)).id}` }),
  },
  'POST /api/draft-laws/{id}/opinions': {
    as: 'qt.canbo',
    build: async (t) => {
      const law = await qtDraftLaw(t);
      return {
        url: `/api/draft-laws/${law.id}/opinions`,
        body: { articleId: law.articleId, unitId: await unitId(t, 'CDX-19429'), content: 'Đề nghị bổ sung…' },
      };
    },
  },
  'GET /api/draft-laws/{id}/summary.docx': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/draft-laws/${(await qtDraftLaw(t)).id}/summary.docx` }),
  },
  'GET /api/notifications': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/notifications' }) },
  'POST /api/notifications/{id}/read': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/notifications/${await qtNotification(t)}/read`, body: {} }),
  },
};
