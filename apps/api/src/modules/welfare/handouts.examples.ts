import type { RouteExample } from '../../testing/route-examples';
import { MultipartBody, uploadRefusals } from '../../testing/multipart';
import { qtHandout } from './handouts.fixtures';
import { qtProgramme } from './welfare.fixtures';

// Examples of handouts.routes.ts for the authorization and audit-coverage tests (joined in welfare.examples.ts).

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const readOthers = { 'qt.xem': 'allowed', kiemtra: 'allowed' } as const;
const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;
const doc = (file: string): RouteExample => ({
  as: 'qt.canbo',
  others: readOthers,
  build: async (t) => ({ url: `/api/welfare/programmes/${(await qtHandout(t)).programmeId}/${file}` }),
});

export const handoutExamples: Record<string, RouteExample> = {
  'GET /api/welfare/nominations/{id}/handout': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/nominations/${(await qtHandout(t)).id}/handout` }),
  },
  'PUT /api/welfare/nominations/{id}/handout': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/nominations/${(await qtHandout(t)).id}/handout`,
      body: { method: 'transfer', amountVnd: 500000, handedBy: 'Trần Thị Hoa', handedOn: '2026-01-21' },
    }),
  },
  'POST /api/welfare/nominations/{id}/handout/{part}': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/welfare/nominations/${(await qtHandout(t)).id}/handout/photo`,
      body: new MultipartBody({ name: 'trao-qua.png', content: png }),
    }),
  },
  'GET /api/welfare/nominations/{id}/handout/receipt.pdf': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/nominations/${(await qtHandout(t)).id}/handout/receipt.pdf` }),
  },
  'GET /api/welfare/nominations/{id}/handout/{part}': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => {
      const h = await qtHandout(t);
      await t.app.deps.files.put('test/chu-ky.png', png);
      await t.db.pool.query(
        "UPDATE welfare_handouts SET signature_key = 'test/chu-ky.png', signature_name = 'chu-ky.png' WHERE nomination_id = $1",
        [h.id],
      );
      return { url: `/api/welfare/nominations/${h.id}/handout/signature` };
    },
  },
  'GET /api/welfare/programmes/{id}/spending': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/programmes/${await qtProgramme(t)}/spending` }),
  },
  'GET /api/welfare/programmes/{id}/decision.docx': doc('decision.docx'),
  'GET /api/welfare/programmes/{id}/decision.pdf': doc('decision.pdf'),
  'GET /api/welfare/programmes/{id}/signature-list.docx': doc('signature-list.docx'),
  'GET /api/welfare/programmes/{id}/signature-list.pdf': doc('signature-list.pdf'),
  'GET /api/welfare/programmes/{id}/summary.xlsx': doc('summary.xlsx'),
};
