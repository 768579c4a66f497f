import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

// Inserts into persons, memberships and member_cards are audited once per statement (migration
// set_based_member_triggers): a 3-row statement must still leave three audit rows each, with the row, the
// action, the actor, the unit's path and federation, exactly as the row trigger wrote them; and the new
// memberships must leave their persons in sync (unit, status, current membership).
const t = useTestApp();

describe('set-based audit and sync of bulk member inserts', () => {
  it('audits every inserted row and keeps each person on their membership', async () => {
    const c = await t.db.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.action', 'member_import.commit', true),
                            set_config('app.actor_name', 'Kiểm thử', true)`);
      const { rows: unit } = await c.query<{ id: string; path: string; fed: string }>(
        `SELECT id, path::text, ltree_federation(path)::text AS fed FROM org_units WHERE code = 'QT-0001'`,
      );
      const u = unit[0]!;
      const { rows: people } = await c.query<{ id: string }>(
        `INSERT INTO persons (unit_id, family_name, middle_name, given_name, full_name, sort_key, gender, birth_date)
         SELECT $1, 'Trần', 'Văn', 'Số ' || g, 'Trần Văn Số ' || g, 'so ' || g, 'male', '1990-01-01'
           FROM generate_series(1, 3) g RETURNING id`,
        [u.id],
      );
      const ids = people.map((p) => p.id);
      // persons written without their membership: the membership insert's sync must fill them in
      const { rows: ms } = await c.query<{ id: string }>(
        `INSERT INTO memberships (person_id, unit_id, admitted_on)
         SELECT unnest($1::bigint[]), $2, '2026-01-02' RETURNING id`,
        [ids, u.id],
      );
      await c.query('COMMIT');

      const { rows: audit } = await t.db.pool.query<{
        entity_type: string;
        entity_id: string;
        action: string;
        actor_name: string;
        unit_path: string;
        federation_id: string;
        before: unknown;
        after: { id: number; unit_id: number };
      }>(
        `SELECT entity_type, entity_id, action, actor_name, unit_path::text, federation_id::text, before, after
           FROM audit_log WHERE (entity_type = 'persons' AND entity_id = ANY($1)) OR
                                (entity_type = 'memberships' AND entity_id = ANY($2))
          ORDER BY id`,
        [ids, ms.map((m) => m.id)],
      );
      const inserted = audit.filter((a) => a.before === null);
      expect(inserted.map((a) => `${a.entity_type}:${a.entity_id}`)).toEqual([
        ...ids.map((id) => `persons:${id}`),
        ...ms.map((m) => `memberships:${m.id}`),
      ]);
      for (const a of inserted) {
        expect(a).toMatchObject({ action: 'member_import.commit', actor_name: 'Kiểm thử', unit_path: u.path });
        expect(a.federation_id).toBe(u.fed);
        expect(String(a.after.unit_id)).toBe(String(u.id));
      }
      // the sync's update of each person is audited by the row trigger, before → after
      expect(audit.filter((a) => a.entity_type === 'persons' && a.before !== null)).toHaveLength(3);

      const { rows: synced } = await t.db.pool.query<{ member_status: string; membership_id: string; fed: string }>(
        `SELECT member_status, membership_id::text, federation_id::text AS fed FROM persons WHERE id = ANY($1) ORDER BY id`,
        [ids],
      );
      expect(synced.map((p) => String(p.membership_id))).toEqual(ms.map((m) => String(m.id)));
      expect(synced.every((p) => p.member_status === 'active' && p.fed === u.fed)).toBe(true);
    } finally {
      await c.query('ROLLBACK').catch(() => undefined);
      c.release();
    }
  });
});
