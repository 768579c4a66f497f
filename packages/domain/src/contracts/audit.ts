import { z } from 'zod';

/** Columns that hold an org unit's id: histories show the unit by its name (`unitNames`). */
export const auditUnitColumns = [
  'unit_id',
  'parent_id',
  'to_unit_id',
  'union_group_id',
  'home_unit_id',
  'origin_unit_id',
  'eligible_unit_id',
  'industrial_zone_unit_id',
  'root_id',
];

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable(),
  source: z.string(),
  requestId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changedFields: z.array(z.string()),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** Names of the org units whose ids appear in before/after (only when the values are shown). */
  unitNames: z.record(z.string(), z.string()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditList = z.object({ items: z.array(auditEntry), total: z.number() });

export const auditSearchQuery = z.object({
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const historyQuery = z.object({
  entityType: z.enum(['org_units', 'app_users']),
  // A record id (both tables use bigint ids); anything else is a 400, not a NaN sent to SQL.
  entityId: z.string().regex(/^[1-9]\d{0,14}$/),
});
