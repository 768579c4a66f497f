import { defineModule } from '../declaration';

// The demo tree and accounts (seed-demo.ts), then every module's own demo rows in list order.
export const demoModule = defineModule({
  name: 'demo',
  description: 'Dữ liệu mẫu (không có API).',
  routes: [],
  errors: {},
  indicators: [],
});
