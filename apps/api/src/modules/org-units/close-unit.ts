import type { ReorganizationResult } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { reorganize } from '../reorganizations';

/** Closing a unit is the "close" reorganisation: children and members go to the named target. */
export function closeUnit(
  ctx: Ctx,
  id: number,
  input: { targetId: number; effectiveOn: string; dryRun: boolean; note?: string | undefined },
): Promise<ReorganizationResult> {
  return reorganize(ctx, { operation: 'close', unitId: id, ...input });
}
