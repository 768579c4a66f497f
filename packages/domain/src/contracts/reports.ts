import { z } from 'zod';
import { isoDate, text } from './common';

// Contracts of the reports module (báo cáo định kỳ): forms, assignments, submissions, reviews, rollups.

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53);
const key = z.string().regex(/^[a-z0-9_.]{2,60}$/);

export const reportFrequencies = ['month', 'quarter', 'half_year', 'year'] as const;
export const reportStatuses = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
/** A report's state in words: the one source for the screen (web i18n) and the documents (.docx, .xlsx, PDF). */
export const reportStatusWords: Record<'vi' | 'en', Record<ReportStatus, string>> = {
  vi: {
    not_started: 'Chưa làm',
    draft: 'Đang soạn',
    submitted: 'Chờ duyệt',
    returned: 'Bị trả lại',
    approved: 'Đã duyệt',
  },
  en: {
    not_started: 'Not started',
    draft: 'Draft',
    submitted: 'Awaiting review',
    returned: 'Returned',
    approved: 'Approved',
  },
};
export const unitKinds = [
  'confederation',
  'provincial_federation',
  'central_industry_union',
  'corporation_union',
  'upper_union',
  'grassroots_union',
] as const;

export const reportSection = z.strictObject({
  key,
  title: text(200),
  kind: z.enum(['indicators', 'narrative']),
  indicators: z.array(key).max(60).optional(),
});
export const enteredIndicator = z.strictObject({
  key,
  vi: text(200),
  unit: z.enum(['count', 'vnd', 'percent']),
  aggregation: z.enum(['sum', 'latest']).default('sum'),
});
export const reportFormBody = z.strictObject({
  /** The owning unit: its subtree may assign the form. */
  unitId: id,
  code: z.string().regex(/^[a-z0-9_]{2,40}$/),
  name: text(300),
  frequency: z.enum(reportFrequencies),
  levels: z.array(z.enum(unitKinds)).min(1),
  sections: z.array(reportSection).min(1).max(30),
  entered: z.array(enteredIndicator).max(60).default([]),
});
export type ReportFormInput = z.infer<typeof reportFormBody>;

/** A form as stored (plain strings: a response is never transformed). */
export const reportForm = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  code: z.string(),
  version: z.number(),
  name: z.string(),
  frequency: z.enum(reportFrequencies),
  levels: z.array(z.enum(unitKinds)),
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      kind: z.enum(['indicators', 'narrative']),
      indicators: z.array(z.string()).optional(),
    }),
  ),
  entered: z.array(
    z.object({
      key: z.string(),
      vi: z.string(),
      unit: z.enum(['count', 'vnd', 'percent']),
      aggregation: z.enum(['sum', 'latest']),
    }),
  ),
});
export const reportFormList = z.object({ items: z.array(reportForm) });

export const assignmentBody = z.strictObject({
  formId: id,
  unitId: id,
  periodFrom: isoDate,
  periodTo: isoDate,
  periodLabel: text(100),
  deadline: isoDate,
});
export type AssignmentInput = z.infer<typeof assignmentBody>;

export const saveReportBody = z.strictObject({
  /** Any finite number: the use case refuses wrong types and signs with its own code. */
  entered: z.record(key, z.number().finite().nullable()).default({}),
  narrative: z.record(key, z.string().max(20000)).default({}),
});
export type SaveReportInput = z.infer<typeof saveReportBody>;

export const reportReviewBody = z.strictObject({
  decision: z.enum(['approve', 'return', 'reopen']),
  comment: z.string().max(2000).optional(),
});

/** One figure of a report: computed (read-only, with the rows behind it) or entered. */
export const reportFigure = z.object({
  key: z.string(),
  vi: z.string(),
  unit: z.enum(['count', 'vnd', 'percent']),
  source: z.enum(['computed', 'entered']),
  value: z.number().nullable(),
  /** For a rollup: children's entered values added up (approved reports only). */
  fromChildren: z.number().nullable().optional(),
  /** A computed figure counted from records: its rows can be listed (drill-down). */
  hasRows: z.boolean(),
});

export const reportView = z.object({
  assignmentId: z.number(),
  submissionId: z.number().nullable(),
  form: reportForm,
  unit: z.object({ id: z.number(), name: z.string() }),
  periodLabel: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  deadline: z.string(),
  status: z.enum(reportStatuses),
  returnComment: z.string().nullable(),
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      kind: z.enum(['indicators', 'narrative']),
      figures: z.array(reportFigure),
      text: z.string(),
      /** Narrative of the children's approved reports, by unit, for the writer to edit into this one. */
      fromChildren: z.array(z.object({ unitName: z.string(), text: z.string() })),
    }),
  ),
  missingChildren: z.array(z.object({ id: z.number(), name: z.string() })),
  canEdit: z.boolean(),
  canReview: z.boolean(),
});
export type ReportView = z.infer<typeof reportView>;

/** The rows behind one computed figure (drill-down), a page at a time: names and titles, never ID numbers or phones. */
export const figureRows = z.object({
  key: z.string(),
  vi: z.string(),
  unit: z.enum(['count', 'vnd', 'percent']),
  total: z.number(),
  /** For an amount: the rows' amounts added up (the figure). */
  sum: z.number().nullable(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      label: z.string().nullable(),
      unitName: z.string(),
      onDate: z.string().nullable(),
      amount: z.number().nullable(),
    }),
  ),
});
export type FigureRows = z.infer<typeof figureRows>;

export const completenessRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  expected: z.number(),
  submitted: z.number(),
  onTime: z.number(),
  completeness: z.number(),
  timeliness: z.number(),
});
export const completeness = z.object({
  assignmentId: z.number(),
  formName: z.string(),
  periodLabel: z.string(),
  deadline: z.string(),
  total: completenessRow,
  children: z.array(completenessRow),
  missing: z.array(z.object({ id: z.number(), name: z.string(), parentName: z.string().nullable() })),
  late: z.array(z.object({ id: z.number(), name: z.string(), submittedOn: z.string() })),
});
export type Completeness = z.infer<typeof completeness>;

export const assignmentList = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      formName: z.string(),
      unitName: z.string(),
      periodLabel: z.string(),
      deadline: z.string(),
      /** This official's own units that must submit it, and their status. */
      mine: z.array(z.object({ unitId: z.number(), unitName: z.string(), status: z.enum(reportStatuses) })),
      toReview: z.number(),
    }),
  ),
});
