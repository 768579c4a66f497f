import type { RouteExample } from '../../../testing/route-examples';
import type { TestApp } from '../../../testing/test-app';
import { MultipartBody, uploadRefusals } from '../../../testing/multipart';
import { qtNomination } from '../welfare.fixtures';

// Route examples of nomination attachments (welfare.examples.ts spreads them in).

let n = 0;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** A draft nomination of LĐLĐ Quảng Trị with one attached PDF. */
async function withFile(t: TestApp): Promise<{ id: number; fileId: number }> {
  const { id } = await qtNomination(t, 'draft');
  const key = `test/2026-11/giay-xac-nhan-${++n}.pdf`;
  await t.app.deps.files.put(key, pdf);
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_nomination_files (nomination_id, file_key, file_name, file_kind, size_bytes)
     VALUES ($1, $2, 'giay-xac-nhan-hoan-canh.pdf', 'pdf', $3) RETURNING id`,
    [id, key, pdf.length],
  );
  return { id, fileId: rows[0]!.id };
}

// The files are hardship evidence: personal data, so a viewer is refused and the auditor may read.
const readOthers = { 'qt.xem': 'refused', kiemtra: 'allowed' } as const;
const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;

export const attachmentExamples: Record<string, RouteExample> = {
  'POST /api/welfare/nominations/{id}/files': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/welfare/nominations/${(await qtNomination(t, 'draft')).id}/files`,
      body: new MultipartBody({ name: 'giay-xac-nhan.pdf', content: pdf }),
    }),
  },
  'GET /api/welfare/nominations/{id}/files': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => ({ url: `/api/welfare/nominations/${(await withFile(t)).id}/files` }),
  },
  'GET /api/welfare/nominations/{id}/files/{fileId}': {
    as: 'qt.canbo',
    others: readOthers,
    build: async (t) => {
      const f = await withFile(t);
      return { url: `/api/welfare/nominations/${f.id}/files/${f.fileId}` };
    },
  },
  'DELETE /api/welfare/nominations/{id}/files/{fileId}': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => {
      const f = await withFile(t);
      return { url: `/api/welfare/nominations/${f.id}/files/${f.fileId}` };
    },
  },
};
