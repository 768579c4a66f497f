import { z } from 'zod';
import { normaliseText } from '../text';

/** A trimmed, NFC-normalised string with bounded length. */
export const text = (max: number, min = 1) =>
  z
    .string()
    .max(max * 2)
    .transform(normaliseText)
    .pipe(z.string().min(min).max(max));

export const idParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
});

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const okBody = z.object({ ok: z.literal(true) });

/** A real calendar date as yyyy-mm-dd, between 1900 and 2100 (shared by every feature's contracts). */
export const isoDate = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2100-12-31' && !Number.isNaN(Date.parse(d)), { message: 'date' });
