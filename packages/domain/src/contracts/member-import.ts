import { z } from 'zod';
import { importFields } from '../member-import/import-fields';
import { memberListQuery } from './members';
import { isoDate } from './common';

export const importField = z.enum(importFields);
export const importStatuses = ['uploaded', 'checking', 'checked', 'committing', 'committed', 'failed'] as const;
export const importActions = ['create', 'update', 'skip'] as const;
export const importModes = ['all_or_nothing', 'valid_only'] as const;

const issue = z.object({
  code: z.string(),
  field: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
export type ImportIssue = z.infer<typeof issue>;

export const importStats = z.object({
  total: z.number(),
  valid: z.number(),
  withErrors: z.number(),
  withWarnings: z.number(),
  matched: z.number(),
  toCreate: z.number(),
  toUpdate: z.number(),
  toSkip: z.number(),
  created: z.number().optional(),
  updated: z.number().optional(),
  skipped: z.number().optional(),
  failed: z.number().optional(),
});
export type ImportStats = z.infer<typeof importStats>;

export const memberImport = z.object({
  id: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  fileName: z.string(),
  status: z.enum(importStatuses),
  sheets: z.array(z.object({ index: z.number(), name: z.string(), hidden: z.boolean() })),
  sheetIndex: z.number(),
  /** 1-based spreadsheet row numbers; null when no header was found. */
  headerRow: z.number().nullable(),
  dataStart: z.number().nullable(),
  headers: z.array(z.string()),
  fields: z.array(importField.nullable()),
  /** The first rows of the sheet as text (title block, header, some data) for the mapping screen. */
  sample: z.array(z.object({ rowNumber: z.number(), cells: z.array(z.string()) })),
  admittedOn: z.string(),
  defaultAction: z.enum(importActions),
  mode: z.enum(importModes).nullable(),
  stats: importStats.nullable(),
  previewJobId: z.number().nullable(),
  commitJobId: z.number().nullable(),
  createdAt: z.string(),
});
export type MemberImport = z.infer<typeof memberImport>;

export const detectSheetBody = z.strictObject({ sheetIndex: z.number().int().min(0).max(500) });

export const checkImportBody = z.strictObject({
  sheetIndex: z.number().int().min(0).max(500),
  /** 1-based row of the header; data starts at `dataStart` (default: the row after). */
  headerRow: z.number().int().min(1).max(1000),
  dataStart: z.number().int().min(2).max(1001).optional(),
  fields: z.array(importField.nullable()).max(200),
  admittedOn: isoDate.optional(),
  defaultAction: z.enum(importActions).optional(),
});
export type CheckImportInput = z.infer<typeof checkImportBody>;

export const importRowsQuery = z.object({
  filter: z.enum(['all', 'errors', 'warnings', 'matched']).default('all'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const importRow = z.object({
  rowNo: z.number(),
  fullName: z.string(),
  gender: z.string().nullable(),
  /** As precise as written: "1992", "1990-03" or "1990-03-15". */
  birthDate: z.string().nullable(),
  cccd: z.string().nullable(),
  oldIdNumber: z.string().nullable(),
  phone: z.string().nullable(),
  errors: z.array(issue),
  warnings: z.array(issue),
  match: z.object({ personId: z.number(), kind: z.enum(['cccd', 'probable']), name: z.string() }).nullable(),
  action: z.enum(importActions).nullable(),
  effectiveAction: z.enum(importActions),
  result: z.string().nullable(),
});
export type ImportRow = z.infer<typeof importRow>;
export const importRowList = z.object({ items: z.array(importRow), total: z.number() });

export const importRowParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
  rowNo: z.coerce.number().int().positive().max(10_000_000),
});
export const setRowActionBody = z.strictObject({ action: z.enum(importActions).nullable() });

export const commitImportBody = z.strictObject({
  mode: z.enum(importModes),
  defaultAction: z.enum(importActions).optional(),
});

export const exportFormats = ['xlsx', 'csv'] as const;
/** The same filters as GET /api/members, without paging. */
export const exportMembersBody = z.strictObject({
  format: z.enum(exportFormats),
  filter: memberListQuery.omit({ page: true, pageSize: true }).partial().default({}),
});
export type ExportMembersInput = z.infer<typeof exportMembersBody>;
export const jobRef = z.object({ jobId: z.number() });
