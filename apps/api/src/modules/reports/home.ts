import { Permission, todayVN } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { HomeEntry } from '../declaration';

/** Home page: reports the official's own units still owe in open rounds, and reports waiting for their review. */
export async function reportsHome(ctx: Ctx): Promise<HomeEntry[]> {
  const actor = requireActor(ctx);
  const grantUnits = [...new Set(actor.grants.map((g) => g.unitId))];
  const { rows } = await ctx.pool.query<{ owed: number; review: number }>(
    `SELECT (SELECT count(*) FROM report_assignments a JOIN report_forms f ON f.id = a.form_id
               JOIN org_units top ON top.id = a.unit_id JOIN org_units g ON g.id = ANY($1::bigint[])
               LEFT JOIN report_submissions r ON r.assignment_id = a.id AND r.unit_id = g.id
              WHERE g.path <@ top.path AND g.id <> top.id AND g.kind = ANY(f.levels) AND a.deadline >= $3::date - 30
                AND (r.status IS NULL OR r.status IN ('draft', 'returned')))::int AS owed,
            (SELECT count(*) FROM report_submissions r JOIN org_units u ON u.id = r.unit_id
               JOIN org_units p ON p.id = u.parent_id
              WHERE r.status = 'submitted' AND p.path <@ $2::ltree[]
                AND (r.submitted_by IS NULL OR r.submitted_by <> $4))::int AS review`,
    [grantUnits, scopeFor(actor, Permission.ReportApprove), todayVN(ctx.now()), actor.userId],
  );
  return [
    { key: 'reports.home.owed', count: rows[0]!.owed, link: '/reports', tone: 'todo' },
    { key: 'reports.home.review', count: rows[0]!.review, link: '/reports', tone: 'todo' },
  ];
}
