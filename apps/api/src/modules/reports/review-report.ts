import { AppError, Permission } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/**
 * The level above approves a submitted report (it is locked), returns it with a comment (the unit fixes and
 * submits again), or reopens an approved one (returned, with the reason kept). Nobody reviews a report they
 * submitted or one of their own level: the right must cover the unit's parent.
 */
export async function reviewReport(
  ctx: Ctx,
  submissionId: number,
  decision: 'approve' | 'return' | 'reopen',
  comment: string | undefined,
): Promise<{ id: number; status: string }> {
  const actor = requireActor(ctx);
  const approveScopes = scopeFor(actor, Permission.ReportApprove);
  const readScopes = scopeFor(actor, Permission.ReportRead);
  return ctx.tx(`report.${decision}`, async (tx) => {
    const { rows } = await tx.query<{
      status: string;
      path: string;
      parentPath: string | null;
      submittedBy: number | null;
    }>(
      `SELECT r.status, u.path::text AS path, p.path::text AS "parentPath", r.submitted_by::int AS "submittedBy"
         FROM report_submissions r JOIN org_units u ON u.id = r.unit_id LEFT JOIN org_units p ON p.id = u.parent_id
        WHERE r.id = $1 FOR UPDATE OF r`,
      [submissionId],
    );
    const r = rows[0];
    if (!r || !pathInScope(r.path, readScopes)) throw new AppError('REPORT_NOT_FOUND', { id: submissionId });
    if (r.parentPath === null || !pathInScope(r.parentPath, approveScopes) || r.submittedBy === actor.userId) {
      throw new AppError('REPORT_OWN_REVIEW');
    }
    const from = decision === 'reopen' ? 'approved' : 'submitted';
    if (r.status !== from) throw new AppError('REPORT_BAD_STATE', { status: r.status });
    const note = comment?.trim() || null;
    if (decision !== 'approve' && !note) throw new AppError('REPORT_RETURN_NEEDS_COMMENT', { field: 'comment' });
    const next = decision === 'approve' ? 'approved' : 'returned';
    const userId = actor.userId > 0 ? actor.userId : null;
    await tx.query(
      `UPDATE report_submissions SET status = $2, decided_at = now(), decided_by = $3,
              return_comment = CASE WHEN $2 = 'returned' THEN $4 ELSE return_comment END, updated_at = now()
        WHERE id = $1`,
      [submissionId, next, userId, note],
    );
    await tx.query(
      `INSERT INTO report_reviews (submission_id, decision, comment, decided_by) VALUES ($1, $2, $3, $4)`,
      [
        submissionId,
        decision === 'approve' ? 'approved' : decision === 'return' ? 'returned' : 'reopened',
        note,
        userId,
      ],
    );
    return { id: submissionId, status: next };
  });
}
