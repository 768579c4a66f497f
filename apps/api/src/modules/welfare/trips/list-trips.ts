import { Permission, type TripList } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { programmeFor } from '../welfare.queries';
import { programmeTicketFigures } from './ticket-figures';
import { selectTrips } from './trip.queries';

/** A programme's trips, in departure order, with its ticket figures; whoever sees the programme sees its trips. */
export async function listTrips(ctx: Ctx, programmeId: number): Promise<TripList> {
  const actor = requireActor(ctx);
  const p = await programmeFor(ctx.pool, programmeId, scopeFor(actor, Permission.WelfareRead));
  const items = await selectTrips(ctx.pool, 't.programme_id = $1', [programmeId]);
  const { seats: _seats, ...tickets } = await programmeTicketFigures(ctx.pool, programmeId);
  return {
    items,
    tickets,
    canEdit: p.kind === 'tet_tickets' && pathInScope(p.ownerPath, scopeFor(actor, Permission.WelfareWrite)),
  };
}
