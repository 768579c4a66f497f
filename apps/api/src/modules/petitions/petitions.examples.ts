import { uploadRefusals } from '../../testing/multipart';
import type { RouteExample } from '../../testing/route-examples';
import { MultipartBody, unitId } from '../../testing/test-app';
import { petitionTopicId, qtCall, qtConsolidated, qtPetition, samplePetition } from './petitions.fixtures';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).
let throwaway = 0;

export const examples: Record<string, RouteExample> = {
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
  'GET /api/petitions/{id}/receipt.pdf': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/petitions/${await qtPetition(t)}/receipt.pdf` }),
  },
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
  'GET /api/petition-reports/summary.pdf': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/petition-reports/summary.pdf?unitId=${await unitId(t, 'LDLD-44')}` }),
  },
};
