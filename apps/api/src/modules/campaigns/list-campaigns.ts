import { Permission, type CampaignSummary } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectCampaigns } from './campaigns.queries';

/** Campaign copies of units in the actor's scope (optionally one unit's), newest first. */
export async function listCampaigns(
  ctx: Ctx,
  q: { year?: number | undefined; kind?: string | undefined; unitId?: number | undefined },
): Promise<{ items: CampaignSummary[]; total: number }> {
  const scopes = scopeFor(requireActor(ctx), Permission.CampaignRead);
  const items = await selectCampaigns(
    ctx.pool,
    `u.path <@ $1::ltree[] AND ($2::int IS NULL OR c.year = $2) AND ($3::text IS NULL OR c.kind = $3)
     AND ($4::bigint IS NULL OR c.unit_id = $4)`,
    [scopes, q.year ?? null, q.kind ?? null, q.unitId ?? null],
    'ORDER BY c.year DESC, c.starts_on DESC, u.path, c.id DESC LIMIT 500',
  );
  return { items, total: items.length };
}
