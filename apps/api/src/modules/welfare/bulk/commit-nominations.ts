import type { MemberImport } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { enqueueJob } from '../../jobs';
import { assertStatus, publicImport } from '../../member-import';
import { refuseFileWithErrors } from './file-refusals';
import { nominationListInScope } from './nomination-list.queries';

/**
 * Queue the commit of a checked list, all or nothing. A list with errors is refused at once (repeated CCCDs
 * named by row), before any job: the officer fixes the file with the error file and uploads it again.
 */
export async function commitNominations(ctx: Ctx, id: number): Promise<MemberImport> {
  const actor = requireActor(ctx);
  await ctx.tx('welfare_nomination_import.commit', async (tx) => {
    const list = await nominationListInScope(tx, actor, id, true);
    assertStatus(list, 'checked');
    await refuseFileWithErrors(tx, id);
    const jobId = await enqueueJob(tx, actor, {
      kind: 'welfare.nomination_import.commit',
      input: { importId: id },
      unitId: list.unit.id,
      total: list.stats?.valid ?? null,
    });
    await tx.query(
      `UPDATE member_imports SET status = 'committing', mode = 'all_or_nothing', commit_job_id = $2, updated_at = now()
        WHERE id = $1`,
      [id, jobId],
    );
  });
  return publicImport(await nominationListInScope(ctx.pool, actor, id));
}
