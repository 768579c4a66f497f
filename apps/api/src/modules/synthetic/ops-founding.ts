// Grassroots unions founded within the window. The synthetic tree founds every union before it (1990–2020),
// so about 2 % a year of the small unions (≤ 40 members, one parent since founding) are given a founding day in
// the window — before any member transferred in or out of them — and their memberships start no earlier than
// it: a union is founded with its first members. (Vietnam founded 10,976 grassroots unions in 2024, about 8 %;
// small ones are most of them.)
import type pg from 'pg';
import { copyIn } from './copy-loader';
import { chunked, isoOf, line, opsEnd, opsStart, type OpsUnits } from './operations-units';
import type { Rng } from './rng';

export async function loadFounding(client: pg.PoolClient, units: OpsUnits, r: Rng): Promise<number> {
  const eligible = units.grassroots.filter((g) => g.persons && g.persons.n <= 40);
  const share = Math.min(1, (0.02 * 5 * units.grassroots.length) / Math.max(1, eligible.length));
  const rows: string[] = [];
  for (const g of eligible) if (r.next() < share) rows.push(line([g.id, r.next()]));
  await client.query(
    'CREATE TEMP TABLE ops_founding (unit_id bigint PRIMARY KEY, at float8 NOT NULL, founded_on date) ON COMMIT DROP',
  );
  await copyIn(client, 'COPY ops_founding (unit_id, at) FROM STDIN', chunked(rows));
  // The founding day: `at` of the way from the window's start to the first transfer in or out of the union
  // (90 days before the dataset's day at the latest, so a departure moved after it stays in the window).
  await client.query(
    `UPDATE ops_founding f SET founded_on = $1::date + floor(f.at * (b.bound - $1::date))::int
       FROM (SELECT f2.unit_id,
                    least($2::date - 90,
                      (SELECT min(m.admitted_on) FROM memberships m
                        WHERE m.unit_id = f2.unit_id AND m.admission_kind <> 'new'),
                      (SELECT min(m.status_on) FROM memberships m
                        WHERE m.unit_id = f2.unit_id AND m.status IN ('transferred_out', 'in_transit')),
                      (SELECT min(t.requested_on) FROM member_transfers t WHERE t.to_unit_id = f2.unit_id)) AS bound
               FROM ops_founding f2) b
      WHERE b.unit_id = f.unit_id AND b.bound - $1::date >= 30`,
    [isoOf(opsStart), isoOf(opsEnd)],
  );
  await client.query(
    `DELETE FROM ops_founding f
      WHERE f.founded_on IS NULL OR (SELECT count(*) FROM org_unit_parents h WHERE h.unit_id = f.unit_id) <> 1`,
  );
  await client.query('UPDATE org_units u SET founded_on = f.founded_on FROM ops_founding f WHERE u.id = f.unit_id');
  await client.query(
    'UPDATE org_unit_parents h SET valid_from = f.founded_on FROM ops_founding f WHERE h.unit_id = f.unit_id',
  );
  // admitted no earlier than the founding; a departure recorded before it moves to a day or two months after
  await client.query(
    `UPDATE memberships m
        SET admitted_on = greatest(m.admitted_on, f.founded_on),
            card_issued_on = greatest(m.card_issued_on, f.founded_on),
            status_on = CASE WHEN m.status_on IS NOT NULL AND m.status_on <= f.founded_on
                             THEN f.founded_on + 1 + (m.id % 60)::int ELSE m.status_on END
       FROM ops_founding f
      WHERE m.unit_id = f.unit_id AND (m.admitted_on < f.founded_on OR m.status_on <= f.founded_on)`,
  );
  await client.query(
    `UPDATE member_cards c SET issued_on = f.founded_on FROM ops_founding f
      WHERE c.unit_id = f.unit_id AND c.issued_on < f.founded_on`,
  );
  const { rows: n } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM ops_founding');
  return n[0]!.n;
}
