import { reportsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { reportsHome } from './home';
import { seedReportsDemo } from './reports-demo';
import { reportReminderSchedule } from './report-reminders';
import { reportsRoutes } from './reports.routes';

export const reportsModule = defineModule({
  name: 'reports',
  description: 'Báo cáo định kỳ: chỉ tiêu tự tính và nhập tay, biểu mẫu, giao báo cáo, nộp, duyệt, tổng hợp theo cây.',
  routes: [reportsRoutes],
  schedules: [reportReminderSchedule],
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
