import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@congdoan/domain';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();
const audit = path.resolve(import.meta.dirname, '../../../../web/src/modules/audit');
const labels = (lng: string) =>
  (JSON.parse(fs.readFileSync(path.join(audit, 'i18n', `${lng}.json`), 'utf8')) as { audit: { columns: object } }).audit
    .columns as Record<string, string>;
const hidden = new Set(JSON.parse(fs.readFileSync(path.join(audit, 'hidden-columns.json'), 'utf8')) as string[]);

describe('history in words', () => {
  it('gives every column of every audited table a Vietnamese and an English label, or hides it as technical', async () => {
    const { rows } = await t.db.pool.query<{ table: string; column: string }>(
      `SELECT c.table_name AS table, c.column_name AS column FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.table_name NOT IN ('audit_log', 'audit_seals')
          AND c.table_name IN (SELECT event_object_table FROM information_schema.triggers
                                WHERE action_statement ILIKE '%audit%')`,
    );
    expect(rows.length).toBeGreaterThan(200);
    const vi = labels('vi');
    const en = labels('en');
    const missing = rows.filter((r) => !hidden.has(r.column) && !(vi[r.column] && en[r.column]));
    expect(missing.map((r) => `${r.table}.${r.column}`)).toEqual([]);
    for (const label of Object.values(vi)) expect(label).not.toMatch(/_/);
  });

  it('names the units behind ids in before/after, for those who may see the values', async () => {
    const parentId = await unitId(t, 'CDX-19333');
    const admin = await t.signIn('qt.quantri');
    const created = await admin.request('POST', '/api/org-units', {
      code: 'QT-HIS',
      name: 'CĐCS Lịch sử',
      kind: 'grassroots_union',
      parentId,
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json<{ id: number }>().id;
    const { rows } = await t.db.pool.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [parentId]);
    const auditor = await t.signIn('kiemtra');
    const history = await auditor.request('GET', `/api/audit/history?entityType=org_units&entityId=${id}`);
    expect(history.statusCode, history.body).toBe(200);
    const insert = history.json<{ items: AuditEntry[] }>().items.find((e) => e.after?.parent_id === parentId);
    expect(insert?.unitNames[String(parentId)]).toBe(rows[0]!.name);
    // Without the values (not an auditor), no names either.
    const officer = await t.signIn('qt.canbo');
    const plain = await officer.request('GET', `/api/audit/history?entityType=org_units&entityId=${id}`);
    expect(plain.json<{ items: AuditEntry[] }>().items.every((e) => Object.keys(e.unitNames).length === 0)).toBe(true);
  });
});
