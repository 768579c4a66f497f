import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runNextJob } from '../../jobs/job-runner';
import { xlsxSheets } from '../../../testing/xlsx-read-back';
import { unitId, useTestApp, type Session } from '../../../testing/test-app';
import { membersOf, qtProgramme } from '../welfare.fixtures';

// Bulk nomination from a real .xlsx (written with exceljs, as an office would send it): the member import's
// upload, mapping and preview, then the welfare checks on every row, all or nothing.
const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

type Person = { id: number; fullName: string; cccd: string | null; phone: string | null; birth: string };

async function people(ids: number[]): Promise<Person[]> {
  const { rows } = await t.db.pool.query<Person>(
    `SELECT id, full_name AS "fullName", cccd, phone, to_char(birth_date, 'DD/MM/YYYY') AS birth
       FROM persons WHERE id = ANY($1) ORDER BY id`,
    [ids],
  );
  return rows;
}

/** Members of Quảng Trị with a CCCD, a phone and a full birth date (every matching key available). */
async function qtMembers(n: number): Promise<Person[]> {
  const ids = await membersOf(t, 'LDLD-44', 200);
  const all = await people(ids);
  const { rows } = await t.db.pool.query<{ id: number }>(
    `SELECT id FROM persons WHERE id = ANY($1) AND cccd IS NOT NULL AND phone IS NOT NULL
        AND birth_date_precision = 'day' ORDER BY id`,
    [ids],
  );
  const ok = new Set(rows.map((r) => r.id));
  return all.filter((p) => ok.has(p.id)).slice(0, n);
}

const header = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Số điện thoại',
  'Lý do đề nghị',
  'Diện hoàn cảnh',
  'Số tiền',
];

async function xlsx(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đề nghị');
  ws.addRow(['DANH SÁCH ĐỀ NGHỊ HỖ TRỢ QUÀ TẾT']);
  ws.addRow([]);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const nominationCount = async (programmeId: number) =>
  (
    await t.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM welfare_nominations WHERE programme_id = $1', [
      programmeId,
    ])
  ).rows[0]!.n;

/** Upload → check with the proposed columns → run the check job; returns the checked list. */
async function uploadAndCheck(s: Session, programmeId: number, unit: number, rows: unknown[][]) {
  const up = await s.request('POST', `/api/welfare/programmes/${programmeId}/imports?unitId=${unit}`, {
    fileName: 'de-nghi.xlsx',
    contentBase64: await xlsx(rows),
  });
  expect(up.statusCode, up.body).toBe(200);
  const list = up.json();
  expect(list).toMatchObject({ purpose: 'welfare_nominations', programmeId, headerRow: 3, status: 'uploaded' });
  expect(list.fields).toEqual([
    null,
    'fullName',
    'birthDate',
    'cccd',
    'phone',
    'reason',
    'hardshipCategory',
    'amountVnd',
  ]);
  const check = await s.request('POST', `/api/welfare/imports/${list.id}/check`, {
    sheetIndex: 0,
    headerRow: 3,
    fields: list.fields,
  });
  expect(check.statusCode, check.body).toBe(200);
  expect(await run()).toBe(true);
  const checked = (await s.request('GET', `/api/imports/${list.id}`)).json();
  expect(checked.status).toBe('checked');
  const rowList = (await s.request('GET', `/api/imports/${list.id}/rows?pageSize=50`)).json();
  const row = (n: number) => rowList.items.find((r: { rowNo: number }) => r.rowNo === n);
  return { list: checked, row };
}

describe('bulk nomination from a spreadsheet', () => {
  it('matches by CCCD, by phone and name, by name and birth date; an unknown person becomes a non-member; commit writes all', async () => {
    const s = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const programmeId = await qtProgramme(t);
    const [a, b, c] = await qtMembers(3);
    const { list, row } = await uploadAndCheck(s, programmeId, province, [
      [1, a!.fullName, '', a!.cccd, '', 'Vợ ốm dài ngày', 'om dau', '600.000'],
      // no CCCD: the phone and the same name find the member
      [2, b!.fullName, '', '', b!.phone, 'Con nhỏ, thu nhập thấp', 'Hoàn cảnh khó khăn', ''],
      // only the name (other accents' spelling is the same folded) and the birth date
      [3, c!.fullName.toUpperCase(), c!.birth, '', '', 'Nhà bị sập do bão', '', 500000],
      [4, 'Ngô Thị Ngoài', '02/02/1988', '045188009999', '0911222333', 'Lao động tự do, mẹ đơn thân', '', ''],
    ]);
    expect(list.stats).toMatchObject({ total: 4, withErrors: 0, matched: 3, toCreate: 4 });
    expect(row(4).match).toMatchObject({ personId: a!.id, kind: 'cccd' });
    expect(row(5).match).toMatchObject({ personId: b!.id, kind: 'phone' });
    expect(row(6).match).toMatchObject({ personId: c!.id, kind: 'probable' });
    expect(row(7).match).toBeNull();
    expect(row(4)).toMatchObject({ reason: 'Vợ ốm dài ngày', hardshipCategory: 'Ốm đau', amountVnd: 600000 });
    // The check is a dry run: nothing written yet.
    expect(await nominationCount(programmeId)).toBe(0);

    const commit = await s.request('POST', `/api/welfare/imports/${list.id}/commit`);
    expect(commit.statusCode, commit.body).toBe(200);
    expect(await run()).toBe(true);
    const done = (await s.request('GET', `/api/imports/${list.id}`)).json();
    expect(done.status).toBe('committed');
    expect(done.stats).toMatchObject({ created: 4 });
    const { rows: written } = await t.db.pool.query(
      `SELECT person_id AS "personId", full_name AS "fullName", cccd, hardship_category AS category,
              amount_vnd AS amount, status, source
         FROM welfare_nominations WHERE programme_id = $1 ORDER BY id`,
      [programmeId],
    );
    expect(written).toEqual([
      expect.objectContaining({
        personId: a!.id,
        category: 'Ốm đau',
        amount: 600000,
        status: 'draft',
        source: 'import',
      }),
      expect.objectContaining({ personId: b!.id, category: 'Hoàn cảnh khó khăn', amount: 600000 }),
      expect.objectContaining({ personId: c!.id, amount: 500000 }),
      expect.objectContaining({ personId: null, fullName: 'Ngô Thị Ngoài', cccd: '045188009999' }),
    ]);
    // They are in the programme's list like any nomination, and each one left its audit row.
    const listed = (await s.request('GET', `/api/welfare/programmes/${programmeId}/nominations`)).json();
    expect(listed.items).toHaveLength(4);
    const { rows: audit } = await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'welfare_nominations' AND action = 'welfare_nomination_import.commit'`,
    );
    expect(audit[0]!.n).toBe(4);
    // The result file: every row with what became of it.
    const file = await s.request('GET', `/api/jobs/${done.commitJobId}/file`);
    expect(file.statusCode).toBe(200);
    const sheet = [...(await xlsxSheets(file.rawPayload)).values()][0]!;
    expect(sheet.slice(1).map((r) => r[r.length - 4])).toEqual(Array(4).fill('Đã tạo đề nghị hỗ trợ (nháp)'));
  });

  it('refuses a file with the same CCCD twice, naming the rows, and writes nothing', async () => {
    const s = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const programmeId = await qtProgramme(t);
    const [a] = await qtMembers(1);
    const { list, row } = await uploadAndCheck(s, programmeId, province, [
      [1, a!.fullName, '', a!.cccd, '', 'Ốm đau', '', ''],
      [2, 'Người Ngoài Một', '01/01/1990', '045190007777', '', 'Khó khăn', '', ''],
      [3, 'Người Ngoài Hai', '01/01/1991', a!.cccd, '', 'Khó khăn', '', ''],
      [4, 'Người Ngoài Ba', '01/01/1992', '045190007777', '', 'Khó khăn', '', ''],
    ]);
    expect(list.stats).toMatchObject({ total: 4, withErrors: 2 });
    expect(row(6).errors).toEqual([{ code: 'duplicate_in_file', field: 'cccd', from: '4' }]);
    expect(row(7).errors).toEqual([{ code: 'duplicate_in_file', field: 'cccd', from: '5' }]);
    const commit = await s.request('POST', `/api/welfare/imports/${list.id}/commit`);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().error.code).toBe('WELFARE_IMPORT_DUPLICATE_CCCD');
    expect(commit.json().error.message).toContain('dòng 6 trùng dòng 4, dòng 7 trùng dòng 5');
    expect(await nominationCount(programmeId)).toBe(0);
    expect((await s.request('GET', `/api/imports/${list.id}`)).json().status).toBe('checked');
    // The error file names the reason beside each failing row.
    const file = await s.request('GET', `/api/jobs/${list.previewJobId}/file`);
    const sheet = [...(await xlsxSheets(file.rawPayload)).values()][0]!;
    expect(sheet.slice(1).map((r) => [r[0], r[r.length - 1]])).toEqual([
      ['6', 'Số CCCD: trùng với dòng 4 trong tệp'],
      ['7', 'Số CCCD: trùng với dòng 5 trong tệp'],
    ]);
  });

  it('applies quota, eligibility and members-only to every row; all or nothing, also when the quota moves after the check', async () => {
    const s = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const programmeId = await qtProgramme(t, { count: 2 });
    await t.db.pool.query('UPDATE welfare_programmes SET non_members_allowed = false WHERE id = $1', [programmeId]);
    const [a, b, c, d] = await qtMembers(4);
    const { list, row } = await uploadAndCheck(s, programmeId, province, [
      [1, a!.fullName, '', a!.cccd, '', 'Ốm đau', '', ''],
      [2, 'Không Có Trong Sổ', '01/01/1990', '045190008888', '', 'Khó khăn', '', ''],
      [3, b!.fullName, '', b!.cccd, '', 'Ốm đau', '', ''],
      [4, c!.fullName, '', c!.cccd, '', 'Ốm đau', 'Không có diện này', ''],
      [5, d!.fullName, '', d!.cccd, '', 'Ốm đau', '', '-5000'],
      [6, d!.fullName, '', d!.cccd, '', 'Ốm đau', '', '1.5'],
    ]);
    expect(row(5).errors).toEqual([{ code: 'not_in_registry' }]);
    expect(row(7).errors).toEqual([{ code: 'refused', from: 'WELFARE_CATEGORY_INVALID' }]);
    expect(row(8).errors[0]).toMatchObject({ code: 'amount_invalid', field: 'amountVnd' });
    expect(row(9).errors[0]).toMatchObject({ code: 'amount_invalid' });
    expect([row(4).errors, row(6).errors]).toEqual([[], []]);
    const commit = await s.request('POST', `/api/welfare/imports/${list.id}/commit`);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().error.code).toBe('WELFARE_IMPORT_HAS_ERRORS');
    expect(await nominationCount(programmeId)).toBe(0);

    // Over quota: the third valid row has no place left.
    const [e] = (await qtMembers(5)).slice(4);
    const second = await uploadAndCheck(s, programmeId, province, [
      [1, a!.fullName, '', a!.cccd, '', 'Ốm đau', '', ''],
      [2, b!.fullName, '', b!.cccd, '', 'Ốm đau', '', ''],
      [3, e!.fullName, '', e!.cccd, '', 'Ốm đau', '', ''],
    ]);
    expect(second.row(6).errors).toEqual([{ code: 'refused', from: 'WELFARE_OVER_QUOTA' }]);

    // Two rows within the quota pass the check; then an official takes a place before the commit runs.
    const third = await uploadAndCheck(s, programmeId, province, [
      [1, a!.fullName, '', a!.cccd, '', 'Ốm đau', '', ''],
      [2, b!.fullName, '', b!.cccd, '', 'Ốm đau', '', ''],
    ]);
    expect(third.list.stats).toMatchObject({ withErrors: 0, toCreate: 2 });
    const commit3 = await s.request('POST', `/api/welfare/imports/${third.list.id}/commit`);
    expect(commit3.statusCode, commit3.body).toBe(200);
    const single = await s.request('POST', `/api/welfare/programmes/${programmeId}/nominations`, {
      unitId: province,
      personId: e!.id,
      reason: 'Tai nạn lao động',
    });
    expect(single.statusCode, single.body).toBe(200);
    expect(await run()).toBe(true);
    const job = (await t.db.pool.query('SELECT status, error FROM jobs WHERE id = $1', [commit3.json().commitJobId]))
      .rows[0];
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('WELFARE_IMPORT_ROW_REFUSED');
    expect(job.error.message).toContain('Dòng 5: Đơn vị đã đề nghị đủ chỉ tiêu được giao.');
    // Only the official's own nomination: the list's first row was rolled back with the second.
    expect(await nominationCount(programmeId)).toBe(1);
    expect((await s.request('GET', `/api/imports/${third.list.id}`)).json().status).toBe('checked');
  });

  // The list decides every row in a few statements; a single nomination decides one row in ten. Both must
  // give each row the same answer: the reference here is the single use case, row by row in file order.
  it.each(['warn', 'block'] as const)(
    'decides every row as one nomination at a time would, in file order (yearly cap %s)',
    async (mode) => {
      const s = await t.signIn('qt.canbo');
      const province = await unitId(t, 'LDLD-44');
      const programmeId = await qtProgramme(t, { count: 5, capVnd: 1_000_000 });
      const other = await qtProgramme(t, { count: 10 });
      await t.db.pool.query('UPDATE welfare_programmes SET yearly_cap_mode = $2 WHERE id = $1', [programmeId, mode]);
      // People no earlier test nominated (the cap counts every programme of the year), fresh for each mode.
      const [a, b, c, d, f, g, h] = (await qtMembers(30)).slice(mode === 'warn' ? 10 : 20);
      const single = (id: number, body: Record<string, unknown>) =>
        s.request('POST', `/api/welfare/programmes/${id}/nominations`, { unitId: province, reason: 'Ốm đau', ...body });
      // b already nominated here (duplicate); d already received 600,000 this year (cap).
      expect((await single(programmeId, { personId: b!.id })).statusCode).toBe(200);
      expect((await single(other, { personId: d!.id })).statusCode).toBe(200);
      // One person the programme does not cover: not an active member.
      const { rows: left } = await t.db.pool.query<Person>(
        `SELECT pe.id, pe.full_name AS "fullName", pe.cccd FROM persons pe JOIN org_units u ON u.id = pe.unit_id,
                org_units top
          WHERE top.code = 'LDLD-44' AND u.path <@ top.path AND pe.member_status <> 'active' AND pe.cccd IS NOT NULL
            AND pe.merged_into_id IS NULL ORDER BY pe.id LIMIT 1`,
      );
      const e = left[0]!;
      const file: unknown[][] = [
        [1, a!.fullName, '', a!.cccd, '', 'Ốm đau', '', ''],
        [2, b!.fullName, '', b!.cccd, '', 'Ốm đau', '', ''],
        [3, c!.fullName, '', c!.cccd, '', 'Ốm đau', 'Không có diện này', ''],
        [4, d!.fullName, '', d!.cccd, '', 'Ốm đau', '', ''],
        [5, e.fullName, '', e.cccd, '', 'Ốm đau', '', ''],
        [6, 'Ngô Thị Ngoài', '02/02/1988', mode === 'warn' ? '045188007701' : '045188007702', '', 'Khó khăn', '', ''],
        [7, f!.fullName, '', f!.cccd, '', 'Ốm đau', '', '2000000'],
        [8, g!.fullName, '', g!.cccd, '', 'Ốm đau', '', ''],
        [9, h!.fullName, '', h!.cccd, '', 'Ốm đau', '', ''],
      ];
      const { list, row } = await uploadAndCheck(s, programmeId, province, file);
      const fromList = file.map((_, i) => {
        const r = row(i + 4);
        return r.errors[0]?.from ?? r.errors[0]?.code ?? (r.warnings.length > 0 ? 'warning' : 'ok');
      });
      // The reference: the same rows through the single nomination, one after another (the check wrote nothing).
      const fromSingles: string[] = [];
      for (const [i, r] of file.entries()) {
        const personId = row(i + 4).match?.personId as number | undefined;
        const res = await single(programmeId, {
          ...(personId ? { personId } : { fullName: r[1], cccd: r[3] }),
          reason: r[5],
          ...(r[6] ? { hardshipCategory: r[6] } : {}),
          ...(r[7] ? { amountVnd: Number(r[7]) } : {}),
        });
        fromSingles.push(res.statusCode === 200 ? (res.json().capWarning ? 'warning' : 'ok') : res.json().error.code);
      }
      expect(fromList).toEqual(fromSingles);
      // And the answers are the ones this file was written to provoke.
      expect(fromList).toEqual([
        'ok',
        'WELFARE_DUPLICATE',
        'WELFARE_CATEGORY_INVALID',
        mode === 'warn' ? 'warning' : 'WELFARE_CAP_EXCEEDED',
        'WELFARE_NOT_ELIGIBLE',
        'ok',
        mode === 'warn' ? 'warning' : 'WELFARE_CAP_EXCEEDED',
        // five places, one taken by b: the warned rows take places, the blocked ones leave them to later rows
        mode === 'warn' ? 'WELFARE_OVER_QUOTA' : 'ok',
        mode === 'warn' ? 'WELFARE_OVER_QUOTA' : 'ok',
      ]);
      expect(list.stats.toCreate).toBe(fromList.filter((o) => o === 'ok' || o === 'warning').length);
    },
  );

  it('keeps member lists and nomination lists apart, and refuses an upload outside the nomination period', async () => {
    const s = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const programmeId = await qtProgramme(t);
    const up = await s.request('POST', `/api/welfare/programmes/${programmeId}/imports?unitId=${province}`, {
      fileName: 'de-nghi.xlsx',
      contentBase64: await xlsx([[1, 'Ngô Thị Ngoài', '02/02/1988', '045188009999', '', 'Khó khăn', '', '']]),
    });
    const id = up.json().id;
    const asMembers = await s.request('POST', `/api/imports/${id}/check`, { sheetIndex: 0, headerRow: 3, fields: [] });
    expect(asMembers.statusCode).toBe(404);
    const members = await s.request('POST', `/api/imports?unitId=${await unitId(t, 'QT-0001')}`, {
      fileName: 'ds.xlsx',
      contentBase64: await xlsx([[1, 'Ngô Thị Ngoài', '02/02/1988', '045188009999', '', 'Khó khăn', '', '']]),
    });
    expect(members.statusCode, members.body).toBe(200);
    // A member list proposes no nomination column, and the welfare routes do not take it.
    expect(members.json().fields).toEqual([null, 'fullName', 'birthDate', 'cccd', 'phone', null, null, null]);
    const asNominations = await s.request('POST', `/api/welfare/imports/${members.json().id}/commit`);
    expect(asNominations.statusCode).toBe(404);

    await t.db.pool.query(
      `UPDATE welfare_programmes SET nomination_from = '2020-01-01', nomination_to = '2020-01-31' WHERE id = $1`,
      [programmeId],
    );
    const late = await s.request('POST', `/api/welfare/programmes/${programmeId}/imports?unitId=${province}`, {
      fileName: 'de-nghi.xlsx',
      contentBase64: await xlsx([[1, 'Ngô Thị Ngoài', '02/02/1988', '045188009999', '', 'Khó khăn', '', '']]),
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('WELFARE_OUTSIDE_PERIOD');
  });
});
