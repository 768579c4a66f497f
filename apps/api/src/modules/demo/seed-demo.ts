import type pg from 'pg';
import { inTransaction, type Source } from '../../db/tx';
import { generateTemporaryPassword, hashPassword } from '../auth';
import { demoAccounts, demoTree, type DemoUnit } from './demo-data';
import { modules } from '../index';

/** True when the database holds no org unit yet (first start). */
export async function isEmpty(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM org_units');
  return rows[0]?.n === 0;
}

/**
 * Load the demo in one audited transaction. The administrator `admin` gets a random one-time
 * password (must change at first login); the other demo accounts share it. Tree and accounts
 * first, then each module's declared demo.
 */
export async function seedDemo(pool: pg.Pool, source: Source): Promise<{ password: string; units: number }> {
  const password = generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  let units = 0;
  await inTransaction(
    pool,
    { actorId: null, actorName: null, source, requestId: null, action: 'demo.seed' },
    async (tx) => {
      const insert = async (unit: DemoUnit, parentId: number | null) => {
        const { rows } = await tx.query<{ id: number }>(
          `INSERT INTO org_units (code, name, short_name, kind, subkind, parent_id, founded_on)
         VALUES ($1, $2, $3, $4, $5, $6, '2020-01-01') RETURNING id`,
          [unit.code, unit.name, unit.shortName ?? null, unit.kind, unit.subkind ?? null, parentId],
        );
        units++;
        for (const child of unit.children ?? []) await insert(child, rows[0]!.id);
      };
      await insert(demoTree, null);
      for (const account of demoAccounts) {
        const { rows } = await tx.query<{ id: number }>(
          `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
         SELECT $1, $2, $3, $4, id FROM org_units WHERE code = $5 RETURNING id, home_unit_id`,
          [account.username, account.displayName, passwordHash, account.role === 'system_admin', account.unitCode],
        );
        await tx.query(
          `INSERT INTO role_grants (user_id, role, unit_id) SELECT $1, $2, id FROM org_units WHERE code = $3`,
          [rows[0]!.id, account.role, account.unitCode],
        );
      }
      // Then each module's own demo rows, in list order (modules/index.ts).
      for (const m of modules) if (m.demo) await m.demo(tx);
    },
  );
  return { password, units };
}
