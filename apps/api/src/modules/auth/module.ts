import { authErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { authRoutes } from './auth.routes';

export const authModule = defineModule({
  name: 'auth',
  description: 'Đăng nhập, đăng xuất, phiên làm việc và đổi mật khẩu.',
  routes: [authRoutes],
  errors: authErrors,
  auditExclusions: [
    { table: 'sessions', why: 'security state; sign-in and sign-out are explicit audit events' },
    { table: 'known_devices', why: 'security state: devices a user signed in from (sign-ins are audit events)' },
    { table: 'login_attempts', why: 'throttling counters, changed on every failed sign-in' },
  ],
  indicators: [],
});
