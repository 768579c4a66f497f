import { AppError, formatDateTimeVN } from '@congdoan/domain';
import type { Tx } from '../../db/tx';

/** The call's target row for a unit, locked; refused when the unit was not asked or the deadline passed. */
export async function openTarget(
  tx: Tx,
  callId: number,
  unitId: number,
): Promise<{ callUnitId: number; targetId: number }> {
  const { rows } = await tx.query<{ callUnitId: number; targetId: number | null; late: boolean; deadline: Date }>(
    `SELECT c.unit_id AS "callUnitId", t.id AS "targetId", c.deadline < now() AS late, c.deadline
       FROM petition_calls c LEFT JOIN petition_call_targets t ON t.call_id = c.id AND t.unit_id = $2
      WHERE c.id = $1 FOR UPDATE OF c`,
    [callId, unitId],
  );
  const row = rows[0];
  if (!row) throw new AppError('PETITION_CALL_NOT_FOUND', { id: callId });
  if (!row.targetId) throw new AppError('CALL_NOT_TARGETED');
  if (row.late) throw new AppError('CALL_DEADLINE_PASSED', { deadline: formatDateTimeVN(row.deadline) });
  return { callUnitId: row.callUnitId, targetId: row.targetId };
}
