import { Permission } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor } from '../../../context/context';
import type { JobHandler } from '../../jobs';
import { addRowIssues, duplicatesInFile, markCheckFailed, stageImportFile, writeRowsFile } from '../../member-import';
import { programmeFor } from '../welfare.queries';
import { matchNominees } from './match-nominees';
import { nominationColumns } from './nomination-columns';
import { nominationListInScope, nominationListStats } from './nomination-list.queries';
import { recordOutcomes, runRows } from './run-rows';

/**
 * Check a nomination list: stage its rows (a transaction of their own), then in one more refuse repeated CCCDs
 * (and the same person twice), match the registry, and dry-run every row through the nomination checks
 * (run-rows.ts) rolling the nominations back, keeping only each row's findings. Declared in module.ts.
 */
export const checkNominationsJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const importId = Number(job.input.importId);
  try {
    const staged = await stageImportFile(io, 'welfare_nomination_import.check', async (tx) => {
      const record = await nominationListInScope(tx, actor, importId, true);
      const p = await programmeFor(tx, record.programmeId, scopeFor(actor, Permission.WelfareRead));
      return { record, extra: nominationColumns(p.hardshipCategories) };
    });
    return await io.ctx.tx('welfare_nomination_import.check', async (tx) => {
      const list = await nominationListInScope(tx, actor, importId, true);
      const p = await programmeFor(tx, list.programmeId, scopeFor(actor, Permission.WelfareRead));
      await addRowIssues(tx, importId, 'errors', duplicatesInFile('cccd', 'duplicate_in_file', 'cccd'));
      await matchNominees(tx, list);
      await addRowIssues(tx, importId, 'errors', duplicatesInFile('match_person_id', 'duplicate_in_file', 'name'));
      await tx.query('SAVEPOINT dry_run');
      const outcomes = await runRows(tx, actor, io.ctx.now(), list, p, (done, total) => io.progress(done, total));
      await tx.query('ROLLBACK TO SAVEPOINT dry_run');
      await recordOutcomes(tx, importId, outcomes);
      const stats = await nominationListStats(tx, importId);
      const errorFile = stats.withErrors ? await writeRowsFile(tx, io.files, list, 'errors') : null;
      await tx.query(
        `UPDATE member_imports SET status = 'checked', stats = $2, error_file_key = $3, updated_at = now() WHERE id = $1`,
        [importId, JSON.stringify(stats), errorFile?.fileKey ?? null],
      );
      await io.progress(staged, staged);
      return { importId, ...stats, ...(errorFile ?? {}) };
    });
  } catch (error) {
    await markCheckFailed(io.ctx, 'welfare_nomination_import.check_failed', importId);
    throw error;
  }
};
