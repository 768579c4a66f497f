import { AppError, Permission, type CreateUnitBody, type OrgUnitDetail, todayVN } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { vnDate } from '../../kit/dates';
import { getUnit } from './get-unit';
import { editableColumns, validateUnitFields } from './validate-unit';

/** Create a unit under a parent in the actor's write scope; its parent history starts at its founding. */
export async function createUnit(ctx: Ctx, input: CreateUnitBody): Promise<OrgUnitDetail> {
  requireActor(ctx);
  const parent = await getUnit(ctx, input.parentId, Permission.OrgWrite);
  const foundedOn = input.foundedOn ?? todayVN(ctx.now());
  if (parent.closedOn && parent.closedOn < foundedOn)
    throw new AppError('UNIT_CLOSED', { code: parent.code, date: vnDate(foundedOn) });
  if (parent.foundedOn && parent.foundedOn > foundedOn)
    throw new AppError('EFFECTIVE_BEFORE_FOUNDED', {
      code: parent.code,
      date: vnDate(foundedOn),
      founded: vnDate(parent.foundedOn),
    });
  if (input.kind === 'confederation')
    throw new AppError('REORG_KIND_NOT_ALLOWED', { kind: input.kind, target: parent.code });
  const id = await ctx.tx('org_unit.create', async (tx) => {
    const fields = await validateUnitFields(tx, { ...input, foundedOn }, input.kind);
    const cols = ['code', 'parent_id'];
    const values: unknown[] = [input.code.trim(), parent.id];
    for (const [field, column] of Object.entries(editableColumns)) {
      const value = (fields as Record<string, unknown>)[field];
      if (value !== undefined) {
        cols.push(column);
        values.push(value);
      }
    }
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO org_units (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      values,
    );
    if (!rows[0]) throw new AppError('UNIT_CODE_TAKEN', { code: input.code, field: 'code' });
    return rows[0].id;
  });
  return getUnit(ctx, id);
}
