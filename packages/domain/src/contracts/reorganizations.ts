import { z } from 'zod';
import { allSubkinds, orgUnitKinds } from './org-units';
import { isoDate, text } from './common';

const id = z.number().int().positive();
const newUnit = z.object({
  code: z.string().trim().min(2).max(40),
  name: text(300),
  kind: z.enum(orgUnitKinds),
  subkind: z.enum(allSubkinds).nullable().optional(),
  childIds: z.array(id).max(5000).default([]),
});

/** One dated reorganisation. `dryRun` validates and reports without changing anything. */
export const reorganizationBody = z
  .discriminatedUnion('operation', [
    z.object({ operation: z.literal('move'), unitId: id, newParentId: id }),
    z.object({ operation: z.literal('merge'), unitIds: z.array(id).min(1).max(500), survivorId: id }),
    z.object({
      operation: z.literal('split'),
      unitId: id,
      newUnits: z.array(newUnit).min(1).max(50),
      closeSource: z.boolean().default(false),
    }),
    z.object({ operation: z.literal('close'), unitId: id, targetId: id }),
    z.object({
      operation: z.literal('rename'),
      unitId: id,
      name: text(300).optional(),
      shortName: text(100).nullable().optional(),
      kind: z.enum(orgUnitKinds).optional(),
      subkind: z.enum(allSubkinds).nullable().optional(),
    }),
  ])
  .and(z.object({ effectiveOn: isoDate, dryRun: z.boolean().default(false), note: text(500).optional() }));
export type ReorganizationBody = z.infer<typeof reorganizationBody>;

export const reorgChange = z.object({
  type: z.enum(['move', 'close', 'create', 'rename', 'reopen']),
  unitId: z.number(),
  code: z.string(),
  name: z.string(),
  fromParentId: z.number().nullable().optional(),
  toParentId: z.number().nullable().optional(),
  fromParentName: z.string().nullable().optional(),
  toParentName: z.string().nullable().optional(),
  before: z.record(z.string(), z.unknown()).optional(),
  after: z.record(z.string(), z.unknown()).optional(),
  members: z.number().default(0),
});
export type ReorgChange = z.infer<typeof reorgChange>;

export const reorganizationResult = z.object({
  id: z.number().nullable(),
  dryRun: z.boolean(),
  status: z.enum(['applied', 'scheduled', 'preview']),
  effectiveOn: z.string(),
  changes: z.array(reorgChange),
  membersMoved: z.number(),
});
export type ReorganizationResult = z.infer<typeof reorganizationResult>;

export const undoBody = z.object({ effectiveOn: isoDate, dryRun: z.boolean().default(false) });

/** A problem found in a mapping file, named by row (1 = header) and column. */
export const bulkConflict = z.object({
  row: z.number(),
  field: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type BulkConflict = z.infer<typeof bulkConflict>;

export const bulkPreview = z.object({
  id: z.number(),
  status: z.enum(['previewed', 'queued', 'applied', 'failed']),
  fileName: z.string(),
  effectiveOn: z.string().nullable(),
  rows: z.number(),
  changes: z.array(reorgChange.extend({ row: z.number() })),
  conflicts: z.array(bulkConflict),
  membersMoved: z.number(),
  jobId: z.number().nullable(),
  reorganizationId: z.number().nullable(),
});
export type BulkPreview = z.infer<typeof bulkPreview>;

export const bulkUploadQuery = z.object({ unitId: z.coerce.number().int().positive(), effectiveOn: isoDate });
/** The file may also come as JSON text (CSV), e.g. from scripts. */
export const bulkUploadJson = z.object({ fileName: z.string().max(200), csv: z.string().max(5_000_000) });
export const proposalQuery = z.object({ unitId: z.coerce.number().int().positive() });
