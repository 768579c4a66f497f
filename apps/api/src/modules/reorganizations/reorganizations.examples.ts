import { MultipartBody } from '../../testing/multipart';
import { uploadRefusals } from '../../testing/multipart';
import type { RouteExample } from '../../testing/route-examples';
import { unitId, type TestApp } from '../../testing/test-app';
import { scratchUnit } from '../../testing/quang-tri';

// Example calls of this module's routes for the authorization and audit-coverage tests (testing/route-examples.ts).

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

export const examples: Record<string, RouteExample> = {
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
  'POST /api/bulk-reorganizations': {
    as: 'qt.quantri',
    upload: true,
    others: uploadRefusals,
    build: async (t) => {
      const code = (
        await t.db.pool.query<{ code: string }>('SELECT code FROM org_units WHERE id = $1', [await scratchUnit(t)])
      ).rows[0]!.code;
      return {
        url: `/api/bulk-reorganizations?unitId=${await unitId(t, 'LDLD-44')}&effectiveOn=2026-01-01`,
        body: new MultipartBody({
          name: 'sap-xep.csv',
          content: Buffer.from(`ma_don_vi,ma_cap_tren_moi\n${code},CDX-19351\n`),
        }),
      };
    },
  },
  'GET /api/bulk-reorganizations/proposal': {
    as: 'qt.quantri',
    build: async (t) => ({ url: `/api/bulk-reorganizations/proposal?unitId=${await unitId(t, 'LDLD-44')}` }),
  },
  'GET /api/bulk-reorganizations/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/bulk-reorganizations/${await quangTriBulk(t)}` }),
  },
  'POST /api/bulk-reorganizations/{id}/apply': {
    as: 'qt.quantri',
    build: async (t) => ({ url: `/api/bulk-reorganizations/${await quangTriBulk(t)}/apply`, body: {} }),
  },
};
