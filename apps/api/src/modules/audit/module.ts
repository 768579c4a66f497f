import { defineModule } from '../declaration';
import { auditRoutes } from './audit.routes';

export const auditModule = defineModule({
  name: 'audit',
  routes: [auditRoutes],
  errors: {},
  permissions: { 'audit.read': ['auditor'] },
  auditExclusions: [{ table: 'audit_log', why: 'the log itself: append-only, hash-chained' }],
  indicators: [],
});
