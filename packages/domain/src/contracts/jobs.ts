import { z } from 'zod';

export const jobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;

export const job = z.object({
  id: z.number(),
  kind: z.string(),
  status: z.enum(jobStatuses),
  done: z.number(),
  total: z.number().nullable(),
  /** 0–100 when the total is known. */
  percent: z.number().nullable(),
  ratePerSecond: z.number().nullable(),
  etaSeconds: z.number().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).nullable(),
  hasFile: z.boolean(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof job>;

export const jobList = z.object({ items: z.array(job) });
