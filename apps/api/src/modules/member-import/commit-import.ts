import type { importDefaultActions, MemberImport } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { enqueueJob } from '../jobs';
import { assertMemberList, assertStatus, importInScope, publicImport } from './member-import.queries';

/** Queue the commit: all or nothing, or valid rows only (the user's choice); one job per import. */
export async function commitImport(
  ctx: Ctx,
  id: number,
  input: { mode: 'all_or_nothing' | 'valid_only'; defaultAction?: (typeof importDefaultActions)[number] | undefined },
): Promise<MemberImport> {
  const actor = requireActor(ctx);
  await ctx.tx('member_import.commit', async (tx) => {
    const record = await importInScope(tx, actor, id, true);
    assertMemberList(record);
    assertStatus(record, 'checked');
    const jobId = await enqueueJob(tx, actor, {
      kind: 'member_import.commit',
      input: { importId: id },
      unitId: record.unit.id,
      total: record.stats?.total ?? null,
    });
    await tx.query(
      `UPDATE member_imports SET status = 'committing', mode = $2, default_action = coalesce($3, default_action),
              commit_job_id = $4, updated_at = now() WHERE id = $1`,
      [id, input.mode, input.defaultAction ?? null, jobId],
    );
  });
  return publicImport(await importInScope(ctx.pool, actor, id));
}
