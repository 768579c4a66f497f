import { AppError, formatNumberVN, homeStages, Permission, type HomeStage, type HomeStageBody } from '@congdoan/domain';
import type { Actor } from '../../../context/actor';
import { scopeFor } from '../../../context/actor';
import type { Tx } from '../../../db/tx';
import { assertVnd } from '../welfare.queries';
import { checkEvent, type HomeRow } from './homes.queries';

export const stageIndex = (s: HomeStage) => homeStages.indexOf(s);
export const nextStage = (s: HomeStage): HomeStage | null => homeStages[stageIndex(s) + 1] ?? null;

/** Column ← value for one stage's data: what a move writes and what an edit rewrites. */
export function stageColumns(body: HomeStageBody): Record<string, unknown> {
  switch (body.stage) {
    case 'survey':
      return {
        surveyed_on: body.surveyedOn,
        surveyed_by: body.surveyedBy,
        survey_findings: body.surveyFindings,
        estimated_cost_vnd: body.estimatedCostVnd,
      };
    case 'approval':
      return {
        approved_on: body.approvedOn,
        decision_number: body.decisionNumber,
        approved_cost_vnd: body.approvedCostVnd,
      };
    case 'funding':
      return {
        union_vnd: body.unionVnd,
        co_funders: JSON.stringify(body.coFunders),
        family_vnd: body.familyVnd,
        other_vnd: body.otherVnd,
      };
    case 'ground_breaking':
      return { started_on: body.startedOn, start_event_id: body.startEventId ?? null };
    case 'completion':
      return { completed_on: body.completedOn };
    case 'handover':
      return { handed_on: body.handedOn, handover_event_id: body.handoverEventId ?? null };
    case 'final_cost':
      return { final_cost_vnd: body.finalCostVnd, note: body.note || null };
  }
}

const positive = (...amounts: number[]) => {
  assertVnd(...amounts);
  for (const a of amounts) if (a <= 0) throw new AppError('WELFARE_AMOUNT_INVALID', { amount: a });
};

/**
 * The checks a stage's data must pass, on the house as it would be after the change: whole VND, the
 * funding split equal to the approved cost, dates in stage order, events in scope.
 */
export async function checkStage(tx: Tx, actor: Actor, home: HomeRow, body: HomeStageBody): Promise<void> {
  const after = { ...home };
  switch (body.stage) {
    case 'survey':
      positive(body.estimatedCostVnd);
      after.surveyedOn = body.surveyedOn;
      break;
    case 'approval':
      positive(body.approvedCostVnd);
      after.approvedOn = body.approvedOn;
      after.approvedCostVnd = body.approvedCostVnd;
      break;
    case 'funding':
      assertVnd(body.unionVnd, body.familyVnd, body.otherVnd, ...body.coFunders.map((c) => c.amountVnd));
      Object.assign(after, {
        unionVnd: body.unionVnd,
        coFunders: body.coFunders,
        familyVnd: body.familyVnd,
        otherVnd: body.otherVnd,
      });
      break;
    case 'ground_breaking':
      await checkEvent(tx, body.startEventId, scopeFor(actor, Permission.WelfareRead));
      after.startedOn = body.startedOn;
      break;
    case 'completion':
      after.completedOn = body.completedOn;
      break;
    case 'handover':
      await checkEvent(tx, body.handoverEventId, scopeFor(actor, Permission.WelfareRead));
      after.handedOn = body.handedOn;
      break;
    case 'final_cost':
      positive(body.finalCostVnd);
      break;
  }
  // Once funded, the split always adds up to the approved cost (an edit of either keeps them equal).
  if (after.unionVnd !== null && after.approvedCostVnd !== null) {
    const sum =
      after.unionVnd +
      (after.familyVnd ?? 0) +
      (after.otherVnd ?? 0) +
      after.coFunders.reduce((s, c) => s + c.amountVnd, 0);
    if (sum !== after.approvedCostVnd) {
      throw new AppError('WELFARE_HOME_FUNDING_SUM', {
        sum: formatNumberVN(sum),
        approved: formatNumberVN(after.approvedCostVnd),
      });
    }
  }
  checkDates(after);
}

/** The stage dates never go backwards (an application, survey, approval, ground-breaking, completion, handover). */
export function checkDates(after: HomeRow): void {
  const chain: [string, string | null][] = [
    ['Ngày đề nghị', after.appliedOn],
    ['Ngày khảo sát', after.surveyedOn],
    ['Ngày phê duyệt', after.approvedOn],
    ['Ngày khởi công', after.startedOn],
    ['Ngày hoàn thành', after.completedOn],
    ['Ngày bàn giao', after.handedOn],
  ];
  let last: string | null = null;
  for (const [field, date] of chain) {
    if (!date) continue;
    if (last && date < last) throw new AppError('WELFARE_HOME_DATE_ORDER', { field, after: last });
    last = date;
  }
}

/** What must exist before moving to a stage beyond its own data: photos of the house, a milestone. */
export async function checkPrerequisites(tx: Tx, homeId: number, stage: HomeStage): Promise<void> {
  if (stage === 'survey') {
    const { rows } = await tx.query("SELECT 1 FROM welfare_home_photos WHERE home_id = $1 AND stage = 'application'", [
      homeId,
    ]);
    if (!rows[0]) throw new AppError('WELFARE_HOME_PHOTO_REQUIRED');
  }
  if (stage === 'completion') {
    const { rows } = await tx.query('SELECT 1 FROM welfare_home_milestones WHERE home_id = $1', [homeId]);
    if (!rows[0]) throw new AppError('WELFARE_HOME_MILESTONE_REQUIRED');
  }
}

/** Writes one stage's columns (names come from stageColumns, never from input). */
export async function writeStage(tx: Tx, homeId: number, body: HomeStageBody, newStage: HomeStage | null) {
  const cols = Object.entries(stageColumns(body));
  const sets = cols.map(([c], i) => `${c} = $${i + 2}`);
  if (newStage) sets.push(`stage = '${newStage}'`);
  await tx.query(`UPDATE welfare_homes SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [
    homeId,
    ...cols.map(([, v]) => v),
  ]);
}
