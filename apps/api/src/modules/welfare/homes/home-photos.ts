import { AppError, Permission, type HomeStage } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { homeFor } from './homes.queries';
import { stageIndex } from './stage-rules';

type Photo = { stage: HomeStage; milestoneId?: number | undefined; caption?: string | undefined };

/** Checked before the upload is received: the house is the official's and has reached the stage. */
export async function checkHomePhoto(ctx: Ctx, homeId: number, photo: Photo): Promise<void> {
  const home = await homeFor(ctx.pool, homeId, scopeFor(requireActor(ctx), Permission.WelfareWrite));
  if (stageIndex(photo.stage) > stageIndex(home.stage)) throw new AppError('WELFARE_HOME_PHOTO_STAGE');
  if (photo.milestoneId) {
    const { rows } = await ctx.pool.query('SELECT 1 FROM welfare_home_milestones WHERE id = $1 AND home_id = $2', [
      photo.milestoneId,
      homeId,
    ]);
    if (!rows[0]) throw new AppError('WELFARE_HOME_MILESTONE_NOT_FOUND', { id: photo.milestoneId });
  }
}

/** Keeps an uploaded photo of a house at a stage (or of a milestone); the file stays in the private store. */
export async function addHomePhoto(
  ctx: Ctx,
  homeId: number,
  photo: Photo,
  file: { key: string; fileName: string },
): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_home.add_photo', async (tx) => {
    await homeFor(tx, homeId, scopeFor(actor, Permission.WelfareWrite), true);
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_home_photos (home_id, stage, milestone_id, file_key, file_name, caption, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        homeId,
        photo.stage,
        photo.milestoneId ?? null,
        file.key,
        file.fileName,
        photo.caption?.trim() || null,
        actorUserId(actor),
      ],
    );
    return { id: rows[0]!.id };
  });
}

/** A photo of a house the official may read: only through this scoped route, never by a public link. */
export async function homePhoto(ctx: Ctx, homeId: number, photoId: number): Promise<{ key: string; fileName: string }> {
  await homeFor(ctx.pool, homeId, scopeFor(requireActor(ctx), Permission.WelfareRead));
  const { rows } = await ctx.pool.query<{ key: string; fileName: string }>(
    'SELECT file_key AS key, file_name AS "fileName" FROM welfare_home_photos WHERE id = $1 AND home_id = $2',
    [photoId, homeId],
  );
  if (!rows[0]) throw new AppError('FILE_NOT_FOUND');
  return rows[0];
}
