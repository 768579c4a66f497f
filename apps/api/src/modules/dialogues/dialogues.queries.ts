import type pg from 'pg';
import { AppError, type Dialogue } from '@congdoan/domain';

export const dialogueColumns = `d.id, d.unit_id AS "unitId", u.name AS "unitName", d.kind, d.title, d.host,
  to_char(d.held_on, 'YYYY-MM-DD') AS "heldOn", d.place, d.participants, d.agenda, d.minutes,
  d.minutes_file_name AS "minutesFileName", d.campaign_event_id AS "campaignEventId",
  (SELECT count(*) FROM petitions p WHERE p.dialogue_id = d.id)::int AS "petitionCount"`;

/** A dialogue whose organising unit lies in `scopes`, or 404. */
export async function findDialogue(db: pg.Pool | pg.PoolClient, id: number, scopes: string[]) {
  const { rows } = await db.query<Dialogue & { minutesFileKey: string | null }>(
    `SELECT ${dialogueColumns}, d.minutes_file_key AS "minutesFileKey"
       FROM dialogues d JOIN org_units u ON u.id = d.unit_id WHERE d.id = $1 AND u.path <@ $2::ltree[]`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('DIALOGUE_NOT_FOUND', { id });
  return rows[0];
}
