import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Actor, Grant } from '../../context/actor';

export const SESSION_COOKIE = 'cd_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only a hash of the cookie token is stored, so a database leak does not hand out sessions. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function loadGrants(db: pg.Pool | pg.PoolClient, userId: number): Promise<Grant[]> {
  const { rows } = await db.query<Grant>(
    `SELECT g.id, g.role, g.unit_id AS "unitId", u.path::text AS "unitPath", u.code AS "unitCode", u.name AS "unitName"
       FROM role_grants g JOIN org_units u ON u.id = g.unit_id
      WHERE g.user_id = $1 ORDER BY u.path, g.role`,
    [userId],
  );
  return rows;
}

type SessionRow = {
  id: string;
  csrf_token: string;
  user_id: number;
  username: string;
  display_name: string;
  email: string | null;
  phone: string | null;
  must_change_password: boolean;
  expired: boolean;
  stale: boolean;
  grants: Grant[];
};

export type SessionLookup = { kind: 'none' } | { kind: 'expired' } | { kind: 'ok'; actor: Actor };

/**
 * Resolve a cookie token to an actor. A session ends at its absolute expiry or after
 * `idleSeconds` without a request; last_seen_at is refreshed at most once a minute.
 */
export async function resolveSession(pool: pg.Pool, token: string, idleSeconds: number): Promise<SessionLookup> {
  const id = sessionIdOf(token);
  const { rows } = await pool.query<SessionRow>({
    // One round trip per request: the session, its user and the user's grants together. Named, so each
    // connection parses and plans it once (planning cost more than running it).
    name: 'session-resolve',
    text: `SELECT s.id, s.csrf_token, s.user_id, u.username, u.display_name, u.email, u.phone, u.must_change_password,
            (s.expires_at < now() OR s.last_seen_at < now() - make_interval(secs => $2) OR u.disabled) AS expired,
            (s.last_seen_at < now() - interval '60 seconds') AS stale,
            coalesce((SELECT json_agg(json_build_object('id', g.id, 'role', g.role, 'unitId', g.unit_id,
                               'unitPath', gu.path::text, 'unitCode', gu.code, 'unitName', gu.name) ORDER BY gu.path, g.role)
                        FROM role_grants g JOIN org_units gu ON gu.id = g.unit_id WHERE g.user_id = u.id), '[]') AS grants
       FROM sessions s JOIN app_users u ON u.id = s.user_id WHERE s.id = $1`,
    values: [id, idleSeconds],
  });
  const row = rows[0];
  if (!row) return { kind: 'none' };
  if (row.expired) {
    await pool.query('DELETE FROM sessions WHERE id = $1', [id]);
    return { kind: 'expired' };
  }
  if (row.stale) await pool.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [id]);
  return {
    kind: 'ok',
    actor: {
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      email: row.email,
      phone: row.phone,
      mustChangePassword: row.must_change_password,
      grants: row.grants,
      sessionId: row.id,
      csrfToken: row.csrf_token,
    },
  };
}
