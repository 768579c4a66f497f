import type { Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';

class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('dry run');
  }
}

/**
 * Run `fn` in one audited transaction; for a dry run, run the very same steps and roll back, so a
 * preview sees exactly the conflicts and changes the real run would (and leaves nothing behind).
 */
export async function runOrPreview<T>(
  ctx: Ctx,
  action: string,
  dryRun: boolean,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!dryRun) return ctx.tx(action, fn);
  try {
    await ctx.tx(`${action}.preview`, async (tx) => {
      throw new Rollback(await fn(tx));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
  throw new Error('unreachable');
}
