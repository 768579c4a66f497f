import { orgUnitsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { orgUnitRoutes } from './org-units.routes';
import { orgUnitIndicators } from './indicators';

export const orgUnitsModule = defineModule({
  name: 'org-units',
  description: 'Tổ chức công đoàn: cây đơn vị, tạo, sửa, giải thể, ban chấp hành.',
  routes: [orgUnitRoutes],
  errors: orgUnitsErrors,
  permissions: {
    'org.read': ['federation_admin', 'officer', 'viewer', 'auditor'],
    'org.write': ['federation_admin'],
  },
  indicators: orgUnitIndicators,
});
