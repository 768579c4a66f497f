import type { Ctx } from '../../context/context';
import type { FileStore } from '../../storage/file-store';
import { modules } from '../index';
import type { ModuleDeclaration } from '../declaration';

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

const testKinds = new Map<string, JobHandler>();
let declared: Map<string, JobHandler> | undefined;

/** Job kind → handler over a module list. */
export function jobHandlersOf(list: readonly ModuleDeclaration[]): Map<string, JobHandler> {
  return new Map(list.flatMap((m) => Object.entries(m.jobs ?? {})));
}

/** Tests add kinds of their own here; every real kind comes from a module declaration (module.ts). */
export function defineJob(kind: string, handler: JobHandler): void {
  testKinds.set(kind, handler);
}

/** The handler of a kind, from the module list: a worker that loads no routes still has every one. */
export function jobHandler(kind: string): JobHandler | undefined {
  declared ??= jobHandlersOf(modules);
  return declared.get(kind) ?? testKinds.get(kind);
}
