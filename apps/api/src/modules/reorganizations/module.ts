import { reorganizationsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { applyDueSchedule } from './apply-due';
import { bulkRestructuringJob } from './bulk/bulk-job';
import { seedDemoRestructuring } from './demo-restructuring';
import { reorganizationRoutes } from './reorganizations.routes';

export const reorganizationsModule = defineModule({
  name: 'reorganizations',
  routes: [reorganizationRoutes],
  jobs: { 'reorganization.bulk': bulkRestructuringJob },
  schedules: [applyDueSchedule],
  errors: reorganizationsErrors,
  demo: seedDemoRestructuring,
  indicators: [],
});
