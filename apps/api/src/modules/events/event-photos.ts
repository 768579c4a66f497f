import { AppError } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import type { FileStore } from '../../storage/file-store';
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

/**
 * Remove the photo at `index`, which must still be the one the person saw (`key`): photos are addressed
 * by position, so after someone else's removal the same index names another photo (409, never the
 * wrong one removed). The list changes in one audited transaction; the file is deleted once it has
 * committed. Should that deletion fail, no row names the file any more, so it is unreachable all the same.
 */
export async function removeEventPhoto(ctx: Ctx, files: FileStore, eventId: number, index: number, key: string) {
  const actor = requireActor(ctx);
  const removed = await ctx.tx('event.remove_photo', async (tx) => {
    await eventInScope(tx, actor, eventId, true);
    const { rows } = await tx.query<{ photos: { key: string; fileName: string }[] }>(
      'SELECT photos FROM events WHERE id = $1 FOR UPDATE',
      [eventId],
    );
    const photos = rows[0]!.photos;
    const photo = photos[index];
    if (!photo) throw new AppError('EVENT_PHOTO_NOT_FOUND', { index });
    if (photo.key !== key) {
      throw photos.some((p) => p.key === key)
        ? new AppError('EVENT_PHOTO_CHANGED', { index })
        : new AppError('EVENT_PHOTO_NOT_FOUND', { index });
    }
    await tx.query('UPDATE events SET photos = photos - $2::int WHERE id = $1', [eventId, index]);
    return photo;
  });
  // The removal has committed: a disk error now must not answer 500 for it (the file is unreachable).
  await files.remove(removed.key).catch(() => undefined);
}
