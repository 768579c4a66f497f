import { AppError, Permission, type Dialogue } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { StoredUpload } from '../../storage/upload';
import { dialogueColumns, findDialogue } from './dialogues.queries';
import { setStatus } from '../petitions';

export type DialogueInput = {
  unitId: number;
  kind: string;
  title: string;
  host: string;
  heldOn: string;
  place?: string | null | undefined;
  participants?: string | null | undefined;
  agenda?: string | null | undefined;
  minutes?: string | null | undefined;
  campaignEventId?: number | null | undefined;
};

const values = (i: DialogueInput) => [
  i.unitId,
  i.kind,
  i.title,
  i.host,
  i.heldOn,
  i.place ?? null,
  i.participants ?? null,
  i.agenda ?? null,
  i.minutes ?? null,
  i.campaignEventId ?? null,
];

export async function listDialogues(ctx: Ctx) {
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionRead);
  const { rows } = await ctx.pool.query<Dialogue>(
    `SELECT ${dialogueColumns} FROM dialogues d JOIN org_units u ON u.id = d.unit_id
      WHERE u.path <@ $1::ltree[] ORDER BY d.held_on DESC, d.id DESC LIMIT 500`,
    [scopes],
  );
  return { items: rows };
}

export async function getDialogue(ctx: Ctx, id: number) {
  const { minutesFileKey: _k, ...d } = await findDialogue(
    ctx.pool,
    id,
    scopeFor(requireActor(ctx), Permission.PetitionRead),
  );
  return d;
}

export async function createDialogue(ctx: Ctx, input: DialogueInput) {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.PetitionWrite);
  const id = await ctx.tx('dialogue.create', async (tx) => {
    const { rows: u } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      input.unitId,
      scopes,
    ]);
    if (!u[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO dialogues (unit_id, kind, title, host, held_on, place, participants, agenda, minutes, campaign_event_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [...values(input), actorUserId(actor)],
    );
    return rows[0]!.id;
  });
  return getDialogue(ctx, id);
}

export async function updateDialogue(ctx: Ctx, id: number, input: DialogueInput) {
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionWrite);
  await ctx.tx('dialogue.update', async (tx) => {
    await findDialogue(tx, id, scopes);
    const { rows: u } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      input.unitId,
      scopes,
    ]);
    if (!u[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    await tx.query(
      `UPDATE dialogues SET unit_id = $1, kind = $2, title = $3, host = $4, held_on = $5, place = $6, participants = $7,
              agenda = $8, minutes = $9, campaign_event_id = $10 WHERE id = $11`,
      [...values(input), id],
    );
  });
  return getDialogue(ctx, id);
}

/** Store the minutes file (pdf/docx) of a dialogue. */
export async function setMinutesFile(ctx: Ctx, id: number, file: StoredUpload) {
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionWrite);
  await ctx.tx('dialogue.minutes_file', async (tx) => {
    await findDialogue(tx, id, scopes);
    await tx.query('UPDATE dialogues SET minutes_file_key = $2, minutes_file_name = $3 WHERE id = $1', [
      id,
      file.key,
      file.fileName,
    ]);
  });
  return getDialogue(ctx, id);
}

/**
 * Put petitions on a dialogue's agenda: they must be handled in the actor's write scope and not be
 * merged into another; collected or consolidated ones become "presented".
 */
export async function attachPetitions(ctx: Ctx, id: number, petitionIds: number[]) {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.PetitionWrite);
  await ctx.tx('dialogue.attach_petitions', async (tx) => {
    await findDialogue(tx, id, scopes);
    const ids = [...new Set(petitionIds)];
    const { rows } = await tx.query<{ id: number; status: string; into: number | null }>(
      `SELECT p.id, p.status, p.consolidated_into_id AS into FROM petitions p JOIN org_units hu ON hu.id = p.unit_id
        WHERE p.id = ANY($1::bigint[]) AND hu.path <@ $2::ltree[] FOR UPDATE OF p`,
      [ids, scopes],
    );
    const missing = ids.find((pid) => !rows.some((r) => r.id === pid));
    if (missing) throw new AppError('PETITION_NOT_FOUND', { id: missing });
    if (rows.some((r) => r.into)) throw new AppError('PETITION_PART_OF_CONSOLIDATED');
    await tx.query('UPDATE petitions SET dialogue_id = $1 WHERE id = ANY($2::bigint[])', [id, ids]);
    const toPresent = rows.filter((r) => r.status === 'collected' || r.status === 'consolidated').map((r) => r.id);
    await setStatus(tx, actor, toPresent, 'presented', 'presented', `#${id}`);
  });
  return getDialogue(ctx, id);
}
