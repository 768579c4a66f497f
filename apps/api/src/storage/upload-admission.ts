import type { FastifyRequest } from 'fastify';
import { AppError } from '@congdoan/domain';

/**
 * How many uploads are received and parsed at once, per user and in the whole process. Parsing is the
 * costly part (a spreadsheet pass, a .docx), so a slot is held from the first byte until the route has
 * read the file. Beyond the limit the request is refused at once (no queue to fill memory) with
 * Retry-After. In-process: each API process admits its own share. A file must arrive within
 * `receiveSeconds` (upload.ts), so a slow sender cannot hold a slot for ever.
 */
export const uploadLimits = { perUser: 2, overall: 4, retryAfterSeconds: 10, receiveSeconds: 120 };

const perUser = new Map<string, number>();
let overall = 0;
const held = new WeakSet<FastifyRequest>();

function userKey(request: FastifyRequest): string {
  return request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`;
}

/**
 * Run `fn` (receiving and reading an upload) in one of the limited slots. A request that already holds
 * a slot (a route wrapping receiveUpload and its parse) does not take a second one. The slot is released
 * however `fn` ends.
 */
export async function withUploadSlot<T>(request: FastifyRequest, fn: () => Promise<T>): Promise<T> {
  if (held.has(request)) return fn();
  const key = userKey(request);
  const mine = perUser.get(key) ?? 0;
  const retryAfter = uploadLimits.retryAfterSeconds;
  if (mine >= uploadLimits.perUser) throw new AppError('UPLOAD_BUSY_USER', { max: uploadLimits.perUser, retryAfter });
  if (overall >= uploadLimits.overall) throw new AppError('UPLOAD_BUSY', { retryAfter });
  perUser.set(key, mine + 1);
  overall++;
  held.add(request);
  try {
    return await fn();
  } finally {
    held.delete(request);
    overall--;
    const left = (perUser.get(key) ?? 1) - 1;
    if (left > 0) perUser.set(key, left);
    else perUser.delete(key);
  }
}

/** Slots in use (for tests and the health of the process). */
export function uploadsInFlight(): number {
  return overall;
}
