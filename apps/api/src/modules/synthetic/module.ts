import { defineModule } from '../declaration';

// `congdoan seed synthetic` (CLI only): bulk test data; no routes, jobs or codes of its own.
export const syntheticModule = defineModule({
  name: 'synthetic',
  description: 'Sinh dữ liệu tổng hợp cho thử tải (không có API).',
  routes: [],
  errors: {},
  indicators: [],
});
