import { AppError, formatDateVN, Permission, type DraftLawDetail } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { sqlIso, sqlTodayVN } from '../../kit/dates';

export type ArticleInput = { chapter?: string | null | undefined; number: number; title: string; body: string };
export type DraftLawInput = {
  unitId: number;
  title: string;
  opensOn: string;
  closesOn: string;
  articles: ArticleInput[];
};

/** A consultation is seen above the consulting unit (in scope) and by the units below it that it consults; never sideways. */
const visible = `(u.path <@ $1::ltree[] OR $1::ltree[] <@ u.path)`;
const columns = `d.id, d.unit_id AS "unitId", u.name AS "unitName", d.title, to_char(d.opens_on, 'YYYY-MM-DD') AS "opensOn",
  to_char(d.closes_on, 'YYYY-MM-DD') AS "closesOn", ${sqlTodayVN} BETWEEN d.opens_on AND d.closes_on AS open,
  (SELECT count(*) FROM draft_law_articles a WHERE a.draft_law_id = d.id)::int AS "articleCount",
  (SELECT count(*) FROM draft_law_opinions o WHERE o.draft_law_id = d.id)::int AS "opinionCount"`;

type LawRow = Omit<DraftLawDetail, 'articles'>;

export async function listDraftLaws(ctx: Ctx) {
  const { rows } = await ctx.pool.query<LawRow>(
    `SELECT ${columns} FROM draft_laws d JOIN org_units u ON u.id = d.unit_id WHERE ${visible} ORDER BY d.opens_on DESC, d.id DESC`,
    [scopeFor(requireActor(ctx), Permission.PetitionRead)],
  );
  return { items: rows };
}

/** The draft with its articles and the opinions the actor may see (their subtree's, or all if they consult). */
export async function getDraftLaw(ctx: Ctx, id: number): Promise<DraftLawDetail> {
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionRead);
  const { rows } = await ctx.pool.query<LawRow & { path: string }>(
    `SELECT ${columns}, u.path::text AS path FROM draft_laws d JOIN org_units u ON u.id = d.unit_id WHERE d.id = $2 AND ${visible}`,
    [scopes, id],
  );
  const law = rows[0];
  if (!law) throw new AppError('DRAFT_LAW_NOT_FOUND', { id });
  const { rows: articles } = await ctx.pool.query<DraftLawDetail['articles'][number]>(
    `SELECT a.id, a.chapter, a.number, a.title, a.body,
            coalesce((SELECT json_agg(json_build_object('id', o.id, 'unitName', ou.name, 'authorName', o.author_name,
                        'content', o.content, 'at', ${sqlIso('o.created_at')}) ORDER BY o.id)
                        FROM draft_law_opinions o JOIN org_units ou ON ou.id = o.unit_id
                       WHERE o.article_id = a.id AND (ou.path <@ $2::ltree[] OR $3::ltree <@ $2::ltree[])), '[]') AS opinions
       FROM draft_law_articles a WHERE a.draft_law_id = $1 ORDER BY a.number`,
    [id, scopes, law.path],
  );
  const { path: _p, ...rest } = law;
  return { ...rest, articles };
}

export async function createDraftLaw(ctx: Ctx, input: DraftLawInput): Promise<DraftLawDetail> {
  const actor = requireActor(ctx);
  if (input.closesOn < input.opensOn) throw new AppError('VALIDATION_FAILED', { field: 'closesOn' });
  if (!input.articles.length) throw new AppError('DRAFT_LAW_NO_ARTICLES');
  const id = await ctx.tx('draft_law.create', async (tx) => {
    const { rows: u } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      input.unitId,
      scopeFor(actor, Permission.PetitionWrite),
    ]);
    if (!u[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    const { rows } = await tx.query<{ id: number }>(
      'INSERT INTO draft_laws (unit_id, title, opens_on, closes_on, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [input.unitId, input.title, input.opensOn, input.closesOn, actorUserId(actor)],
    );
    const lawId = rows[0]!.id;
    const seen = new Set<number>();
    for (const a of input.articles) {
      if (seen.has(a.number)) throw new AppError('VALIDATION_FAILED', { field: 'articles', number: a.number });
      seen.add(a.number);
      await tx.query(
        'INSERT INTO draft_law_articles (draft_law_id, unit_id, chapter, number, title, body) VALUES ($1, $2, $3, $4, $5, $6)',
        [lawId, input.unitId, a.chapter ?? null, a.number, a.title, a.body],
      );
    }
    return lawId;
  });
  return getDraftLaw(ctx, id);
}

/** An opinion on one article from a unit below the consulting one (or a member), within the period only. */
export async function addOpinion(ctx: Ctx, id: number, input: { articleId: number; unitId: number; content: string }) {
  const actor = requireActor(ctx);
  await ctx.tx('draft_law.opinion', async (tx) => {
    const { rows } = await tx.query<{ open: boolean; opensOn: Date; closesOn: Date }>(
      `SELECT ${sqlTodayVN} BETWEEN d.opens_on AND d.closes_on AS open, d.opens_on AS "opensOn", d.closes_on AS "closesOn"
         FROM draft_laws d JOIN org_units u ON u.id = d.unit_id JOIN draft_law_articles a ON a.draft_law_id = d.id
         JOIN org_units ou ON ou.id = $3 AND ou.path <@ u.path AND ou.path <@ $4::ltree[]
        WHERE d.id = $1 AND a.id = $2`,
      [id, input.articleId, input.unitId, scopeFor(actor, Permission.PetitionWrite)],
    );
    const law = rows[0];
    if (!law) throw new AppError('DRAFT_LAW_NOT_FOUND', { id });
    if (!law.open)
      throw new AppError('DRAFT_LAW_CLOSED', {
        opensOn: formatDateVN(law.opensOn),
        closesOn: formatDateVN(law.closesOn),
      });
    await tx.query(
      `INSERT INTO draft_law_opinions (draft_law_id, article_id, unit_id, author_user_id, author_name, content)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, input.articleId, input.unitId, actorUserId(actor), actor.displayName, input.content],
    );
  });
  return getDraftLaw(ctx, id);
}
