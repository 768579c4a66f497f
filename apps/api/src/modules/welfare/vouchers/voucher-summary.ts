import { Permission, type VoucherSummary } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { programmeFor } from '../welfare.queries';
import { ISSUE_JOB } from './issue-vouchers';
import { beneficiaryPhoneSql, PHONE_RE_SQL, provinceIdSql } from './vouchers.queries';

/**
 * The programme's vouchers as far as the official sees (units in their scope): approved beneficiaries, codes
 * issued and redeemed, those still missing a code, and the same per province (a row per export).
 */
export async function voucherSummary(ctx: Ctx, programmeId: number): Promise<VoucherSummary> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.WelfareRead);
  const p = await programmeFor(ctx.pool, programmeId, scopes);
  const { rows } = await ctx.pool.query<{
    provinceId: number;
    provinceName: string;
    approved: number;
    issued: number;
    redeemed: number;
    issuedVnd: number;
    redeemedVnd: number;
    missing: number;
    withoutPhone: number;
    canExport: boolean;
  }>(
    `SELECT pr.id AS "provinceId", pr.name AS "provinceName", s.approved, s.issued, s.redeemed, s."issuedVnd",
            s."redeemedVnd", s.missing, s."withoutPhone",
            (pr.path <@ $2::ltree[] AND pr.path <@ $3::ltree[]) AS "canExport"
       FROM (SELECT ${provinceIdSql('u')} AS province_id, count(*)::int AS approved, count(v.id)::int AS issued,
                    count(v.redeemed_at)::int AS redeemed, coalesce(sum(v.value_vnd), 0)::bigint AS "issuedVnd",
                    coalesce(sum(v.value_vnd) FILTER (WHERE v.redeemed_at IS NOT NULL), 0)::bigint AS "redeemedVnd",
                    (count(*) - count(v.id))::int AS missing,
                    count(*) FILTER (WHERE v.id IS NULL AND ${beneficiaryPhoneSql} !~ ${PHONE_RE_SQL}
                                       OR v.id IS NULL AND ${beneficiaryPhoneSql} IS NULL)::int AS "withoutPhone"
               FROM welfare_nominations n JOIN org_units u ON u.id = n.unit_id
               LEFT JOIN persons pe ON pe.id = n.person_id
               LEFT JOIN welfare_vouchers v ON v.nomination_id = n.id
              WHERE n.programme_id = $1 AND n.status IN ('approved', 'handed_out') AND u.path <@ $2::ltree[]
              GROUP BY 1) s
       JOIN org_units pr ON pr.id = s.province_id
      ORDER BY pr.name`,
    [programmeId, scopes, scopeFor(actor, Permission.PersonalDataRead)],
  );
  const sum = (k: 'approved' | 'issued' | 'redeemed' | 'issuedVnd' | 'redeemedVnd' | 'missing' | 'withoutPhone') =>
    rows.reduce((a, r) => a + Number(r[k]), 0);
  const job = await ctx.pool.query<{ id: number }>(
    `SELECT id FROM jobs WHERE kind = $1 AND status IN ('queued', 'running') AND input ->> 'programmeId' = $2
      ORDER BY id LIMIT 1`,
    [ISSUE_JOB, String(programmeId)],
  );
  return {
    approved: sum('approved'),
    issued: sum('issued'),
    redeemed: sum('redeemed'),
    issuedVnd: sum('issuedVnd'),
    redeemedVnd: sum('redeemedVnd'),
    missing: sum('missing'),
    withoutPhone: sum('withoutPhone'),
    runningJobId: job.rows[0]?.id ?? null,
    canIssue: p.kind === 'tet_market_voucher' && pathInScope(p.ownerPath, scopeFor(actor, Permission.WelfareWrite)),
    provinces: rows.map((r) => ({
      unitId: r.provinceId,
      unitName: r.provinceName,
      issued: r.issued,
      redeemed: r.redeemed,
      canExport: r.canExport,
    })),
  };
}
