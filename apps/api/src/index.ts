// What the CLI, tests and benchmarks use from the API package.
export { loadConfig, ConfigError, type Config } from './config';
export { openDatabase, createPool, type Database } from './db/open';
export { runMigrations, appliedMigration, latestMigrationTag } from './db/migrate';
export { inTransaction } from './db/tx';
export { buildApp } from './app';
export { makeCtx, type Ctx } from './http/context';
export { seedDemo, isEmpty } from './modules/demo/seed-demo';
export { demoAccounts } from './modules/demo/demo-data';
export { verifyAuditChain } from './modules/audit/verify-chain';
export { resetDatabase } from './db/reset';
export { systemActor } from './http/actor';
export { createUser } from './modules/users/create-user';
export { resetPassword } from './modules/users/reset-password';
export { runNextJob, startJobRunner } from './modules/jobs/job-runner';
export { defineJob, type JobHandler } from './modules/jobs/job-registry';
export { diskFileStore, type FileStore } from './storage/file-store';
