// The quarterly report (form bc_quy, the confederation's) assigned to the whole tree for the last four
// quarters, with every expected unit's submission: 78 % on time, 10 % late, 12 % missing (half of them a
// draft); the older quarters' reports approved, the latest only submitted. Completeness has data at once.
import type pg from 'pg';
import { copyIn } from './copy-loader';
import { chunked, dayOf, isoOf, lastQuarters, line, opsEnd, vnAt, type OpsUnits } from './operations-units';
import type { Rng } from './rng';

export type ReportCounts = { assignments: number; submissions: number; late: number; missing: number };

export async function loadReports(
  client: pg.PoolClient,
  units: OpsUnits,
  r: Rng,
  ids: { assignment: number; submission: number },
): Promise<ReportCounts> {
  const { rows: forms } = await client.query<{ id: string; levels: string[] }>(
    `SELECT id, levels FROM report_forms WHERE unit_id = $1 AND code = 'bc_quy' ORDER BY version DESC LIMIT 1`,
    [units.root.id],
  );
  const form = forms[0];
  if (!form) return { assignments: 0, submissions: 0, late: 0, missing: 0 };
  const counts: ReportCounts = { assignments: 0, submissions: 0, late: 0, missing: 0 };
  let assignmentId = ids.assignment;
  let submissionId = ids.submission;
  const assignments: string[] = [];
  const submissions: string[] = [];
  const quarters = lastQuarters(4);
  quarters.forEach((q, qi) => {
    const deadline = dayOf(q.to) + 10;
    const a = assignmentId++;
    counts.assignments++;
    assignments.push(
      line([a, form.id, units.root.id, q.from, q.to, q.label, isoOf(deadline), vnAt(dayOf(q.to) - 20, 9)]),
    );
    const latest = qi === quarters.length - 1;
    for (const u of units.all) {
      if (u.id === units.root.id || !form.levels.includes(u.kind)) continue;
      if ((u.foundedOn && u.foundedOn > q.to) || (u.closedOn && u.closedOn < q.from)) continue;
      const roll = r.next();
      if (roll < 0.12) counts.missing++;
      if (roll < 0.06) continue; // never opened
      if (roll < 0.12) {
        submissions.push(line([submissionId++, a, u.id, 'draft', null, null, vnAt(deadline - 3, 10)]));
        continue;
      }
      const late = roll >= 0.9;
      const day = late
        ? Math.min(opsEnd - 1, deadline + 1 + r.int(25))
        : Math.max(dayOf(q.to) + 1, deadline - r.int(12));
      if (late) counts.late++;
      const submittedAt = vnAt(day, 8 + r.int(9), r.int(60));
      const approved = !latest || r.next() < 0.3;
      submissions.push(
        line([
          submissionId++,
          a,
          u.id,
          approved ? 'approved' : 'submitted',
          submittedAt,
          approved ? vnAt(day + 3, 15) : null,
          submittedAt,
        ]),
      );
    }
  });
  counts.submissions = submissions.length;
  await copyIn(
    client,
    `COPY report_assignments (id, form_id, unit_id, period_from, period_to, period_label, deadline, created_at) FROM STDIN`,
    chunked(assignments),
  );
  await copyIn(
    client,
    `COPY report_submissions (id, assignment_id, unit_id, status, submitted_at, decided_at, updated_at) FROM STDIN`,
    chunked(submissions),
  );
  return counts;
}
