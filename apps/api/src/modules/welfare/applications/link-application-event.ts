import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';

/**
 * Open (or close, with null) a programme to members' own applications: members apply by registering for this
 * event (the existing registrations, e.g. the online Tết Market's). The owner's officials decide; the event
 * must be theirs to see and take registrations.
 */
export async function linkApplicationEvent(
  ctx: Ctx,
  programmeId: number,
  eventId: number | null,
): Promise<{ id: number; applicationEventId: number | null }> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareWrite);
  return ctx.tx('welfare_programme.application_event', async (tx) => {
    const { rows } = await tx.query(
      `SELECT 1 FROM welfare_programmes p JOIN org_units ou ON ou.id = p.unit_id
        WHERE p.id = $1 AND ou.path <@ $2::ltree[] FOR UPDATE OF p`,
      [programmeId, scopes],
    );
    if (!rows[0]) throw new AppError('WELFARE_PROGRAMME_NOT_FOUND', { id: programmeId });
    if (eventId !== null) {
      const { rows: ev } = await tx.query<{ open: boolean }>(
        `SELECT e.registration_enabled AND e.cancelled_at IS NULL AS open
           FROM events e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1 AND u.path <@ $2::ltree[]`,
        [eventId, scopes],
      );
      if (!ev[0]) throw new AppError('WELFARE_EVENT_NOT_FOUND', { id: eventId });
      if (!ev[0].open) throw new AppError('REGISTRATION_DISABLED');
    }
    await tx.query('UPDATE welfare_programmes SET application_event_id = $2, updated_at = now() WHERE id = $1', [
      programmeId,
      eventId,
    ]);
    return { id: programmeId, applicationEventId: eventId };
  });
}
