// What other modules may use from jobs; anything else in this folder is private to it.
export { enqueueJob } from './enqueue-job';
export type { JobDefinition, JobHandler } from './job-registry';
