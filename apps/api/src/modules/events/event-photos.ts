import { AppError } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { eventInScope, selectEventDetail } from './events.queries';

export async function addEventPhoto(ctx: Ctx, eventId: number, file: { key: string; fileName: string }) {
  const actor = requireActor(ctx);
  await ctx.tx('event.add_photo', async (tx) => {
    await eventInScope(tx, actor, eventId, true);
    await tx.query('UPDATE events SET photos = photos || $2::jsonb WHERE id = $1', [
      eventId,
      JSON.stringify([{ key: file.key, fileName: file.fileName }]),
    ]);
  });
}

export async function eventPhoto(ctx: Ctx, eventId: number, index: number): Promise<{ key: string; fileName: string }> {
  await eventInScope(ctx.pool, requireActor(ctx), eventId, false);
  const photo = (await selectEventDetail(ctx.pool, eventId)).photos[index];
  if (!photo) throw new AppError('FILE_NOT_FOUND');
  return photo;
}
