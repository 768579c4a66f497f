import { petitionsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { petitionsHome } from './home';
import { petitionCallRoutes } from './calls.routes';
import { seedPetitionsDemo } from './petitions-demo';
import { petitionRoutes } from './petitions.routes';
import { petitionReportRoutes } from './reports/reports.routes';
import { petitionIndicators } from './indicators';

export const petitionsModule = defineModule({
  name: 'petitions',
  description: 'Kiến nghị của đoàn viên: đợt lấy kiến nghị, tổng hợp, trả lời, báo cáo.',
  routes: [petitionRoutes, petitionCallRoutes, petitionReportRoutes],
  errors: petitionsErrors,
  permissions: {
    'petition.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'petition.write': ['federation_admin', 'officer'],
    'petition.identity.read': ['federation_admin'],
  },
  auditExclusions: [
    {
      table: 'petition_identities',
      why: "an anonymous worker's identity: a row trigger would copy it into the log; writes and reads are explicit events",
    },
  ],
  demo: seedPetitionsDemo,
  indicators: petitionIndicators,
  home: petitionsHome,
});
