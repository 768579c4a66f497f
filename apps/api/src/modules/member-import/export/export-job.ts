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
import type { JobHandler } from '../../jobs';
import { memberFilter, memberOrderBy } from '../../members';
import { summaryFrom } from '../../members';
import { mask } from '../../members';
import { exportToFile } from '../../../kit/spreadsheet/export-file';
import type { XlsxColumn } from '../../../kit/spreadsheet/xlsx-writer';

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
  // The title first: nothing else is asked while the export's snapshot is open.
  const title = {
    unit: await titleUnit(io, filter.unit, actor.grants[0]?.unitName ?? 'Công Đoàn Số'),
    title: 'DANH SÁCH ĐOÀN VIÊN',
    date: io.ctx.now(),
  };
  const { rows: count, fileKey } = await exportToFile<ExportRow>(
    { pool: io.ctx.pool, files: io.files, progress: io.progress },
    {
      format,
      sheet: 'Đoàn viên',
      columns,
      title,
      count: { sql: `SELECT count(*)::int AS n FROM ${summaryFrom} WHERE ${whereSql}`, params: params.slice(0, -1) },
      select: {
        sql: `SELECT p.full_name, p.family_name, p.middle_name, p.given_name, p.gender,
                     ${sqlPartialDate('p.birth_date', 'p.birth_date_precision')} AS birth, p.cccd,
                     p.old_id_number AS old_id, p.phone, p.email, p.ethnicity, p.occupation,
                     p.employer, p.member_status AS status, m.admitted_on::text AS admitted,
                     m.card_number AS card, u.code AS unit_code, u.name AS unit_name,
                     u.path <@ ${personalParam}::ltree[] AS personal
                FROM ${summaryFrom} WHERE ${whereSql} ORDER BY ${memberOrderBy[filter.sort]}`,
        params,
      },
      cells: toCells,
    },
  );
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
