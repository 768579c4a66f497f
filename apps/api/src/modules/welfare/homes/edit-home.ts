import { Permission, type HomeApplication } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { checkLocation, homeFor } from './homes.queries';
import { checkDates } from './stage-rules';

/** Corrects the application: the kind of work, the family's situation, the date and the location. */
export async function editHome(ctx: Ctx, id: number, input: HomeApplication): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_home.edit', async (tx) => {
    const home = await homeFor(tx, id, scopeFor(actor, Permission.WelfareWrite), true);
    await checkLocation(tx, input);
    checkDates({ ...home, appliedOn: input.appliedOn });
    await tx.query(
      `UPDATE welfare_homes SET kind = $2, family_situation = $3, applied_on = $4, province_code = $5,
              commune_code = $6, address = $7, latitude = $8, longitude = $9, updated_at = now() WHERE id = $1`,
      [
        id,
        input.kind,
        input.familySituation,
        input.appliedOn,
        input.provinceCode,
        input.communeCode,
        input.address,
        input.latitude,
        input.longitude,
      ],
    );
    return { id };
  });
}
