import { z } from 'zod';
import { importFields } from '../member-import/import-fields';
import { memberListQuery } from './members';
import { isoDate } from './common';
import { textEncodings } from '../encoding-detection';

export const importField = z.enum(importFields);
export const importStatuses = ['uploaded', 'checking', 'checked', 'committing', 'committed', 'failed'] as const;
/**
 * What a checked row does. `update` keeps the registry's values and fills only its empty fields (the
 * default); `overwrite` lets the file's values win and needs an explicit choice (per row or for the
 * batch); `transfer` asks the union holding the person's open membership for a transfer request.
 */
export const importActions = ['create', 'update', 'overwrite', 'skip', 'transfer'] as const;
/** What a batch may choose for its matched rows (transfer rows stay transfers unless skipped). */
export const importDefaultActions = ['update', 'overwrite', 'skip', 'create'] as const;
/** 'old_id' (CMND) is matched once persons carry that number (see match-persons.ts in the API). */
export const importMatchKinds = ['cccd', 'old_id', 'phone', 'probable'] as const;
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
  toOverwrite: z.number().optional(),
  toTransfer: z.number().optional(),
  created: z.number().optional(),
  overwritten: z.number().optional(),
  transferRequested: z.number().optional(),
  updated: z.number().optional(),
  skipped: z.number().optional(),
  failed: z.number().optional(),
});
export type ImportStats = z.infer<typeof importStats>;

export const textEncoding = z.enum(textEncodings);
/** How the file's text is read: what detection found, the user's choice if any, and each column's reading. */
export const importEncoding = z.object({
  found: textEncoding,
  forced: textEncoding.nullable(),
  columns: z.array(textEncoding),
});
export type ImportEncoding = z.infer<typeof importEncoding>;
/** The user's encoding for the file; null goes back to what detection found. */
export const setEncodingBody = z.strictObject({ encoding: textEncoding.nullable() });

/** A member list, or a welfare programme's nomination list (same upload, mapping and preview). */
export const importPurposes = ['members', 'welfare_nominations'] as const;

export const memberImport = z.object({
  id: z.number(),
  purpose: z.enum(importPurposes),
  /** The welfare programme of a nomination list. */
  programmeId: z.number().nullable(),
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
  encoding: importEncoding,
  admittedOn: z.string(),
  defaultAction: z.enum(importDefaultActions),
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
  defaultAction: z.enum(importDefaultActions).optional(),
});
export type CheckImportInput = z.infer<typeof checkImportBody>;

export const importRowsQuery = z.object({
  filter: z.enum(['all', 'errors', 'warnings', 'matched']).default('all'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const importDifference = z.object({
  field: z.string(),
  registry: z.string().nullable(),
  file: z.string(),
});
export type ImportDifference = z.infer<typeof importDifference>;

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
  /**
   * The known person this row matches. Held by a union outside the importer's scope: `elsewhere` only,
   * with no id and no name (the same as MEMBER_ELSEWHERE).
   */
  match: z
    .object({
      personId: z.number().nullable(),
      kind: z.enum(importMatchKinds),
      name: z.string().nullable(),
      elsewhere: z.boolean(),
    })
    .nullable(),
  /** Field by field, where the file differs from the registry (matched persons in scope only). */
  differences: z.array(importDifference),
  action: z.enum(importActions).nullable(),
  effectiveAction: z.enum(importActions),
  result: z.string().nullable(),
  /** After the commit: the person created or updated by this row. */
  personId: z.number().nullable(),
  transferRequestId: z.number().nullable(),
  /** Nomination lists: the nomination's columns as read, and the nomination written by the commit. */
  reason: z.string().nullable(),
  hardshipCategory: z.string().nullable(),
  amountVnd: z.number().nullable(),
  nominationId: z.number().nullable(),
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
  defaultAction: z.enum(importDefaultActions).optional(),
});

export const exportFormats = ['xlsx', 'csv'] as const;
/** The same filters as GET /api/members, without paging. */
export const exportMembersBody = z.strictObject({
  format: z.enum(exportFormats),
  filter: memberListQuery.omit({ page: true, pageSize: true }).partial().default({}),
});
export type ExportMembersInput = z.infer<typeof exportMembersBody>;
export const jobRef = z.object({ jobId: z.number() });
