import type { Permission } from '@congdoan/domain';
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

/** A job kind as a module declares it (module.ts `jobs`). */
export type JobDefinition = {
  handler: JobHandler;
  /**
   * What someone other than the user who queued the job must hold, on the job's unit, to see the job
   * and its file: every permission its content needs (a file with CCCD/phone needs personal_data.read).
   * Without it (or without a unit) only the user who queued the job sees it.
   */
  readResult?: readonly Permission[];
};

const testKinds = new Map<string, JobDefinition>();
let declared: Map<string, JobDefinition> | undefined;

/** Job kind → definition over a module list. */
export function jobDefinitionsOf(list: readonly ModuleDeclaration[]): Map<string, JobDefinition> {
  return new Map(list.flatMap((m) => Object.entries(m.jobs ?? {})));
}

/** Tests add kinds of their own here; every real kind comes from a module declaration (module.ts). */
export function defineJob(kind: string, handler: JobHandler, options: Omit<JobDefinition, 'handler'> = {}): void {
  testKinds.set(kind, { handler, ...options });
}

function definition(kind: string): JobDefinition | undefined {
  declared ??= jobDefinitionsOf(modules);
  return declared.get(kind) ?? testKinds.get(kind);
}

/** The handler of a kind, from the module list: a worker that loads no routes still has every one. */
export function jobHandler(kind: string): JobHandler | undefined {
  return definition(kind)?.handler;
}

/** The permissions a kind declared for reading its result, or null (owner only). */
export function jobReadPermissions(kind: string): readonly Permission[] | null {
  return definition(kind)?.readResult ?? null;
}
