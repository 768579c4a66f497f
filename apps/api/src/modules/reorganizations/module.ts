import { Permission, reorganizationsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { applyDueSchedule } from './apply-due';
import { applyBulkJob } from './bulk/bulk-job';
import { seedDemoRestructuring } from './demo-restructuring';
import { reorganizationRoutes } from './reorganizations.routes';

export const reorganizationsModule = defineModule({
  name: 'reorganizations',
  description: 'Sắp xếp tổ chức: chuyển, sáp nhập, chia tách, giải thể, sắp xếp hàng loạt.',
  routes: [reorganizationRoutes],
  jobs: { 'reorganization.bulk': { handler: applyBulkJob, readResult: [Permission.OrgRead] } },
  schedules: [applyDueSchedule],
  errors: reorganizationsErrors,
  demo: seedDemoRestructuring,
  indicators: [],
});
