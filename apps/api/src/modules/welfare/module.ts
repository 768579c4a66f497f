import { welfareErrors, welfareTripErrors } from '@congdoan/domain';
import { addRegistrationGuard } from '../events';
import { defineModule } from '../declaration';
import { welfareIndicatorList } from './indicators';
import { seedWelfareDemo } from './welfare-demo';
import { welfareHandoutRoutes } from './handouts.routes';
import { welfareRoutes } from './welfare.routes';
import { tripTicketGuard } from './trips/trip-ticket-guard';
import { tripRoutes } from './trips/trips.routes';

// A trip is an event: its registrations take a ticket from the unit's quota.
addRegistrationGuard(tripTicketGuard);

export const welfareModule = defineModule({
  name: 'welfare',
  description: 'Chăm lo đoàn viên: chương trình, chỉ tiêu giao xuống, đề nghị hỗ trợ xét duyệt lên, trao hỗ trợ.',
  routes: [welfareRoutes, tripRoutes, welfareHandoutRoutes],
  errors: { ...welfareErrors, ...welfareTripErrors },
  permissions: {
    'welfare.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'welfare.write': ['federation_admin', 'officer'],
  },
  demo: seedWelfareDemo,
  indicators: welfareIndicatorList,
});
