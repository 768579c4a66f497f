import { AppError } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { addEvent, findPetition, setStatus } from './petitions.queries';
import { getPetition } from './get-petition';

/** Record the answer given to a petition (usually at the dialogue) with the commitment and its deadline. */
export async function answerPetition(
  ctx: Ctx,
  id: number,
  input: {
    answerText: string;
    answeredBy: string;
    responsibleAgency?: string | null | undefined;
    commitment?: string | null | undefined;
    commitmentDeadline?: string | null | undefined;
    status: string;
  },
) {
  const actor = requireActor(ctx);
  await ctx.tx('petition.answer', async (tx) => {
    const p = await findPetition(tx, actor, id, 'write');
    if (p.consolidatedIntoId) throw new AppError('PETITION_PART_OF_CONSOLIDATED');
    await tx.query(
      `UPDATE petitions SET answer_text = $2, answered_by = $3, responsible_agency = $4, commitment = $5,
              commitment_deadline = $6, answered_at = now() WHERE id = $1`,
      [
        id,
        input.answerText,
        input.answeredBy,
        input.responsibleAgency ?? null,
        input.commitment ?? null,
        input.commitmentDeadline ?? null,
      ],
    );
    await addEvent(tx, actor, { petitionId: id, kind: 'answered', note: input.answeredBy });
    if (input.status !== p.status) await setStatus(tx, actor, [id], input.status);
  });
  return getPetition(ctx, id);
}

/** Follow-up: in progress, resolved, unresolved or rejected, dated in the trail. */
export async function changeStatus(ctx: Ctx, id: number, input: { status: string; note?: string | null | undefined }) {
  const actor = requireActor(ctx);
  await ctx.tx('petition.status', async (tx) => {
    const p = await findPetition(tx, actor, id, 'write');
    if (p.consolidatedIntoId) throw new AppError('PETITION_PART_OF_CONSOLIDATED');
    await setStatus(tx, actor, [id], input.status, 'status', input.note ?? null);
  });
  return getPetition(ctx, id);
}
