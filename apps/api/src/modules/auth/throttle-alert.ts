import type { Tx } from '../../db/tx';
import { auditEvent } from '../../db/tx';
import type { ThrottleKey } from './login-throttle';

/**
 * The failure that starts a sign-in delay: an audit event and an in-app notification to every active system
 * administrator. At most one notification per administrator per hour (dedupe key), so a spray over thousands
 * of accounts cannot flood them; the audit log still names every account.
 */
export async function recordThrottleStart(
  tx: Tx,
  a: { loginKey: string; ip: string; userId: number | null; username: string | null; key: ThrottleKey },
): Promise<void> {
  await auditEvent(tx, {
    action: 'auth.login_throttled',
    entityType: 'app_users',
    entityId: a.userId,
    data: { login: a.loginKey, ip: a.ip, by: a.key.kind },
  });
  if (a.userId === null || a.username === null) return;
  await tx.query(
    `INSERT INTO notifications (user_id, kind, title, link, dedupe_key)
     SELECT DISTINCT a.id, 'login_throttled', $1, $2,
            'login_throttled:' || a.id || ':' || to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDDHH24')
       FROM role_grants g JOIN app_users a ON a.id = g.user_id
      WHERE g.role = 'system_admin' AND NOT a.disabled
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      `Đăng nhập sai nhiều lần vào tài khoản ${a.username}: đăng nhập tài khoản này đang bị làm chậm`,
      `/users?q=${encodeURIComponent(a.username)}`,
    ],
  );
}
