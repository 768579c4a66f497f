import { Permission, type PetitionDetail } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { findPetition, selectPetitions, visibleSql } from './petitions.queries';
import { sqlIso } from '../../kit/dates';

const answerColumns = `answer_text AS "answerText", answered_by AS "answeredBy", responsible_agency AS "responsibleAgency",
  commitment, to_char(commitment_deadline, 'YYYY-MM-DD') AS "commitmentDeadline", ${sqlIso('answered_at')} AS "answeredAt"`;

type Answer = PetitionDetail['answer'];

/**
 * One petition with its trail, answer, originals the actor may see, and — for an original — the
 * consolidated petition it went into. Never the identity of an anonymous worker.
 */
export async function getPetition(ctx: Ctx, id: number): Promise<PetitionDetail> {
  const actor = requireActor(ctx);
  const p = await findPetition(ctx.pool, actor, id, 'read');
  const { rows } = await ctx.pool.query<{
    content: string;
    raiserName: string | null;
    callId: number | null;
    dialogueTitle: string | null;
    answer: Answer;
  }>(
    `SELECT p.content, p.raiser_name AS "raiserName", p.call_id AS "callId", d.title AS "dialogueTitle",
            (SELECT row_to_json(a) FROM (SELECT ${answerColumns} FROM petitions WHERE id = p.id) a) AS answer
       FROM petitions p LEFT JOIN dialogues d ON d.id = p.dialogue_id WHERE p.id = $1`,
    [id],
  );
  const extra = rows[0]!;
  const scopes = scopeFor(actor, Permission.PetitionRead);
  const originals = p.isConsolidated
    ? await selectPetitions(
        ctx.pool,
        `p.consolidated_into_id = $1 AND ${visibleSql('$2', '$3')}`,
        [id, scopes, actor.userId],
        'ORDER BY ou.name, p.id',
      )
    : [];
  let consolidatedInto: PetitionDetail['consolidatedInto'] = null;
  if (p.consolidatedIntoId) {
    const [parent] = await selectPetitions(ctx.pool, 'p.id = $1', [p.consolidatedIntoId]);
    const { rows: a } = await ctx.pool.query<{ answer: Answer }>(
      `SELECT (SELECT row_to_json(a) FROM (SELECT ${answerColumns} FROM petitions WHERE id = $1) a) AS answer`,
      [p.consolidatedIntoId],
    );
    consolidatedInto = { ...parent!, answer: a[0]!.answer };
  }
  // The trail of this petition and, for an original, of the consolidated one it went into.
  const { rows: events } = await ctx.pool.query<PetitionDetail['events'][number]>(
    `SELECT e.id, e.kind, e.from_status AS "fromStatus", e.to_status AS "toStatus", u.name AS "unitName",
            tu.name AS "toUnitName", e.note, e.actor_name AS "actorName", ${sqlIso('e.at')} AS at
       FROM petition_events e JOIN org_units u ON u.id = e.unit_id LEFT JOIN org_units tu ON tu.id = e.to_unit_id
      WHERE e.petition_id = $1 OR e.petition_id = $2 ORDER BY e.at, e.id`,
    [id, p.consolidatedIntoId ?? 0],
  );
  const { rows: attachments } = await ctx.pool.query<{ id: number; fileName: string; size: number }>(
    'SELECT id, file_name AS "fileName", size::int AS size FROM petition_attachments WHERE petition_id = $1 ORDER BY id',
    [id],
  );
  const { unitPath, ...summary } = p;
  const canReadIdentity =
    summary.raisedBy === 'anonymous' && pathInScope(unitPath, scopeFor(actor, Permission.PetitionIdentityRead));
  const canWrite = pathInScope(unitPath, scopeFor(actor, Permission.PetitionWrite));
  return { ...summary, ...extra, consolidatedInto, originals, events, attachments, canReadIdentity, canWrite };
}
