import { defineModule } from '../declaration';
import { auditRoutes } from './audit.routes';
import { auditSealSchedule } from './seal-chain';

export const auditModule = defineModule({
  name: 'audit',
  routes: [auditRoutes],
  schedules: [auditSealSchedule],
  errors: {},
  permissions: { 'audit.read': ['auditor'] },
  auditExclusions: [
    { table: 'audit_log', why: 'the log itself: append-only, hash-chained' },
    { table: 'audit_seals', why: 'the hash chain over audit_log itself (insert-only, written by the sealer)' },
  ],
  indicators: [],
});
