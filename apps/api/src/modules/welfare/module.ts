import { welfareErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { welfareIndicatorList } from './indicators';
import { seedWelfareDemo } from './welfare-demo';
import { homeRoutes } from './homes/homes.routes';
import { seedQuangTriWelfareDemo } from './homes/quang-tri-demo';
import { welfareRoutes } from './welfare.routes';

export const welfareModule = defineModule({
  name: 'welfare',
  description: 'Chăm lo đoàn viên: chương trình, chỉ tiêu giao xuống, đề nghị hỗ trợ xét duyệt lên, trao hỗ trợ.',
  routes: [welfareRoutes, homeRoutes],
  errors: welfareErrors,
  permissions: {
    'welfare.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'welfare.write': ['federation_admin', 'officer'],
  },
  demo: async (tx) => {
    await seedWelfareDemo(tx);
    await seedQuangTriWelfareDemo(tx);
  },
  indicators: welfareIndicatorList,
});
