import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  exportPersonColumns,
  formatPartialDateVN,
  memberListQuery,
  personColumnLabel,
  todayVN,
  type PersonColumn,
} from '@congdoan/domain';
import { requireActor } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { sqlPartialDate } from '../../../kit/dates';
import { newFileKey } from '../../../storage/file-store';
import type { JobHandler } from '../../jobs';
import { memberFilter, memberOrderBy } from '../../members';
import { summaryFrom } from '../../members';
import { mask } from '../../members';
import { CSV_BOM, csvRecord } from '../../../kit/spreadsheet/csv-writer';
import { XlsxBook, type XlsxColumn, type XlsxTitle } from '../../../kit/spreadsheet/xlsx-writer';

const FETCH = 5_000;

// One list of columns for both formats: the .xlsx types them, the CSV writes ISO dates and plain text. The person's
// columns are named once (domain personColumns); status and the grassroots union follow.
const kinds: Partial<Record<PersonColumn, Omit<XlsxColumn, 'header'>>> = {
  birthDate: { kind: 'date' },
  employer: { maxWidth: 40 },
};
const columns: XlsxColumn[] = [
  ...exportPersonColumns.map((c) => ({ header: personColumnLabel(c), ...kinds[c] })),
  { header: 'Trạng thái' },
  { header: personColumnLabel('admittedOn'), kind: 'date' },
  { header: personColumnLabel('cardNumber') },
  { header: 'Mã công đoàn cơ sở' },
  { header: 'Công đoàn cơ sở', maxWidth: 40 },
];
const statusVi: Record<string, string> = {
  active: 'Đang sinh hoạt',
  in_transit: 'Đang chuyển',
  transferred_out: 'Đã chuyển đi',
  left: 'Đã ra khỏi tổ chức',
  removed: 'Bị xóa tên',
  deceased: 'Đã mất',
};

type ExportRow = {
  full_name: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  gender: string | null;
  birth: string | null;
  cccd: string | null;
  old_id: string | null;
  phone: string | null;
  email: string | null;
  ethnicity: string | null;
  occupation: string | null;
  employer: string | null;
  status: string | null;
  admitted: string | null;
  card: string | null;
  unit_code: string | null;
  unit_name: string | null;
  personal: boolean;
};

/** Dates stay ISO (yyyy-mm-dd): the .xlsx turns them into date cells, the CSV keeps them for systems. */
function toCells(r: ExportRow): (string | null)[] {
  const hide = (v: string | null) => (r.personal ? v : mask(v));
  return [
    r.full_name,
    r.family_name,
    r.middle_name,
    r.given_name,
    r.gender === 'male' ? 'Nam' : r.gender === 'female' ? 'Nữ' : null,
    // as precise as it was given: a full date is a date cell; "1992" or "03/1990" stays text (reads back the same)
    r.birth && r.birth.length < 10 ? formatPartialDateVN(r.birth) : r.birth,
    hide(r.cccd),
    hide(r.old_id),
    hide(r.phone),
    hide(r.email),
    r.ethnicity,
    r.occupation,
    r.employer,
    r.status ? (statusVi[r.status] ?? r.status) : null,
    r.admitted,
    r.card,
    r.unit_code,
    r.unit_name,
  ];
}

/** A sink for rows: the kit's .xlsx writer (for people), or CSV (for systems). */
function openSink(file: string, format: 'xlsx' | 'csv', title: XlsxTitle) {
  if (format === 'csv') {
    const out = fs.createWriteStream(file);
    out.write(CSV_BOM + csvRecord(columns.map((c) => c.header)));
    return {
      add: (cells: (string | null)[]) => out.write(csvRecord(cells)),
      close: () => new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve()))),
      drained: () =>
        out.writableNeedDrain ? new Promise<void>((r) => out.once('drain', () => r())) : Promise.resolve(),
    };
  }
  const book = new XlsxBook(file);
  const sheet = book.sheet('Đoàn viên', columns, { title });
  return {
    add: (cells: (string | null)[]) => sheet.add(cells),
    close: async () => {
      await book.finish();
    },
    drained: () => Promise.resolve(),
  };
}

/** The unit named on the printout: the filtered unit, or the actor's own. */
async function titleUnit(io: Parameters<JobHandler>[1], unit: number | undefined, fallback: string): Promise<string> {
  if (!unit) return fallback;
  const { rows } = await io.ctx.pool.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [unit]);
  return rows[0]?.name ?? fallback;
}

/** Declared with its kind in module.ts. */
export const exportMembersJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const format = job.input.format === 'csv' ? 'csv' : 'xlsx';
  const filter = memberListQuery.parse({ ...(job.input.filter as object), page: 1, pageSize: 1 });
  const { whereSql, params, personal } = memberFilter(actor, filter);
  params.push(personal);
  const personalParam = `$${params.length}`;
  const tmp = path.join(os.tmpdir(), `congdoan-export-${randomUUID()}.${format}`);
  const client = await io.ctx.pool.connect();
  let count = 0;
  try {
    // A cursor in a read-only snapshot: every row of the same moment, a batch at a time.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const total = (
      await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${summaryFrom} WHERE ${whereSql}`,
        params.slice(0, -1),
      )
    ).rows[0]!.n;
    await io.progress(0, total);
    await client.query(
      `DECLARE export_cursor NO SCROLL CURSOR FOR
       SELECT p.full_name, p.family_name, p.middle_name, p.given_name, p.gender,
              ${sqlPartialDate('p.birth_date', 'p.birth_date_precision')} AS birth, p.cccd, p.old_id_number AS old_id,
              p.phone, p.email, p.ethnicity, p.occupation,
              p.employer, p.member_status AS status, m.admitted_on::text AS admitted,
              m.card_number AS card, u.code AS unit_code, u.name AS unit_name,
              u.path <@ ${personalParam}::ltree[] AS personal
         FROM ${summaryFrom} WHERE ${whereSql} ORDER BY ${memberOrderBy[filter.sort]}`,
      params,
    );
    const title = {
      unit: await titleUnit(io, filter.unit, actor.grants[0]?.unitName ?? 'Công Đoàn Số'),
      title: 'DANH SÁCH ĐOÀN VIÊN',
      date: io.ctx.now(),
    };
    const sink = openSink(tmp, format, title);
    for (;;) {
      const { rows } = await client.query<ExportRow>(`FETCH ${FETCH} FROM export_cursor`);
      for (const r of rows) sink.add(toCells(r));
      count += rows.length;
      await sink.drained();
      await io.progress(count, total);
      if (rows.length < FETCH) break;
    }
    await sink.close();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await fs.promises.rm(tmp, { force: true });
    throw error;
  } finally {
    client.release();
  }
  const fileKey = newFileKey('exports', format);
  try {
    await io.files.put(fileKey, fs.createReadStream(tmp));
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
  const { page: _p, pageSize: _s, ...usedFilter } = filter;
  await io.ctx.tx('member.export', (tx) =>
    auditEvent(tx, {
      action: 'member.export',
      entityType: 'jobs',
      entityId: job.id,
      data: { format, filter: usedFilter, rows: count },
    }),
  );
  const date = todayVN(io.ctx.now());
  return { rows: count, fileKey, fileName: `doan-vien-${date}.${format}` };
};
// The file holds CCCDs and phones (masked only when its owner lacked personal_data.read).
