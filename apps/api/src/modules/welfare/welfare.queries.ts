// SQL shared by the welfare use cases.
import { AppError } from '@congdoan/domain';
import type { Tx } from '../../db/tx';

type Q = Pick<Tx, 'query'>;

/** Whole VND, not negative: the one check behind WELFARE_AMOUNT_INVALID. */
export function assertVnd(...amounts: (number | null | undefined)[]): void {
  for (const a of amounts) {
    if (a == null) continue;
    if (!Number.isSafeInteger(a) || a < 0) throw new AppError('WELFARE_AMOUNT_INVALID', { amount: a });
  }
}

/** Whole numbers of places, not negative and within reason: the check behind WELFARE_COUNT_INVALID. */
export function assertCount(...counts: number[]): void {
  for (const c of counts) {
    if (!Number.isInteger(c) || c < 0 || c > 10_000_000) throw new AppError('WELFARE_COUNT_INVALID', { count: c });
  }
}

/**
 * A programme is visible to its owner's subtree and to units it gave a quota to (their officials nominate).
 * `$1` is the actor's scopes.
 */
export const visibleProgramme = `(ou.path <@ $1::ltree[] OR EXISTS (SELECT 1 FROM welfare_quotas vq
  JOIN org_units vu ON vu.id = vq.unit_id WHERE vq.programme_id = p.id AND vu.path <@ $1::ltree[]))`;

export type ProgrammeRow = {
  id: number;
  unitId: number;
  ownerPath: string;
  kind: string;
  year: number;
  nominationFrom: string;
  nominationTo: string;
  benefitVnd: number;
  eligibleStatuses: string[];
  eligiblePath: string;
  hardshipCategories: string[];
  nonMembersAllowed: boolean;
  yearlyCapVnd: number | null;
  yearlyCapMode: 'warn' | 'block';
};

/** The programme if visible in `scopes` (locked FOR UPDATE when asked), else WELFARE_PROGRAMME_NOT_FOUND. */
export async function programmeFor(tx: Q, id: number, scopes: string[], lock = false): Promise<ProgrammeRow> {
  const { rows } = await tx.query<ProgrammeRow>(
    `SELECT p.id, p.unit_id AS "unitId", ou.path::text AS "ownerPath", p.kind, p.year,
            p.nomination_from AS "nominationFrom", p.nomination_to AS "nominationTo", p.benefit_vnd AS "benefitVnd",
            p.eligible_statuses AS "eligibleStatuses", coalesce(eu.path, ou.path)::text AS "eligiblePath",
            p.hardship_categories AS "hardshipCategories", p.non_members_allowed AS "nonMembersAllowed",
            p.yearly_cap_vnd AS "yearlyCapVnd", p.yearly_cap_mode AS "yearlyCapMode"
       FROM welfare_programmes p JOIN org_units ou ON ou.id = p.unit_id
       LEFT JOIN org_units eu ON eu.id = p.eligible_unit_id
      WHERE p.id = $2 AND ${visibleProgramme} ${lock ? 'FOR UPDATE OF p' : ''}`,
    [scopes, id],
  );
  if (!rows[0]) throw new AppError('WELFARE_PROGRAMME_NOT_FOUND', { id });
  return rows[0];
}

/** A unit's path if it lies in `scopes`, else UNIT_NOT_FOUND. */
export async function unitInScope(tx: Q, unitId: number, scopes: string[]): Promise<{ path: string; name: string }> {
  const { rows } = await tx.query<{ path: string; name: string }>(
    'SELECT path::text AS path, name FROM org_units WHERE id = $1 AND path <@ $2::ltree[]',
    [unitId, scopes],
  );
  if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
  return rows[0];
}

/**
 * How many places a unit used itself in a programme: its nominations (refused ones give their place back) and
 * the trip tickets its members hold (a cancelled registration or trip gives them back).
 */
export const nominatedSql = `((SELECT count(*) FROM welfare_nominations n
  WHERE n.programme_id = q.programme_id AND n.unit_id = q.unit_id AND n.status <> 'refused')
  + (SELECT count(*) FROM welfare_trip_tickets k JOIN registrations kr ON kr.id = k.registration_id
  JOIN events ke ON ke.id = kr.event_id WHERE k.quota_id = q.id AND kr.status <> 'cancelled' AND ke.cancelled_at IS NULL))::int`;

/** Active members in a unit's subtree (the weight of the proportional proposal). */
export const activeMembersSql = (unitAlias: string) => `(SELECT count(*) FROM persons pm
  JOIN org_units pu ON pu.id = pm.unit_id
 WHERE pm.member_status = 'active' AND pm.merged_into_id IS NULL AND pu.path <@ ${unitAlias}.path)::int`;

export type NominationState = {
  id: number;
  programmeId: number;
  unitId: number;
  unitPath: string;
  personId: number | null;
  cccd: string | null;
  amountVnd: number;
  status: string;
  levelUnitId: number | null;
  levelPath: string | null;
};

/** A nomination whose unit lies in `scopes`, locked for the change, else WELFARE_NOMINATION_NOT_FOUND. */
export async function nominationFor(tx: Q, id: number, scopes: string[]): Promise<NominationState> {
  const { rows } = await tx.query<NominationState>(
    `SELECT n.id, n.programme_id AS "programmeId", n.unit_id AS "unitId", u.path::text AS "unitPath",
            n.person_id AS "personId", n.cccd, n.amount_vnd AS "amountVnd", n.status,
            n.level_unit_id AS "levelUnitId", lu.path::text AS "levelPath"
       FROM welfare_nominations n JOIN org_units u ON u.id = n.unit_id
       LEFT JOIN org_units lu ON lu.id = n.level_unit_id
      WHERE n.id = $1 AND u.path <@ $2::ltree[] FOR UPDATE OF n`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('WELFARE_NOMINATION_NOT_FOUND', { id });
  return rows[0];
}

export async function addReview(
  tx: Q,
  nominationId: number,
  levelUnitId: number,
  decision: 'submitted' | 'approved' | 'returned' | 'refused',
  comment: string | null,
  by: number | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO welfare_nomination_reviews (nomination_id, level_unit_id, decision, comment, decided_by)
     VALUES ($1, $2, $3, $4, $5)`,
    [nominationId, levelUnitId, decision, comment, by],
  );
}
