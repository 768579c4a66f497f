import { z } from 'zod';
import { text } from './common';
import { cccdField } from './members';

// Transfer requests (đề nghị chuyển sinh hoạt về): a union asks for a member held by another union.

export const transferRequestStatuses = ['pending', 'accepted', 'refused', 'cancelled'] as const;
const optionalText = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .transform((v) => (v === '' ? null : v))
    .nullish();
const unitRef = z.object({ id: z.number(), code: z.string(), name: z.string() });

export const transferRequest = z.object({
  id: z.number(),
  /** The holding union sees the person; the requesting union sees them only once accepted. */
  personId: z.number().nullable(),
  fullName: z.string().nullable(),
  requestedName: z.string(),
  /** Hidden from the requesting union until accepted (like MEMBER_ELSEWHERE, no unit is named). */
  fromUnit: unitRef.nullable(),
  toUnit: unitRef,
  status: z.enum(transferRequestStatuses),
  reason: z.string().nullable(),
  importId: z.number().nullable(),
  importRowNo: z.number().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** The caller may accept or refuse (holding side) or cancel (requesting side). */
  canDecide: z.boolean(),
  canCancel: z.boolean(),
});
export type TransferRequest = z.infer<typeof transferRequest>;

export const transferRequestList = z.object({ items: z.array(transferRequest) });
export const transferRequestListQuery = z.object({
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: z.enum(transferRequestStatuses).default('pending'),
});

/** By hand, after MEMBER_ELSEWHERE at admission: the CCCD the official typed, and their union. */
export const createTransferRequestBody = z.strictObject({
  cccd: cccdField,
  toUnitId: z.number().int().positive(),
  requestedName: text(200),
  reason: optionalText(500),
});
export type CreateTransferRequestInput = z.infer<typeof createTransferRequestBody>;

export const refuseTransferRequestBody = z.strictObject({ reason: text(500) });
export const acceptTransferRequestBody = z.strictObject({ reason: optionalText(500) });
