import { AppError, Permission } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { campaignInScope, copyActivities } from './campaigns.queries';

/**
 * Issue a campaign copy to units below its unit (chosen ones, or a whole level): each gets its own
 * copy with the activities inherited. Units that already hold a copy are skipped.
 */
export async function issueCampaign(
  ctx: Ctx,
  id: number,
  input: { unitIds?: number[] | undefined; level?: string | undefined },
): Promise<{ created: number; skipped: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('campaign.issue', async (tx) => {
    const source = await campaignInScope(tx, actor, id, Permission.CampaignWrite);
    if (source.cancelledAt) throw new AppError('CAMPAIGN_CANCELLED', { reason: source.cancelReason ?? '' });
    const { rows: targets } = await tx.query<{ id: number; ok: boolean }>(
      `SELECT u.id::int, (u.path <@ $2::ltree AND u.path <> $2::ltree AND u.closed_on IS NULL) AS ok
         FROM org_units u
        WHERE u.id = ANY($1::bigint[]) OR ($3::text IS NOT NULL AND u.kind = $3 AND u.path <@ $2::ltree
              AND u.path <> $2::ltree AND u.closed_on IS NULL)`,
      [input.unitIds ?? [], source.unitPath, input.level ?? null],
    );
    if ((input.unitIds ?? []).some((u) => !targets.find((t) => t.id === u)) || targets.some((t) => !t.ok))
      throw new AppError('CAMPAIGN_TARGET_INVALID');
    if (targets.length === 0) throw new AppError('CAMPAIGN_TARGET_INVALID');
    let created = 0;
    for (const target of targets) {
      const { rows } = await tx.query<{ id: number }>(
        `INSERT INTO campaigns (unit_id, parent_id, root_id, kind, title, year, starts_on, ends_on, report_due_on,
                                themes, plan_file_key, plan_file_name, created_by)
         SELECT $1, c.id, c.root_id, c.kind, c.title, c.year, c.starts_on, c.ends_on, c.report_due_on, c.themes,
                c.plan_file_key, c.plan_file_name, $3
           FROM campaigns c WHERE c.id = $2
         ON CONFLICT (root_id, unit_id) DO NOTHING RETURNING id::int`,
        [target.id, id, actorUserId(actor)],
      );
      if (!rows[0]) continue;
      await copyActivities(tx, id, rows[0].id, target.id);
      created++;
    }
    return { created, skipped: targets.length - created };
  });
}
