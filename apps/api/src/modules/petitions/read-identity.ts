import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';

/**
 * Who raised an anonymous petition: only for holders of petition.identity.read on the union
 * handling it (the receiving union), and every view is written to the audit log.
 */
export async function readIdentity(ctx: Ctx, id: number) {
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionIdentityRead);
  return ctx.tx('petition.identity.read', async (tx) => {
    const { rows } = await tx.query<{ fullName: string; contact: string | null; workplace: string | null }>(
      `SELECT i.full_name AS "fullName", i.contact, i.workplace
         FROM petition_identities i JOIN petitions p ON p.id = i.petition_id JOIN org_units hu ON hu.id = p.unit_id
        WHERE i.petition_id = $1 AND hu.path <@ $2::ltree[]`,
      [id, scopes],
    );
    if (!rows[0]) throw new AppError('PETITION_NOT_FOUND', { id });
    await auditEvent(tx, { action: 'petition.identity.read', entityType: 'petition_identities', entityId: id });
    return rows[0];
  });
}
