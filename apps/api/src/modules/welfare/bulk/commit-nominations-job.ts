import { AppError, errorMessage, Permission } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor } from '../../../context/context';
import type { JobHandler } from '../../jobs';
import { writeRowsFile } from '../../member-import';
import { programmeFor } from '../welfare.queries';
import { refuseFileWithErrors } from './file-refusals';
import { matchNominees } from './match-nominees';
import { nominationListInScope, nominationListStats } from './nomination-list.queries';
import { runRows } from './run-rows';

/**
 * Write a checked list in ONE transaction, every row through the nomination use case again (the registry,
 * quotas and other nominations may have moved since the check). Any refused row rolls everything back and
 * names the row. A rerun after a crash returns the committed result. Declared in module.ts.
 */
export const commitNominationsJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const importId = Number(job.input.importId);
  try {
    return await io.ctx.tx('welfare_nomination_import.commit', async (tx) => {
      const list = await nominationListInScope(tx, actor, importId, true);
      if (list.status === 'committed') return { importId, ...list.stats, rerun: true };
      await refuseFileWithErrors(tx, importId);
      const p = await programmeFor(tx, list.programmeId, scopeFor(actor, Permission.WelfareRead));
      await matchNominees(tx, list);
      const outcomes = await runRows(tx, actor, io.ctx.now(), list, p, (done, total) => io.progress(done, total));
      const refused = outcomes.find((o) => 'refused' in o);
      if (refused && 'refused' in refused) {
        const message =
          refused.refused === 'not_in_registry'
            ? 'không tìm thấy trong sổ đoàn viên của đơn vị, và chương trình không nhận người ngoài công đoàn.'
            : errorMessage(refused.refused, 'vi', refused.details);
        throw new AppError('WELFARE_IMPORT_ROW_REFUSED', { row: refused.rowNo, message });
      }
      const written = outcomes.flatMap((o) => ('nominationId' in o ? [{ row_no: o.rowNo, id: o.nominationId }] : []));
      await tx.query(
        `UPDATE member_import_rows r SET nomination_id = o.id, result = 'nominated', result_person_id = r.match_person_id
           FROM jsonb_to_recordset($2::jsonb) AS o(row_no int, id bigint)
          WHERE r.import_id = $1 AND r.row_no = o.row_no`,
        [importId, JSON.stringify(written)],
      );
      const stats = await nominationListStats(tx, importId);
      // Every row with what became of it: the officer's record of the list.
      const resultFile = await writeRowsFile(tx, io.files, list, 'result');
      await tx.query(`UPDATE member_imports SET status = 'committed', stats = $2, updated_at = now() WHERE id = $1`, [
        importId,
        JSON.stringify(stats),
      ]);
      return { importId, ...stats, ...resultFile };
    });
  } catch (error) {
    // Nothing was written; the list goes back to "checked" so the officer sees the reason and can fix the file.
    await io.ctx.tx('welfare_nomination_import.commit_failed', (tx) =>
      tx.query(
        `UPDATE member_imports SET status = 'checked', updated_at = now() WHERE id = $1 AND status <> 'committed'`,
        [importId],
      ),
    );
    throw error;
  }
};
