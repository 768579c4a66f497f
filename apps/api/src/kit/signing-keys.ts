import { randomBytes } from 'node:crypto';
import type pg from 'pg';

/**
 * The HMAC keys the product signs with (member-card links, event tickets). They live in the database, made on
 * first use, so every API process signs alike and a restore keeps printed cards and tickets valid; they are never
 * audited. Two tables hold them for history (card_signing_keys from issue 4, app_secrets from issue 5); folding them
 * needs a migration, so this one API reads either and callers do not know which.
 */
const stores = {
  card: {
    make: 'INSERT INTO card_signing_keys (id, secret) VALUES (1, $1) ON CONFLICT DO NOTHING',
    read: 'SELECT secret AS value FROM card_signing_keys WHERE id = 1',
    encoding: 'hex',
  },
  ticket: {
    make: "INSERT INTO app_secrets (name, value) VALUES ('ticket_hmac', $1) ON CONFLICT DO NOTHING",
    read: "SELECT value FROM app_secrets WHERE name = 'ticket_hmac'",
    encoding: 'base64url',
  },
} as const;
export type SigningKeyName = keyof typeof stores;

const cache = new WeakMap<pg.Pool, Map<SigningKeyName, Promise<Buffer>>>();

/** The key named, made on first use; one lookup per pool (a failed lookup is retried next time). */
export function signingKey(pool: pg.Pool, name: SigningKeyName): Promise<Buffer> {
  let keys = cache.get(pool);
  if (!keys) cache.set(pool, (keys = new Map<SigningKeyName, Promise<Buffer>>()));
  let key = keys.get(name);
  if (!key) {
    const store = stores[name];
    key = (async () => {
      await pool.query(store.make, [randomBytes(32).toString(store.encoding)]);
      const { rows } = await pool.query<{ value: string }>(store.read);
      return Buffer.from(rows[0]!.value, store.encoding);
    })();
    key.catch(() => keys.delete(name));
    keys.set(name, key);
  }
  return key;
}
