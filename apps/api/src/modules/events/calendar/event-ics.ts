import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { installationId } from '../../../kit/installation';
import { selectEvents, visibleEvent } from '../events.queries';
import { icsCalendar } from './ics';

/** One event as its own .ics ("add to my calendar"), with the same UID as in the feed, so it is not doubled. */
export async function eventIcs(ctx: Ctx, id: number): Promise<{ fileName: string; body: string }> {
  const scopes = scopeFor(requireActor(ctx), Permission.CampaignRead);
  const [event] = await selectEvents(ctx.pool, `${visibleEvent} AND e.id = $2`, [scopes, id]);
  if (!event) throw new AppError('EVENT_NOT_FOUND', { id });
  const body = icsCalendar([event], {
    installationId: await installationId(ctx.pool),
    publicUrl: ctx.config.publicUrl,
    now: ctx.now(),
    name: event.title,
  });
  return { fileName: `su-kien-${id}.ics`, body };
}
