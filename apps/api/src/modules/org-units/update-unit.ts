import { AppError, Permission, type OrgUnitDetail, type UpdateUnitBody } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { getUnit } from './get-unit';
import { editableColumns, validateUnitFields } from './validate-unit';

/** Edit a unit's attributes (not its parent: that is a reorganisation). */
export async function updateUnit(ctx: Ctx, id: number, input: UpdateUnitBody): Promise<OrgUnitDetail> {
  requireActor(ctx);
  const current = await getUnit(ctx, id, Permission.OrgWrite);
  if (input.kind === 'confederation' && current.kind !== 'confederation')
    throw new AppError('REORG_KIND_NOT_ALLOWED', { kind: input.kind, target: current.code });
  await ctx.tx('org_unit.update', async (tx) => {
    const merged = {
      adminVersion: current.adminVersion,
      provinceCode: current.provinceCode,
      districtCode: current.districtCode,
      communeCode: current.communeCode,
      ...input,
    } as UpdateUnitBody;
    const fields = await validateUnitFields(tx, merged, input.kind ?? current.kind);
    const sets: string[] = [];
    const values: unknown[] = [id];
    for (const [field, column] of Object.entries(editableColumns)) {
      if (!(field in input)) continue;
      values.push((fields as Record<string, unknown>)[field] ?? null);
      sets.push(`${column} = $${values.length}`);
    }
    if (sets.length === 0) return;
    await tx.query(`UPDATE org_units SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, values);
  });
  return getUnit(ctx, id);
}
