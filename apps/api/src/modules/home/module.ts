import { defineModule } from '../declaration';
import { homeRoutes } from './home.routes';

export const homeModule = defineModule({
  name: 'home',
  description: 'Trang chủ: việc đang chờ của cán bộ ở mọi phân hệ.',
  routes: [homeRoutes],
  errors: {},
  indicators: [],
});
