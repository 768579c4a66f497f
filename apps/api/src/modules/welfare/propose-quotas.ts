import { Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { getQuotas } from './get-quotas';
import { splitByWeights } from './quota-split';

/**
 * A proposal for the quotas below a unit: its whole quota split by active members or equally.
 * Nothing is saved; the official edits the figures and then allocates.
 */
export async function proposeQuotas(
  ctx: Ctx,
  programmeId: number,
  unitId: number,
  method: 'proportional' | 'equal',
): Promise<{ items: { unitId: number; activeMembers: number; count: number; budgetVnd: number }[] }> {
  scopeFor(requireActor(ctx), Permission.WelfareRead);
  const table = await getQuotas(ctx, programmeId, unitId);
  const weights = table.children.map((c) => (method === 'equal' ? 1 : c.activeMembers));
  const available = table.unit.count - table.unit.nominated;
  const counts = splitByWeights(Math.max(0, available), weights);
  const budgets = splitByWeights(table.unit.budgetVnd, weights);
  return {
    items: table.children.map((c, i) => ({
      unitId: c.unitId,
      activeMembers: c.activeMembers,
      count: counts[i]!,
      budgetVnd: budgets[i]!,
    })),
  };
}
