import type { WebModule } from '../../app/modules/web-module';
import { ChangePasswordPage } from './ChangePasswordPage';
import { LoginPage } from './LoginPage';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

export const authModule: WebModule = {
  name: 'auth',
  publicRoutes: [{ path: '/login', element: <LoginPage /> }],
  routes: [{ path: 'account/password', element: <ChangePasswordPage /> }],
  i18n: { vi, en },
};
