import { defineModule } from '../declaration';
import { healthRoutes } from './health.routes';

export const healthModule = defineModule({
  name: 'health',
  description: 'Tình trạng hệ thống.',
  routes: [healthRoutes],
  errors: {},
  indicators: [],
});
