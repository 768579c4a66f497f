import { z } from 'zod';
import { isoDate, text } from './common';

// Contracts of the Tết Market e-vouchers (welfare module): issue, counts, exports, shops and redemption.

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53);

/** Validity of the codes to issue; left out, the programme's hand-out period. */
export const issueVouchersBody = z.strictObject({
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
});
export type IssueVouchersBody = z.input<typeof issueVouchersBody>;

export const voucherProvinceRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  issued: z.number(),
  redeemed: z.number(),
  /** The official may download this province's list (it holds phone numbers: personal data access needed). */
  canExport: z.boolean(),
});

export const voucherSummary = z.object({
  /** Approved beneficiaries (approved or handed out) of the programme within the official's scope. */
  approved: z.number(),
  issued: z.number(),
  redeemed: z.number(),
  issuedVnd: z.number(),
  redeemedVnd: z.number(),
  /** Approved beneficiaries still without a code, and those of them with no usable mobile number. */
  missing: z.number(),
  withoutPhone: z.number(),
  /** The issue job queued or running for this programme, if any. */
  runningJobId: z.number().nullable(),
  canIssue: z.boolean(),
  provinces: z.array(voucherProvinceRow),
});
export type VoucherSummary = z.infer<typeof voucherSummary>;

export const exportVouchersBody = z.strictObject({
  /** The province (or any unit in scope) whose beneficiaries go into the file. */
  unitId: id,
  format: z.enum(['xlsx', 'csv']),
});

export const merchantBody = z.strictObject({ name: text(200) });
export const merchantCreated = z.object({
  id: z.number(),
  /** Shown once: the shop's link carries it; only its SHA-256 is stored. */
  token: z.string(),
});
export const merchantRow = z.object({
  id: z.number(),
  name: z.string(),
  unitName: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  redeemed: z.number(),
  redeemedVnd: z.number(),
});
export const merchantList = z.object({ items: z.array(merchantRow) });
export type MerchantRow = z.infer<typeof merchantRow>;

/** 32 random bytes, base64url. */
export const voucherShopParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

export const voucherShop = z.object({
  shopName: z.string(),
  programmeName: z.string(),
  ownerName: z.string(),
});
export type VoucherShop = z.infer<typeof voucherShop>;

export const redeemBody = z.strictObject({
  /** As typed: dashes, spaces and lower case are fine. */
  code: z.string().min(1).max(40),
  /** The beneficiary's mobile number, or its last 4 or more digits. */
  phone: z.string().min(1).max(20),
});
export type RedeemBody = z.input<typeof redeemBody>;

export const redemption = z.object({
  code: z.string(),
  valueVnd: z.number(),
  fullName: z.string(),
  /** Only the last 3 digits: the shop already knows the number it was told. */
  phoneMasked: z.string(),
  redeemedAt: z.string(),
});
export type Redemption = z.infer<typeof redemption>;
