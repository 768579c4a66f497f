import type { Permission } from '@congdoan/domain';
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

export type JobOptions = {
  /**
   * What someone other than the user who queued the job must hold, on the job's unit, to see the job
   * and its file: every permission its content needs (a file with CCCD/phone needs personal_data.read).
   * Without it (or without a unit) only the user who queued the job sees it.
   */
  readResult?: readonly Permission[];
};

const definitions = new Map<string, { handler: JobHandler; readResult: readonly Permission[] | null }>();

/** Feature modules register their job kinds here at import time. */
export function defineJob(kind: string, handler: JobHandler, options: JobOptions = {}): void {
  definitions.set(kind, { handler, readResult: options.readResult ?? null });
}

export function jobHandler(kind: string): JobHandler | undefined {
  return definitions.get(kind)?.handler;
}

/** The permissions a kind declared for reading its result, or null (owner only). */
export function jobReadPermissions(kind: string): readonly Permission[] | null {
  return definitions.get(kind)?.readResult ?? null;
}
