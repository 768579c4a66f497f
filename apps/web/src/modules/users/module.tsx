import { lazy } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const UsersPage = lazy(() => import('./UsersPage').then((m) => ({ default: m.UsersPage })));

export const usersModule: WebModule = {
  name: 'users',
  routes: [{ path: 'users', element: guarded(Permission.UserManage, <UsersPage />) }],
  menu: [
    {
      key: 'users',
      group: 'admin',
      icon: <TeamOutlined />,
      to: '/users',
      label: 'menu.users',
      testId: 'menu-users',
      permission: Permission.UserManage,
      paths: ['/users'],
    },
  ],
  i18n: { vi, en },
};
