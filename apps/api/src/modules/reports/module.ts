import { Permission, reportsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { dashboardsRoutes } from './dashboards/dashboards.routes';
import { refreshJob, REFRESH_JOB } from './dashboards/refresh-now';
import { snapshotSchedule } from './dashboards/refresh-snapshots';
import { reportsHome } from './home';
import { seedReportsDemo } from './reports-demo';
import { reportReminderSchedule } from './report-reminders';
import { reportsRoutes } from './reports.routes';

export const reportsModule = defineModule({
  name: 'reports',
  description: 'Báo cáo định kỳ: chỉ tiêu tự tính và nhập tay, biểu mẫu, giao báo cáo, nộp, duyệt, tổng hợp theo cây.',
  routes: [reportsRoutes, dashboardsRoutes],
  // The refresh's figures are sums over the subtree, readable by those who read its reports.
  jobs: { [REFRESH_JOB]: { handler: refreshJob, readResult: [Permission.ReportRead] } },
  schedules: [reportReminderSchedule, snapshotSchedule],
  auditExclusions: [
    { table: 'indicator_snapshots', why: 'derived figures, recomputed from audited data by the refresh job' },
    {
      table: 'completeness_counters',
      why: 'derived counts of audited submissions, rebuilt from them on a tree change',
    },
    { table: 'completeness_builds', why: "the tree version each round's counters were built on (derived state)" },
    { table: 'org_tree_version', why: 'a counter bumped by a trigger on every change to the tree of units' },
  ],
  errors: reportsErrors,
  permissions: {
    'report.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'report.write': ['federation_admin', 'officer'],
    'report.approve': ['federation_admin', 'officer'],
  },
  demo: seedReportsDemo,
  indicators: [],
  home: reportsHome,
});
