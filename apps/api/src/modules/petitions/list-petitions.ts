import { foldVietnamese, Permission, type PetitionSummary } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { overdueSql, petitionFrom, selectPetitions, visibleSql } from './petitions.queries';

export type PetitionQuery = {
  page: number;
  pageSize: number;
  q?: string | undefined;
  status?: string | undefined;
  topicId?: number | undefined;
  callId?: number | undefined;
  dialogueId?: number | undefined;
  view: 'top' | 'originals' | 'all';
  overdue?: 'true' | 'false' | undefined;
};

/** Petitions the actor may see, filtered and paged in SQL; text search ignores diacritics. */
export async function listPetitions(
  ctx: Ctx,
  query: PetitionQuery,
): Promise<{ items: PetitionSummary[]; total: number }> {
  const actor = requireActor(ctx);
  const q = query.q ? `%${foldVietnamese(query.q).replace(/[%_\\]/g, '\\$&')}%` : null;
  const where = `${visibleSql('$1', '$2')}
    AND ($3::text IS NULL OR immutable_unaccent(lower(p.title || ' ' || p.content)) LIKE $3)
    AND ($4::text IS NULL OR p.status = $4) AND ($5::bigint IS NULL OR p.topic_id = $5)
    AND ($6::bigint IS NULL OR p.call_id = $6) AND ($7::bigint IS NULL OR p.dialogue_id = $7)
    AND CASE $8 WHEN 'top' THEN p.consolidated_into_id IS NULL WHEN 'originals' THEN NOT p.is_consolidated ELSE true END
    AND ($9::boolean IS NULL OR ${overdueSql()} = $9)`;
  const params = [
    scopeFor(actor, Permission.PetitionRead),
    actor.userId,
    q,
    query.status ?? null,
    query.topicId ?? null,
    query.callId ?? null,
    query.dialogueId ?? null,
    query.view,
    query.overdue === undefined ? null : query.overdue === 'true',
  ];
  const { rows } = await ctx.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${petitionFrom} WHERE ${where}`,
    params,
  );
  const items = await selectPetitions(
    ctx.pool,
    where,
    [...params, query.pageSize, (query.page - 1) * query.pageSize],
    'ORDER BY p.id DESC LIMIT $10 OFFSET $11',
  );
  return { items, total: rows[0]?.n ?? 0 };
}

/** A member's own petitions and those shared with the actor as an addressee (no role needed). */
export async function myPetitions(ctx: Ctx): Promise<{ items: PetitionSummary[]; total: number }> {
  const actor = requireActor(ctx);
  const items = await selectPetitions(
    ctx.pool,
    `(p.raised_by_user_id = $1 OR EXISTS (SELECT 1 FROM petition_access pa WHERE pa.petition_id = p.id AND pa.user_id = $1))`,
    [actor.userId],
    'ORDER BY p.id DESC LIMIT 200',
  );
  return { items, total: items.length };
}
