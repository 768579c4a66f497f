import type pg from 'pg';

// Made once by migration 0024 and never changed: what tells this installation's identifiers (iCalendar
// UIDs) apart from every other installation's.
const cache = new WeakMap<pg.Pool, Promise<string>>();

export function installationId(pool: pg.Pool): Promise<string> {
  let id = cache.get(pool);
  if (!id) {
    id = pool
      .query<{ value: string }>("SELECT value FROM app_secrets WHERE name = 'installation_id'")
      .then(({ rows }) => {
        if (!rows[0]) throw new Error('installation_id missing: run the migrations');
        return rows[0].value;
      });
    id.catch(() => cache.delete(pool));
    cache.set(pool, id);
  }
  return id;
}
