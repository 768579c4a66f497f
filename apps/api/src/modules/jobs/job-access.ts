import { pathInScope, scopeFor, type Actor } from '../../context/actor';
import { jobReadPermissions } from './job-registry';

export type JobOwnership = { kind: string; createdBy: number | null; unitPath: string | null };

/**
 * A job and its file are as private as their content: the user who queued it sees it; anyone else
 * only when the kind declares what reading its result needs and they hold all of it on the job's
 * unit. Reading the unit is not enough: an export holds CCCDs and phones.
 */
export function mayReadJob(actor: Actor, job: JobOwnership): boolean {
  if (actor.userId > 0 && job.createdBy === actor.userId) return true;
  const needs = jobReadPermissions(job.kind);
  if (!needs || needs.length === 0 || job.unitPath === null) return false;
  return needs.every((permission) => pathInScope(job.unitPath!, scopeFor(actor, permission)));
}
