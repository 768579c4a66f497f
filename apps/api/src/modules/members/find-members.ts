import { foldVietnamese, normalisePhone, Permission, type MemberListQuery, type MemberSummary } from '@congdoan/domain';
import { scopeFor, type Actor } from '../../http/actor';
import { requireActor, type Ctx } from '../../http/context';
import { present, summaryColumns, summaryFrom, type SummaryRow } from './member-select';

export const memberOrderBy: Record<MemberListQuery['sort'], string> = {
  name: 'p.sort_key, p.id',
  '-name': 'p.sort_key DESC, p.id DESC',
  admittedOn: 'm.admitted_on, p.id',
  '-admittedOn': 'm.admitted_on DESC NULLS LAST, p.id DESC',
  birthDate: 'p.birth_date NULLS LAST, p.id',
  '-birthDate': 'p.birth_date DESC NULLS LAST, p.id DESC',
};

/**
 * The WHERE clause of the member list for `query` within the actor's member.read scope, over persons `p`
 * and (when `needsMembership`) memberships `m`; the list and the export share it. The scope is a list of
 * unit ids, so PostgreSQL counts and pages with index-only scans.
 */
export function memberFilter(
  actor: Actor,
  query: Omit<MemberListQuery, 'page' | 'pageSize'>,
): { whereSql: string; params: unknown[]; personal: string[]; needsMembership: boolean } {
  const personal = scopeFor(actor, Permission.PersonalDataRead);
  const params: unknown[] = [scopeFor(actor, Permission.MemberRead)];
  const add = (value: unknown) => `$${params.push(value)}`;
  const unitWhere = ['path <@ $1::ltree[]'];
  if (query.unit) unitWhere.push(`path <@ (SELECT path FROM org_units WHERE id = ${add(query.unit)})`);
  if (query.sector) unitWhere.push(`subkind = ${add(query.sector)}`);
  const where = [
    `p.unit_id = ANY(ARRAY(SELECT id FROM org_units WHERE ${unitWhere.join(' AND ')}))`,
    'p.merged_into_id IS NULL',
  ];
  if (query.status !== 'all') where.push(`p.member_status = ${add(query.status)}`);
  if (query.gender) where.push(`p.gender = ${add(query.gender)}`);
  if (query.ageFrom !== undefined)
    where.push(`p.birth_date <= current_date - make_interval(years => ${add(query.ageFrom)}::int)`);
  if (query.ageTo !== undefined)
    where.push(`p.birth_date > current_date - make_interval(years => ${add(query.ageTo + 1)}::int)`);
  let needsMembership = query.sort.endsWith('admittedOn');
  if (query.admittedYear) {
    needsMembership = true;
    where.push(`m.admitted_on >= make_date(${add(query.admittedYear)}::int, 1, 1)
                AND m.admitted_on < make_date(${add(query.admittedYear + 1)}::int, 1, 1)`);
  }
  if (query.card) {
    needsMembership = true;
    where.push(query.card === 'issued' ? 'm.card_number IS NOT NULL' : 'm.card_number IS NULL');
  }
  const q = query.q?.normalize('NFC').trim();
  if (q) {
    // Each branch uses its own index; the union of ids is then joined (a short semi-join).
    const folded = foldVietnamese(q).replace(/\s+/g, ' ');
    const branches = [
      `SELECT id FROM persons WHERE immutable_unaccent(lower(full_name)) LIKE ${add(`%${folded.replace(/[%_\\]/g, '\\$&')}%`)}`,
      `SELECT m.person_id FROM member_cards c JOIN memberships m ON m.id = c.membership_id WHERE c.card_number = ${add(q.toUpperCase())}`,
    ];
    const digits = q.replace(/[\s.-]/g, '');
    if (/^\d{9,12}$/.test(digits) && personal.length > 0) {
      branches.push(`SELECT id FROM persons WHERE cccd = ${add(digits.padStart(12, '0'))}`);
      const phone = normalisePhone(digits)?.value;
      if (phone) branches.push(`SELECT id FROM persons WHERE phone = ${add(phone)}`);
    }
    where.push(`p.id IN (${branches.join(' UNION ')})`);
  }
  return { whereSql: where.join(' AND '), params, personal, needsMembership };
}

/**
 * Members whose current unit lies in the actor's member.read scope, filtered, sorted and paged on
 * the server. One search box: name without diacritics (trigram index), or exact CCCD, phone or card.
 */
export async function findMembers(
  ctx: Ctx,
  query: MemberListQuery,
): Promise<{ items: MemberSummary[]; total: number }> {
  const actor = requireActor(ctx);
  const { whereSql, params, personal, needsMembership } = memberFilter(actor, query);
  const add = (value: unknown) => `$${params.push(value)}`;
  const from = needsMembership ? 'persons p JOIN memberships m ON m.id = p.membership_id' : 'persons p';
  const countSql = `SELECT count(*)::int AS total FROM ${from} WHERE ${whereSql}`;
  const limit = add(query.pageSize);
  const offset = add((query.page - 1) * query.pageSize);
  // Pick the page's ids first (narrow rows, index-only where possible), then fetch their columns. The count
  // rides along as an uncorrelated subquery (computed once), so a page is one round trip; only an empty
  // page needs the count on its own.
  const orderBy = memberOrderBy[query.sort];
  // Not a named statement: after five runs PostgreSQL may keep a generic plan, which ignores the scope's
  // and the search's actual values; at 200,000 members that made page 1,000 157 → 428 ms (bench/RESULTS.md).
  const { rows } = await ctx.pool.query<SummaryRow & { total: number }>(
    `SELECT ${summaryColumns}, (${countSql}) AS total FROM ${summaryFrom}
      WHERE p.id IN (SELECT p.id FROM ${from} WHERE ${whereSql} ORDER BY ${orderBy} LIMIT ${limit} OFFSET ${offset})
      ORDER BY ${orderBy}`,
    params,
  );
  if (rows.length === 0) {
    const count = await ctx.pool.query<{ total: number }>(countSql, params.slice(0, -2));
    return { items: [], total: count.rows[0]?.total ?? 0 };
  }
  const items = rows.map(({ total: _total, ...row }) => present(row, personal));
  return { items, total: rows[0]!.total };
}
