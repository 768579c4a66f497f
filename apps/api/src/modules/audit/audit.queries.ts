import type pg from 'pg';
import { auditUnitColumns, type AuditEntry } from '@congdoan/domain';

/**
 * Audit rows as the API returns them. Before/after carry personal data, so they are only
 * included when `withData` is true (auditors); everyone else sees which fields changed.
 */
export async function selectAudit(
  db: pg.Pool,
  where: string,
  params: unknown[],
  withData: boolean,
  tail: string,
): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditEntry>(
    `SELECT a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
            a.actor_id AS "actorId", a.actor_name AS "actorName", a.source, a.request_id AS "requestId",
            a.action, a.entity_type AS "entityType", a.entity_id AS "entityId",
            coalesce((SELECT array_agg(k ORDER BY k) FROM (
               SELECT key AS k FROM jsonb_each(coalesce(a.before, '{}') || coalesce(a.after, '{}'))
               WHERE a.before -> key IS DISTINCT FROM a.after -> key) keys), '{}') AS "changedFields",
            CASE WHEN $${params.length + 1}::boolean THEN a.before END AS before,
            CASE WHEN $${params.length + 1}::boolean THEN a.after END AS after,
            CASE WHEN $${params.length + 1}::boolean THEN (
              SELECT jsonb_object_agg(u.id::text, u.name) FROM org_units u
               WHERE u.id::text IN (
                 SELECT v.value FROM jsonb_each_text(coalesce(a.before, '{}')) v
                  WHERE v.key = ANY($${params.length + 2}::text[])
                 UNION SELECT v.value FROM jsonb_each_text(coalesce(a.after, '{}')) v
                  WHERE v.key = ANY($${params.length + 2}::text[]))) END AS "unitNames"
       FROM audit_log a WHERE ${where} ${tail}`,
    [...params, withData, auditUnitColumns],
  );
  return rows.map((r) => ({ ...r, unitNames: r.unitNames ?? {} }));
}
