import { unitId, type TestApp } from '../../testing/test-app';

/** The demo's Q3 2026 quarterly report assigned by LĐLĐ Quảng Trị. */
export async function qtAssignment(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `SELECT a.id::int FROM report_assignments a JOIN org_units u ON u.id = a.unit_id
      WHERE u.code = 'LDLD-44' AND a.period_label = 'Quý III năm 2026'`,
  );
  return rows[0]!.id;
}

/** A report of QT-0001 submitted by someone else (the system), waiting for the level above. */
export async function qtSubmitted(t: TestApp): Promise<{ assignmentId: number; submissionId: number }> {
  const assignmentId = await qtAssignment(t);
  const unit = await unitId(t, 'QT-0001');
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO report_submissions (assignment_id, unit_id, status, entered, narrative, computed, submitted_at)
     VALUES ($1, $2, 'submitted', '{"dialogues.held": 2}', '{"ket_qua": "Hoàn thành"}', '{}', now())
     ON CONFLICT (assignment_id, unit_id) DO UPDATE SET status = 'submitted', submitted_by = NULL RETURNING id::int`,
    [assignmentId, unit],
  );
  return { assignmentId, submissionId: rows[0]!.id };
}

/** The URL of QT-0001's report in the demo round, put back to "not started" (examples run in any order). */
export async function qtOpenReport(t: TestApp): Promise<string> {
  const assignment = await qtAssignment(t);
  const unit = await unitId(t, 'QT-0001');
  await t.db.pool.query(
    `UPDATE report_submissions SET status = 'draft', submitted_at = NULL, submitted_by = NULL
      WHERE assignment_id = $1 AND unit_id = $2`,
    [assignment, unit],
  );
  return `/api/reports/assignments/${assignment}/units/${unit}`;
}
