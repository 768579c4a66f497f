import { lazy } from 'react';
import { CheckSquareOutlined, TeamOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const BriefingsPage = lazy(() => import('./BriefingsPage').then((m) => ({ default: m.BriefingsPage })));
const BriefingPage = lazy(() => import('./BriefingPage').then((m) => ({ default: m.BriefingPage })));
const MyTasksPage = lazy(() => import('./MyTasksPage').then((m) => ({ default: m.MyTasksPage })));

export const briefingsModule: WebModule = {
  name: 'briefings',
  routes: [
    { path: 'briefings', element: guarded(Permission.ReportRead, <BriefingsPage />) },
    { path: 'briefings/:id', element: guarded(Permission.ReportRead, <BriefingPage />) },
    { path: 'tasks', element: guarded(Permission.ReportRead, <MyTasksPage />) },
  ],
  menu: [
    {
      key: 'briefings',
      group: 'reports',
      icon: <TeamOutlined />,
      to: '/briefings',
      label: 'briefings.menu',
      testId: 'menu-briefings',
      permission: Permission.ReportRead,
      paths: ['/briefings'],
    },
    {
      key: 'tasks',
      group: 'reports',
      icon: <CheckSquareOutlined />,
      to: '/tasks',
      label: 'briefings.myTasks',
      testId: 'menu-tasks',
      permission: Permission.ReportRead,
      paths: ['/tasks'],
    },
  ],
  i18n: { vi, en },
};
