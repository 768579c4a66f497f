import { AppError, type programmeBody } from '@congdoan/domain';
import type { z } from 'zod';
import type { Tx } from '../../db/tx';
import { writeFundingRows } from './spending.queries';
import { assertCount, assertVnd, unitInScope } from './welfare.queries';

export type ProgrammeInput = z.output<typeof programmeBody>;

/** Checks shared by create and edit; the eligible subtree must lie within the owner's. */
export async function checkProgramme(tx: Tx, input: ProgrammeInput, scopes: string[]): Promise<void> {
  assertVnd(input.benefitVnd, input.totalBudgetVnd, input.yearlyCapVnd, ...input.funding.map((f) => f.amountVnd));
  assertCount(input.totalCount);
  if (input.nominationTo < input.nominationFrom) throw new AppError('WELFARE_PERIOD_INVALID');
  if (input.handoutFrom && input.handoutTo && input.handoutTo < input.handoutFrom) {
    throw new AppError('WELFARE_PERIOD_INVALID');
  }
  const owner = await unitInScope(tx, input.unitId, scopes);
  if (input.eligibleUnitId) {
    const { rows } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree', [
      input.eligibleUnitId,
      owner.path,
    ]);
    if (!rows[0]) throw new AppError('WELFARE_UNIT_OUTSIDE', { id: input.eligibleUnitId });
  }
  if (input.campaignId) {
    const { rows } = await tx.query(
      'SELECT 1 FROM campaigns c JOIN org_units u ON u.id = c.unit_id WHERE c.id = $1 AND u.path <@ $2::ltree[]',
      [input.campaignId, scopes],
    );
    if (!rows[0]) throw new AppError('CAMPAIGN_NOT_FOUND', { id: input.campaignId });
  }
}

export const programmeValues = (input: ProgrammeInput) => [
  input.unitId,
  input.kind,
  input.name,
  input.year,
  input.nominationFrom,
  input.nominationTo,
  input.handoutFrom ?? null,
  input.handoutTo ?? null,
  input.benefitForm,
  input.benefitVnd,
  input.benefitDescription || null,
  input.eligibleStatuses,
  input.eligibleUnitId ?? null,
  [...new Set(input.hardshipCategories)],
  input.nonMembersAllowed,
  input.yearlyCapVnd ?? null,
  input.yearlyCapMode,
  input.campaignId ?? null,
];

/** The programme's sources; rows hand-outs draw on are kept (spending.queries.ts). */
export async function writeFunding(tx: Tx, programmeId: number, input: ProgrammeInput): Promise<void> {
  await writeFundingRows(tx, programmeId, input.funding);
}
