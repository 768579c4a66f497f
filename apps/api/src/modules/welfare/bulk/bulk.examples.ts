import type { RouteExample } from '../../../testing/route-examples';
import { unitId, type TestApp } from '../../../testing/test-app';
import { MultipartBody, uploadRefusals } from '../../../testing/multipart';
import { qtProgramme } from '../welfare.fixtures';

// Route examples of bulk nomination (welfare.examples.ts spreads them in).

let n = 0;

/** A checked nomination list of LĐLĐ Quảng Trị with one valid staged row (a non-member). */
async function qtNominationList(t: TestApp): Promise<number> {
  const programmeId = await qtProgramme(t);
  const key = `test/2026-11/de-nghi-${++n}.csv`;
  await t.app.deps.files.put(key, Buffer.from('Họ và tên;Số CCCD;Lý do đề nghị\nNgô Thị Thử;045190006666;Ốm đau\n'));
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO member_imports (unit_id, created_by, file_key, file_name, file_kind, status, sheets, header_row,
                                 data_start, headers, fields, stats, purpose, programme_id)
     SELECT (SELECT id FROM org_units WHERE code = 'LDLD-44'), id, $1, 'de-nghi.csv', 'csv', 'checked',
            '[{"index":0,"name":"de-nghi","hidden":false}]', 1, 2, '["Họ và tên","Số CCCD","Lý do đề nghị"]',
            '["fullName","cccd","reason"]',
            '{"total":1,"valid":1,"withErrors":0,"withWarnings":0,"matched":0,"toCreate":1,"toUpdate":0,"toSkip":0}',
            'welfare_nominations', $2
       FROM app_users WHERE username = 'qt.canbo' RETURNING id`,
    [key, programmeId],
  );
  const id = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO member_import_rows (import_id, row_no, raw, family_name, middle_name, given_name, full_name, sort_key,
                                     cccd, reason)
     VALUES ($1, 2, '["Ngô Thị Thử","045190006666","Ốm đau"]', 'Ngô', 'Thị', 'Thử', 'Ngô Thị Thử', 'thu',
             '045190006666', 'Ốm đau')`,
    [id],
  );
  return id;
}

const writeOthers = { 'qt.xem': 'refused', kiemtra: 'refused' } as const;

export const bulkExamples: Record<string, RouteExample> = {
  'POST /api/welfare/programmes/{id}/imports': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/welfare/programmes/${await qtProgramme(t)}/imports?unitId=${await unitId(t, 'LDLD-44')}`,
      body: new MultipartBody({
        name: 'de-nghi.csv',
        content: Buffer.from('Họ và tên;Số CCCD;Lý do đề nghị\nNgô Thị Thử;045190006666;Ốm đau\n'),
      }),
    }),
  },
  'POST /api/welfare/imports/{id}/check': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({
      url: `/api/welfare/imports/${await qtNominationList(t)}/check`,
      body: { sheetIndex: 0, headerRow: 1, fields: ['fullName', 'cccd', 'reason'] },
    }),
  },
  'POST /api/welfare/imports/{id}/commit': {
    as: 'qt.canbo',
    others: writeOthers,
    build: async (t) => ({ url: `/api/welfare/imports/${await qtNominationList(t)}/commit` }),
  },
};
