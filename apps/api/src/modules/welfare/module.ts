import { Permission, welfareErrors, welfareTripErrors } from '@congdoan/domain';
import { addRegistrationGuard, addTicketWording } from '../events';
import { defineModule } from '../declaration';
import { checkNominationsJob } from './bulk/check-nominations-job';
import { commitNominationsJob } from './bulk/commit-nominations-job';
import { welfareBulkRoutes } from './bulk/bulk.routes';
import { welfareAttachmentRoutes } from './attachments/attachments.routes';
import { welfareApplicationRoutes } from './applications/applications.routes';
import { welfareIndicatorList } from './indicators';
import { withReportSql } from './report-indicators';
import { seedWelfareDemo } from './welfare-demo';
import { welfareHandoutRoutes } from './handouts.routes';
import { homeRoutes } from './homes/homes.routes';
import { seedQuangTriWelfareDemo } from './homes/quang-tri-demo';
import { welfareRoutes } from './welfare.routes';
import { tripTicketGuard } from './trips/trip-ticket-guard';
import { tripTicketWording } from './trips/trip-ticket-wording';
import { tripRoutes } from './trips/trips.routes';

// A trip is an event: its registrations take a ticket from the unit's quota, and its tickets are tickets home.
addRegistrationGuard(tripTicketGuard);
addTicketWording(tripTicketWording);
import { exportVouchersJob } from './vouchers/export-vouchers-job';
import { issueVouchersJob } from './vouchers/issue-vouchers-job';
import { voucherRoutes } from './vouchers/vouchers.routes';

export const welfareModule = defineModule({
  name: 'welfare',
  description: 'Chăm lo đoàn viên: chương trình, chỉ tiêu giao xuống, đề nghị hỗ trợ xét duyệt lên, trao hỗ trợ.',
  routes: [
    welfareRoutes,
    tripRoutes,
    welfareHandoutRoutes,
    voucherRoutes,
    welfareBulkRoutes,
    welfareAttachmentRoutes,
    welfareApplicationRoutes,
    homeRoutes,
  ],
  jobs: {
    // Counts only: the owner's officials may follow it.
    'welfare.vouchers.issue': { handler: issueVouchersJob, readResult: [Permission.WelfareWrite] },
    // Codes with phone numbers: as private as the people in it.
    'welfare.vouchers.export': {
      handler: exportVouchersJob,
      readResult: [Permission.WelfareRead, Permission.PersonalDataRead],
    },
    // A nomination list's error and result files repeat the uploaded rows (CCCDs, phones).
    'welfare.nomination_import.check': {
      handler: checkNominationsJob,
      readResult: [Permission.WelfareWrite, Permission.PersonalDataRead],
    },
    'welfare.nomination_import.commit': {
      handler: commitNominationsJob,
      readResult: [Permission.WelfareWrite, Permission.PersonalDataRead],
    },
  },
  errors: { ...welfareErrors, ...welfareTripErrors },
  permissions: {
    'welfare.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'welfare.write': ['federation_admin', 'officer'],
  },
  demo: async (tx) => {
    await seedWelfareDemo(tx);
    await seedQuangTriWelfareDemo(tx);
  },
  indicators: withReportSql(welfareIndicatorList),
});
