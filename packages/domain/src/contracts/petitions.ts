import { z } from 'zod';
import { text, isoDate } from './common';

export const petitionStatuses = [
  'collected',
  'consolidated',
  'presented',
  'answered',
  'in_progress',
  'resolved',
  'unresolved',
  'rejected',
] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];
export const raisedByKinds = ['unit', 'member', 'anonymous', 'staff'] as const;
export const addresseeKinds = ['authority', 'employer', 'union_above'] as const;
export const dialogueKinds = ['government', 'workplace', 'may_dialogue', 'voter_meeting', 'listening'] as const;

/** Petition text is bounded: a long letter, not a book (oversized content is refused). */
export const PETITION_CONTENT_MAX = 10000;
export const ATTACHMENT_MAX_BYTES = 10 * 2 ** 20;

const id = z.number().int().positive();
const optText = (max: number) => text(max).nullish();

export const petitionTopic = z.object({ id: z.number(), code: z.string(), name: z.string(), active: z.boolean() });
export const createTopicBody = z.strictObject({ code: z.string().regex(/^[a-z0-9_]{2,40}$/), name: text(300) });

export const petitionInput = z.strictObject({
  title: text(300),
  content: text(PETITION_CONTENT_MAX),
  topicId: id,
  raisedBy: z.enum(raisedByKinds),
  raiserName: optText(200),
  addresseeKind: z.enum(addresseeKinds),
  addresseeName: text(300),
  affectedWorkers: z.number().int().min(0).max(10_000_000).default(0),
  /** Only for raisedBy = anonymous: kept apart, seen only with petition.identity.read. */
  identity: z.strictObject({ fullName: text(200), contact: optText(200), workplace: optText(300) }).nullish(),
});
export type PetitionInput = z.infer<typeof petitionInput>;

export const createPetitionBody = petitionInput.extend({ unitId: id, callId: id.nullish() });

export const petitionSummary = z.object({
  id: z.number(),
  title: z.string(),
  topicId: z.number(),
  topicName: z.string(),
  status: z.enum(petitionStatuses),
  isConsolidated: z.boolean(),
  consolidatedIntoId: z.number().nullable(),
  unitId: z.number(),
  unitName: z.string(),
  originUnitId: z.number(),
  originUnitName: z.string(),
  raisedBy: z.enum(raisedByKinds),
  addresseeKind: z.enum(addresseeKinds),
  addresseeName: z.string(),
  affectedWorkers: z.number(),
  /** For a consolidated petition: how many distinct units raised its originals. */
  unitCount: z.number(),
  originalCount: z.number(),
  dialogueId: z.number().nullable(),
  commitmentDeadline: z.string().nullable(),
  overdue: z.boolean(),
  escalationLevel: z.number(),
  createdAt: z.string(),
});
export type PetitionSummary = z.infer<typeof petitionSummary>;

export const petitionEvent = z.object({
  id: z.number(),
  kind: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  unitName: z.string(),
  toUnitName: z.string().nullable(),
  note: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const petitionAnswer = z.object({
  answerText: z.string().nullable(),
  answeredBy: z.string().nullable(),
  responsibleAgency: z.string().nullable(),
  commitment: z.string().nullable(),
  commitmentDeadline: z.string().nullable(),
  answeredAt: z.string().nullable(),
});

export const petitionDetail = petitionSummary.extend({
  content: z.string(),
  raiserName: z.string().nullable(),
  callId: z.number().nullable(),
  dialogueTitle: z.string().nullable(),
  answer: petitionAnswer,
  /** For an original: the consolidated petition it went into (its status and answer are the ones that count). */
  consolidatedInto: petitionSummary.extend({ answer: petitionAnswer }).nullable(),
  originals: z.array(petitionSummary),
  events: z.array(petitionEvent),
  attachments: z.array(z.object({ id: z.number(), fileName: z.string(), size: z.number() })),
  canReadIdentity: z.boolean(),
  /** The actor writes for the union handling it (answer, status, escalate, undo). */
  canWrite: z.boolean(),
});
export type PetitionDetail = z.infer<typeof petitionDetail>;

export const petitionIdentity = z.object({
  fullName: z.string(),
  contact: z.string().nullable(),
  workplace: z.string().nullable(),
});

export const petitionListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  q: z.string().max(200).optional(),
  status: z.enum(petitionStatuses).optional(),
  topicId: z.coerce.number().int().positive().optional(),
  callId: z.coerce.number().int().positive().optional(),
  dialogueId: z.coerce.number().int().positive().optional(),
  /** top (default): consolidated petitions and originals not merged; originals: raw submissions */
  view: z.enum(['top', 'originals', 'all']).default('top'),
  overdue: z.enum(['true', 'false']).optional(),
});
export const petitionList = z.object({ items: z.array(petitionSummary), total: z.number() });

export const similarPetitions = z.object({
  items: z.array(petitionSummary.extend({ score: z.number(), sameTopic: z.boolean() })),
});

export const consolidateBody = z.strictObject({
  // the consolidating union; omitted = the actor's own union above all the originals
  unitId: id.optional(),
  title: text(300),
  content: text(PETITION_CONTENT_MAX),
  topicId: id,
  addresseeKind: z.enum(addresseeKinds),
  addresseeName: text(300),
  petitionIds: z.array(id).min(1).max(500),
});

export const answerBody = z.strictObject({
  answerText: text(PETITION_CONTENT_MAX),
  answeredBy: text(300),
  responsibleAgency: optText(300),
  commitment: optText(2000),
  commitmentDeadline: isoDate.nullish(),
  status: z.enum(['answered', 'in_progress', 'resolved', 'unresolved', 'rejected']).default('answered'),
});
export const statusBody = z.strictObject({
  status: z.enum(['in_progress', 'resolved', 'unresolved', 'rejected']),
  note: optText(2000),
});
export const escalateBody = z.strictObject({ note: optText(2000) });
export const grantAccessBody = z.strictObject({ username: z.string().trim().toLowerCase().min(1).max(100) });

export const callTarget = z.object({
  unitId: z.number(),
  unitName: z.string(),
  state: z.enum(['submitted', 'none', 'pending', 'late']),
  submittedAt: z.string().nullable(),
  petitionCount: z.number(),
});
export const petitionCall = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  deadline: z.string(),
  open: z.boolean(),
  dialogueId: z.number().nullable(),
  submittedCount: z.number(),
  targetCount: z.number(),
  lateCount: z.number(),
  createdAt: z.string(),
});
export const petitionCallDetail = petitionCall.extend({ targets: z.array(callTarget), canManage: z.boolean() });
export const petitionCallList = z.object({ items: z.array(petitionCall) });
export const createCallBody = z.strictObject({
  unitId: id,
  title: text(300),
  description: optText(5000),
  deadline: z.iso.datetime({ offset: true }),
  targetUnitIds: z.array(id).min(1).max(2000),
  dialogueId: id.nullish(),
});
/** Fixing a call's wording; its deadline moves with reopen, its targets stay (units may have answered). */
export const updateCallBody = z.strictObject({ title: text(300).optional(), description: optText(5000) });
export const reopenCallBody = z.strictObject({ deadline: z.iso.datetime({ offset: true }) });
export const submitCallBody = z.strictObject({
  unitId: id,
  none: z.boolean().default(false),
  petitions: z.array(petitionInput).max(200).default([]),
});

export const dialogue = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  kind: z.enum(dialogueKinds),
  title: z.string(),
  host: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  participants: z.string().nullable(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  minutesFileName: z.string().nullable(),
  campaignEventId: z.number().nullable(),
  petitionCount: z.number(),
});
export const dialogueList = z.object({ items: z.array(dialogue) });
export const dialogueBody = z.strictObject({
  unitId: id,
  kind: z.enum(dialogueKinds),
  title: text(300),
  host: text(300),
  heldOn: isoDate,
  place: optText(300),
  participants: optText(5000),
  agenda: optText(10000),
  minutes: optText(50000),
  campaignEventId: id.nullish(),
});
export const attachPetitionsBody = z.strictObject({ petitionIds: z.array(id).min(1).max(500) });

export const notification = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const notificationList = z.object({ items: z.array(notification), unread: z.number() });

export const countRow = z.object({ key: z.string(), label: z.string(), count: z.number(), affected: z.number() });
export const petitionReport = z.object({
  total: z.number(),
  byTopic: z.array(countRow),
  byStatus: z.array(countRow),
  byUnit: z.array(countRow),
  byAddressee: z.array(countRow),
  resolved: z.number(),
  resolutionRate: z.number(),
  medianDaysToResolve: z.number().nullable(),
  overdue: z.array(petitionSummary),
});
export type PetitionReport = z.infer<typeof petitionReport>;
export const reportQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** For the .docx: the place and date printed under the national motto. */
  place: z.string().max(100).optional(),
  date: isoDate.optional(),
});

export const draftLawArticleInput = z.strictObject({
  chapter: optText(300),
  number: z.number().int().min(1).max(10000),
  title: text(500),
  body: text(20000, 0).default(''),
});
export const draftLawBody = z.strictObject({
  unitId: id,
  title: text(300),
  opensOn: isoDate,
  closesOn: isoDate,
  articles: z.array(draftLawArticleInput).min(1).max(2000),
});
export const draftLaw = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  open: z.boolean(),
  articleCount: z.number(),
  opinionCount: z.number(),
});
export const draftLawList = z.object({ items: z.array(draftLaw) });
export const draftLawDetail = draftLaw.extend({
  articles: z.array(
    z.object({
      id: z.number(),
      chapter: z.string().nullable(),
      number: z.number(),
      title: z.string(),
      body: z.string(),
      opinions: z.array(
        z.object({ id: z.number(), unitName: z.string(), authorName: z.string(), content: z.string(), at: z.string() }),
      ),
    }),
  ),
});
export const opinionBody = z.strictObject({ articleId: id, unitId: id, content: text(10000) });
export type PetitionCall = z.infer<typeof petitionCall>;
export type CallTarget = z.infer<typeof callTarget>;
export type Dialogue = z.infer<typeof dialogue>;
export type NotificationItem = z.infer<typeof notification>;
export type DraftLawDetail = z.infer<typeof draftLawDetail>;

/** Vietnamese labels used in generated documents (the web app uses its i18n files). */
export const petitionStatusLabels: Record<PetitionStatus, string> = {
  collected: 'Đã tiếp nhận',
  consolidated: 'Đã tổng hợp',
  presented: 'Đã đưa ra đối thoại',
  answered: 'Đã trả lời',
  in_progress: 'Đang giải quyết',
  resolved: 'Đã giải quyết',
  unresolved: 'Chưa giải quyết',
  rejected: 'Không chấp nhận',
};
export const addresseeKindLabels: Record<(typeof addresseeKinds)[number], string> = {
  authority: 'Cơ quan nhà nước',
  employer: 'Người sử dụng lao động',
  union_above: 'Công đoàn cấp trên',
};
