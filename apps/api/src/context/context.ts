import type pg from 'pg';
import type { Lang } from '@congdoan/domain';
import { AppError } from '@congdoan/domain';
import type { Actor } from './actor';
import { inTransaction, type Source, type Tx } from '../db/tx';
import type { Config } from '../config';

/** What every use case receives: who acts, the database, and how to open an audited transaction. */
export type Ctx = {
  pool: pg.Pool;
  config: Config;
  actor: Actor | null;
  source: Source;
  requestId: string | null;
  lang: Lang;
  now: () => Date;
  /** One audited transaction named by its action (e.g. "user.create"). */
  tx: <T>(action: string, fn: (tx: Tx) => Promise<T>) => Promise<T>;
};

export function makeCtx(args: {
  pool: pg.Pool;
  config: Config;
  actor: Actor | null;
  source: Source;
  requestId: string | null;
  lang?: Lang;
}): Ctx {
  const { pool, actor, source, requestId } = args;
  return {
    pool,
    config: args.config,
    actor,
    source,
    requestId,
    lang: args.lang ?? 'vi',
    now: () => new Date(),
    tx: (action, fn) =>
      inTransaction(
        pool,
        {
          actorId: actor && actor.userId > 0 ? actor.userId : null,
          actorName: actor?.username ?? null,
          source,
          requestId,
          action,
        },
        fn,
      ),
  };
}

/** The actor of a use case that requires one (routes guarantee it; this narrows the type). */
export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}
