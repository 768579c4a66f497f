import { Permission, welfareErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { checkNominationsJob } from './bulk/check-nominations-job';
import { commitNominationsJob } from './bulk/commit-nominations-job';
import { welfareBulkRoutes } from './bulk/bulk.routes';
import { welfareAttachmentRoutes } from './attachments/attachments.routes';
import { welfareApplicationRoutes } from './applications/applications.routes';
import { welfareIndicatorList } from './indicators';
import { seedWelfareDemo } from './welfare-demo';
import { welfareRoutes } from './welfare.routes';

export const welfareModule = defineModule({
  name: 'welfare',
  description: 'Chăm lo đoàn viên: chương trình, chỉ tiêu giao xuống, đề nghị hỗ trợ xét duyệt lên, trao hỗ trợ.',
  routes: [welfareRoutes, welfareBulkRoutes, welfareAttachmentRoutes, welfareApplicationRoutes],
  // A nomination list's error and result files repeat the uploaded rows (CCCDs, phones).
  jobs: {
    'welfare.nomination_import.check': {
      handler: checkNominationsJob,
      readResult: [Permission.WelfareWrite, Permission.PersonalDataRead],
    },
    'welfare.nomination_import.commit': {
      handler: commitNominationsJob,
      readResult: [Permission.WelfareWrite, Permission.PersonalDataRead],
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
