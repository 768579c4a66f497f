import { lazy } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const HomePage = lazy(() => import('./HomePage').then((m) => ({ default: m.HomePage })));

export const homeModule: WebModule = {
  name: 'home',
  // Where a sign-in lands (unless a page was asked for); the organisation tree stays at / and in the menu.
  routes: [{ path: 'home', element: <HomePage /> }],
  menu: [
    {
      key: 'home',
      group: 'reports',
      icon: <BellOutlined />,
      to: '/home',
      label: 'home.menu',
      testId: 'menu-home',
      permission: Permission.ReportRead,
      paths: ['/home'],
    },
  ],
  i18n: { vi, en },
};
