import { jobsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { jobRoutes } from './jobs.routes';

export const jobsModule = defineModule({
  name: 'jobs',
  description: 'Tác vụ nền: tiến độ và tệp kết quả.',
  routes: [jobRoutes],
  errors: jobsErrors,
  auditExclusions: [
    { table: 'jobs', why: 'progress counters change many times a second; enqueueing and the effects are audited' },
    {
      table: 'schedule_runs',
      why: "when each claimed schedule last ran (kit/scheduler.ts); the schedule's own writes are audited",
    },
  ],
  indicators: [],
});
