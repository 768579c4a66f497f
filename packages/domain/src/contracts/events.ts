import { z } from 'zod';
import { eventKinds } from '../campaigns/indicators';
import { text } from './common';

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53);
const dateTime = z.iso.datetime({ offset: true });
const vnd = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const sponsor = z.strictObject({
  name: text(200),
  cashVnd: vnd.nullable().optional(),
  inKind: text(500, 0).nullable().optional(),
});

export const registrationSettings = z.strictObject({
  capacity: z.number().int().min(0).max(1_000_000),
  waitlist: z.boolean().default(true),
  opensAt: dateTime.nullable().optional(),
  closesAt: dateTime.nullable().optional(),
  /** Who may register: this unit's subtree (default: the organising unit's). */
  eligibleUnitId: id.nullable().optional(),
  membersOnly: z.boolean().default(false),
  quotas: z
    .array(z.strictObject({ unitId: id, capacity: z.number().int().min(0).max(1_000_000) }))
    .max(500)
    .default([]),
});

export const eventBody = z.strictObject({
  unitId: id,
  title: text(300),
  kind: z.enum(eventKinds),
  campaignId: id.nullable().optional(),
  activityId: id.nullable().optional(),
  startsAt: dateTime,
  endsAt: dateTime,
  placeAddress: text(500, 0).nullable().optional(),
  placeProvinceCode: z.string().max(10).nullable().optional(),
  placeCommuneCode: z.string().max(10).nullable().optional(),
  placeCodeVersion: z.string().max(20).nullable().optional(),
  industrialZoneUnitId: id.nullable().optional(),
  coOrganisers: z.array(text(300)).max(20).default([]),
  sponsors: z.array(sponsor).max(50).default([]),
  budgetVnd: vnd.nullable().optional(),
  spentVnd: vnd.nullable().optional(),
  description: text(10000, 0).nullable().optional(),
  registration: registrationSettings.nullable().optional(),
});
export type EventInput = z.input<typeof eventBody>;

/** Registration settings on edit: quotas stay as created (a seat taken under a quota cannot be re-homed). */
export const registrationUpdate = registrationSettings.omit({ quotas: true });

/**
 * Changing an event: a field left out stays, `null` clears it; `registration: null` turns registration off
 * (registrations already made stay). The organiser and the campaign link stay as created.
 */
export const eventUpdateBody = eventBody
  .omit({ unitId: true, campaignId: true, activityId: true, registration: true })
  .partial()
  .extend({ registration: registrationUpdate.nullable().optional() })
  .strict();
export type EventUpdateInput = z.input<typeof eventUpdateBody>;

export const cancelReasonBody = z.strictObject({ reason: text(500) });

export const eventSummary = z.object({
  id: z.number(),
  unitId: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  title: z.string(),
  kind: z.enum(eventKinds),
  campaignId: z.number().nullable(),
  campaignTitle: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  placeAddress: z.string().nullable(),
  industrialZoneName: z.string().nullable(),
  registrationEnabled: z.boolean(),
  capacity: z.number().nullable(),
  confirmed: z.number(),
  waitlisted: z.number(),
  checkedIn: z.number(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type EventSummary = z.infer<typeof eventSummary>;

export const eventDetail = eventSummary.extend({
  activityId: z.number().nullable(),
  placeProvinceCode: z.string().nullable(),
  placeCommuneCode: z.string().nullable(),
  placeCodeVersion: z.string().nullable(),
  industrialZoneUnitId: z.number().nullable(),
  coOrganisers: z.array(z.string()),
  sponsors: z.array(
    z.object({ name: z.string(), cashVnd: z.number().nullable().optional(), inKind: z.string().nullable().optional() }),
  ),
  budgetVnd: z.number().nullable(),
  spentVnd: z.number().nullable(),
  description: z.string().nullable(),
  photos: z.array(z.object({ key: z.string(), fileName: z.string() })),
  waitlistEnabled: z.boolean(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  eligibleUnitId: z.number().nullable(),
  eligibleUnitName: z.string().nullable(),
  membersOnly: z.boolean(),
  // whether "Tôi đăng ký" would be accepted for the signed-in user now (only on GET /api/events/:id)
  canSelfRegister: z.boolean().optional(),
  quotas: z.array(
    z.object({ id: z.number(), unitId: z.number(), unitName: z.string(), capacity: z.number(), taken: z.number() }),
  ),
});
export type EventDetail = z.infer<typeof eventDetail>;

export const eventsQuery = z.object({
  from: dateTime.optional(),
  to: dateTime.optional(),
  kind: z.enum(eventKinds).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  campaignId: z.coerce.number().int().positive().optional(),
});
export const eventList = z.object({ items: z.array(eventSummary) });

export const registerBody = z.strictObject({
  /** Staff registering a member on their behalf; without it the signed-in account registers itself. */
  personId: id.optional(),
});

export const registration = z.object({
  id: z.number(),
  eventId: z.number(),
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
  fullName: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  personId: z.number().nullable(),
  userId: z.number().nullable(),
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
  ticketToken: z.string().nullable(),
});
export type Registration = z.infer<typeof registration>;
export const registrationList = z.object({ items: z.array(registration) });
export const ticket = z.object({ registration, token: z.string(), qrSvg: z.string() });

export const checkinScan = z.strictObject({
  token: z.string().min(1).max(300),
  idempotencyKey: z.string().min(8).max(100),
  scannedAt: dateTime.optional(),
});
export const checkinResult = z.object({
  ok: z.boolean(),
  code: z.string().nullable(),
  message: z.string(),
  idempotencyKey: z.string(),
  replayed: z.boolean(),
  registration: z.object({ id: z.number(), fullName: z.string(), unitName: z.string() }).nullable(),
});
export type CheckinResult = z.infer<typeof checkinResult>;
export const checkinBatch = z.strictObject({ scans: z.array(checkinScan).min(1).max(500) });
export const checkinBatchResult = z.object({ results: z.array(checkinResult) });
export const attendance = z.object({
  capacity: z.number().nullable(),
  confirmed: z.number(),
  waitlisted: z.number(),
  checkedIn: z.number(),
});

/** The caller's private calendar subscription (the URL itself is shown only when issued). */
export const calendarFeedStatus = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatus>;
export const calendarFeedIssued = z.object({ url: z.string() });
/** A feed token as it appears in the subscription URL (32 random bytes, base64url). */
export const calendarFeedParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
