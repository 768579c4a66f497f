import { defineModule } from '../declaration';
import { auditRoutes } from './audit.routes';
import { auditSealSchedule } from './seal-chain';

export const auditModule = defineModule({
  name: 'audit',
  description: 'Nhật ký kiểm toán: tra cứu thay đổi và lịch sử một bản ghi.',
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
