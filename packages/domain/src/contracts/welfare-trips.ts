import { z } from 'zod';
import { text } from './common';

// Contracts of the trips home for Tết (đưa công nhân về quê đón Tết): a trip is an event members register for.

const dateTime = z.iso.datetime({ offset: true });

export const tripTransports = ['bus', 'train', 'plane'] as const;
export type TripTransport = (typeof tripTransports)[number];

export const tripBody = z.strictObject({
  transport: z.enum(tripTransports),
  origin: text(200),
  destination: text(200),
  operator: text(200),
  /** Coach plate, train or flight number. */
  vehicleRef: text(50, 0).nullable().optional(),
  /** Where passengers gather (the event's place). */
  pickupPlace: text(300),
  departsAt: dateTime,
  arrivesAt: dateTime.nullable().optional(),
  seats: z.number().int().min(1).max(10_000),
});
export type TripBody = z.input<typeof tripBody>;

/** Tickets of a programme (or of a unit's subtree): allocated as quotas, registered, used (boarded). */
export const ticketFigures = z.object({ allocated: z.number(), registered: z.number(), used: z.number() });
export type TicketFigures = z.infer<typeof ticketFigures>;

export const tripRow = z.object({
  id: z.number(),
  programmeId: z.number(),
  eventId: z.number(),
  title: z.string(),
  transport: z.enum(tripTransports),
  origin: z.string(),
  destination: z.string(),
  operator: z.string(),
  vehicleRef: z.string().nullable(),
  pickupPlace: z.string(),
  departsAt: z.string(),
  arrivesAt: z.string().nullable(),
  seats: z.number(),
  /** Live registrations (confirmed). */
  registered: z.number(),
  /** Registrations whose ticket was scanned at boarding. */
  boarded: z.number(),
  cancelled: z.boolean(),
});
export type TripRow = z.infer<typeof tripRow>;
export const tripList = z.object({ items: z.array(tripRow), tickets: ticketFigures, canEdit: z.boolean() });
export type TripList = z.infer<typeof tripList>;
