import { Permission, welfareErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { welfareIndicatorList } from './indicators';
import { seedWelfareDemo } from './welfare-demo';
import { welfareRoutes } from './welfare.routes';
import { exportVouchersJob } from './vouchers/export-vouchers-job';
import { issueVouchersJob } from './vouchers/issue-vouchers-job';
import { voucherRoutes } from './vouchers/vouchers.routes';

export const welfareModule = defineModule({
  name: 'welfare',
  description: 'Chăm lo đoàn viên: chương trình, chỉ tiêu giao xuống, đề nghị hỗ trợ xét duyệt lên, trao hỗ trợ.',
  routes: [welfareRoutes, voucherRoutes],
  jobs: {
    // Counts only: the owner's officials may follow it.
    'welfare.vouchers.issue': { handler: issueVouchersJob, readResult: [Permission.WelfareWrite] },
    // Codes with phone numbers: as private as the people in it.
    'welfare.vouchers.export': {
      handler: exportVouchersJob,
      readResult: [Permission.WelfareRead, Permission.PersonalDataRead],
    },
  },
  errors: welfareErrors,
  permissions: {
    'welfare.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'welfare.write': ['federation_admin', 'officer'],
  },
  demo: seedWelfareDemo,
  indicators: welfareIndicatorList,
});
