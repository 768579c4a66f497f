import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app';

export type AuditRow = {
  action: string;
  entity_type: string;
  entity_id: string | null;
  actor_name: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/** The audit rows one request left (matched by its x-request-id), oldest first. */
export async function auditOf(t: TestApp, res: LightMyRequestResponse): Promise<AuditRow[]> {
  const { rows } = await t.db.pool.query<AuditRow>(
    `SELECT action, entity_type, entity_id, actor_name, before, after FROM audit_log WHERE request_id = $1 ORDER BY id`,
    [String(res.headers['x-request-id'])],
  );
  return rows;
}

/** A refusal: 4xx with `code` and a Vietnamese message (not the code itself), and no audit row written. */
export async function expectRefused(
  t: TestApp,
  res: LightMyRequestResponse,
  status: number,
  code: string,
): Promise<void> {
  expect(res.statusCode, res.body).toBe(status);
  const error = res.json<{ error: { code: string; message: string } }>().error;
  expect(error.code).toBe(code);
  expect(error.message).not.toBe(code);
  expect(error.message.length).toBeGreaterThan(5);
  expect(await auditOf(t, res)).toEqual([]);
}
