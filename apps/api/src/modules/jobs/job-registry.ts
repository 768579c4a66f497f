import type { Ctx } from '../../http/context';
import type { FileStore } from '../../storage/file-store';

export type ClaimedJob = { id: number; kind: string; input: Record<string, unknown>; attempts: number };

export type JobIO = {
  /** Acts as the user who queued the job, with source "job". */
  ctx: Ctx;
  files: FileStore;
  /** Report progress; cheap to call often (writes at most twice a second). */
  progress: (done: number, total?: number) => Promise<void>;
};

/** A job handler returns its result (stored as JSON; `fileKey`/`fileName` make it downloadable). */
export type JobHandler = (job: ClaimedJob, io: JobIO) => Promise<Record<string, unknown>>;

const handlers = new Map<string, JobHandler>();

/** Feature modules register their job kinds here at import time. */
export function defineJob(kind: string, handler: JobHandler): void {
  handlers.set(kind, handler);
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}
