import { AppError, type TaskRow } from '@congdoan/domain';
import { pathInScope } from '../../context/actor';
import type { Tx } from '../../db/tx';

type Q = Pick<Tx, 'query'>;

/**
 * Tasks as every screen shows them; `$1` is today (Vietnam), `$2` the actor's user id, `$3` their write
 * scopes. "Overdue" is read, never stored: open past its deadline.
 */
export const taskSelect = `
  SELECT t.id::int, t.unit_id::int AS "unitId", u.name AS "unitName", t.owner_user_id::int AS "ownerUserId",
         o.display_name AS "ownerName", t.title, t.deadline::text AS deadline,
         CASE WHEN t.status <> 'done' AND t.deadline < $1::date THEN 'overdue' ELSE t.status END AS status,
         t.evidence, to_char(t.done_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "doneAt",
         t.source_kind AS "sourceKind", t.briefing_id::int AS "briefingId", b.title AS "briefingTitle",
         a.name AS "assignedByUnitName",
         coalesce(t.owner_user_id = $2, false) OR u.path <@ $3::ltree[] OR a.path <@ $3::ltree[] AS "canUpdate"
    FROM tasks t JOIN org_units u ON u.id = t.unit_id JOIN org_units a ON a.id = t.assigned_by_unit_id
    LEFT JOIN app_users o ON o.id = t.owner_user_id LEFT JOIN briefings b ON b.id = t.briefing_id`;

export type BriefingRow = {
  id: number;
  unitId: number;
  unitPath: string;
  kind: 'briefing' | 'working_session';
  heldOn: string;
};

/** A briefing the actor may read: held by a unit in their scope, or with a unit in their scope. */
export async function briefingFor(db: Q, id: number, scopes: string[], lock = false): Promise<BriefingRow> {
  const { rows } = await db.query<BriefingRow>(
    `SELECT b.id::int, b.unit_id::int AS "unitId", u.path::text AS "unitPath", b.kind, b.held_on::text AS "heldOn"
       FROM briefings b JOIN org_units u ON u.id = b.unit_id LEFT JOIN org_units s ON s.id = b.subject_unit_id
      WHERE b.id = $1 AND (u.path <@ $2::ltree[] OR s.path <@ $2::ltree[]) ${lock ? 'FOR UPDATE OF b' : ''}`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('BRIEFING_NOT_FOUND', { id });
  return rows[0];
}

export function requireWrite(path: string, scopes: string[]) {
  if (!pathInScope(path, scopes)) throw new AppError('FORBIDDEN');
}

export type { TaskRow };
