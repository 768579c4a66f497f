import type pg from 'pg';
import type { MemberSummary } from '@congdoan/domain';
import { pathInScope } from '../../context/actor';
import { sqlPartialDate } from '../../kit/dates';

type Db = pg.Pool | pg.PoolClient;

/** Columns of a member summary: persons `p`, its unit `u`, its latest membership `m`. */
export const summaryColumns = `
  p.id::int AS id, m.id::int AS "membershipId", p.full_name AS "fullName", p.family_name AS "familyName",
  p.middle_name AS "middleName", p.given_name AS "givenName", p.gender, ${sqlPartialDate('p.birth_date', 'p.birth_date_precision')} AS "birthDate",
  p.cccd, p.old_id_number AS "oldIdNumber", p.phone, p.member_status AS status, to_char(m.admitted_on, 'YYYY-MM-DD') AS "admittedOn",
  m.card_number AS "cardNumber",
  CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'code', u.code, 'name', u.name) END AS unit,
  u.path::text AS "unitPath"`;

export const summaryFrom = `persons p LEFT JOIN org_units u ON u.id = p.unit_id LEFT JOIN memberships m ON m.id = p.membership_id`;

export type SummaryRow = MemberSummary & { unitPath: string | null };

/** "*********345": the last three characters only. */
export function mask(value: string | null): string | null {
  if (!value) return value;
  return '*'.repeat(Math.max(value.length - 3, 3)) + value.slice(-3);
}

/** Strip the unit path and mask personal fields where the actor lacks personal_data.read. */
export function present(row: SummaryRow, personalScopes: string[]): MemberSummary {
  const { unitPath, ...summary } = row;
  if (unitPath && pathInScope(unitPath, personalScopes)) return summary;
  return { ...summary, cccd: mask(summary.cccd), oldIdNumber: mask(summary.oldIdNumber), phone: mask(summary.phone) };
}

export async function selectSummaries(
  db: Db,
  where: string,
  params: unknown[],
  tail = '',
  personalScopes: string[] = [],
): Promise<MemberSummary[]> {
  const { rows } = await db.query<SummaryRow>(
    `SELECT ${summaryColumns} FROM ${summaryFrom} WHERE ${where} ${tail}`,
    params,
  );
  return rows.map((r) => present(r, personalScopes));
}
