import { z } from 'zod';
import { isoDate, text } from './common';

// Contracts of the briefings module: briefings and working sessions, their conclusions, and tasks.

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53);

export const briefingBody = z.strictObject({
  unitId: id,
  kind: z.enum(['briefing', 'working_session']),
  title: text(300),
  heldOn: isoDate,
  place: text(300).nullish(),
  chair: text(200),
  participants: text(4000).nullish(),
  subjectUnitId: id.nullish(),
  opinions: z
    .array(z.strictObject({ unitName: text(300), text: text(8000) }))
    .max(100)
    .default([]),
  conclusions: z.string().max(20000).nullish(),
  directives: z.string().max(20000).nullish(),
  reportAssignmentIds: z.array(id).max(20).default([]),
});
export type BriefingInput = z.infer<typeof briefingBody>;

export const taskStatuses = ['new', 'in_progress', 'done', 'overdue'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const taskBody = z.strictObject({
  /** Required: a task without an owner is refused with TASK_OWNER_REQUIRED (not a schema error, to say so in words). */
  unitId: id.nullish(),
  ownerUserId: id.nullish(),
  title: text(1000),
  deadline: isoDate,
  briefingId: id.nullish(),
});
export type TaskInput = z.infer<typeof taskBody>;

export const taskProgressBody = z.strictObject({
  status: z.enum(['new', 'in_progress', 'done']),
  evidence: z.string().max(8000).nullish(),
});

export const taskRow = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  ownerUserId: z.number().nullable(),
  ownerName: z.string().nullable(),
  title: z.string(),
  deadline: z.string(),
  status: z.enum(taskStatuses),
  evidence: z.string().nullable(),
  doneAt: z.string().nullable(),
  sourceKind: z.enum(['briefing', 'working_session', 'alert', 'none']),
  briefingId: z.number().nullable(),
  briefingTitle: z.string().nullable(),
  assignedByUnitName: z.string(),
  canUpdate: z.boolean(),
});
export type TaskRow = z.infer<typeof taskRow>;
export const taskList = z.object({ items: z.array(taskRow) });

export const briefingSummary = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  kind: z.enum(['briefing', 'working_session']),
  title: z.string(),
  heldOn: z.string(),
  subjectUnitName: z.string().nullable(),
  openTasks: z.number(),
});
export const briefingList = z.object({ items: z.array(briefingSummary) });

export const briefingDetail = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  kind: z.enum(['briefing', 'working_session']),
  title: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  chair: z.string(),
  participants: z.string().nullable(),
  subjectUnitId: z.number().nullable(),
  subjectUnitName: z.string().nullable(),
  opinions: z.array(z.object({ unitName: z.string(), text: z.string() })),
  conclusions: z.string().nullable(),
  directives: z.string().nullable(),
  reports: z.array(z.object({ id: z.number(), label: z.string() })),
  tasks: z.array(taskRow),
  /** Open tasks from this unit's earlier briefings and sessions: the agenda carries them forward. */
  carriedForward: z.array(taskRow),
  canEdit: z.boolean(),
});
export type BriefingDetail = z.infer<typeof briefingDetail>;
