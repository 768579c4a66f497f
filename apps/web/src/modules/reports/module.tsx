import { lazy } from 'react';
import { DashboardOutlined, FileDoneOutlined } from '@ant-design/icons';
import { Permission, reportStatusWords } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const ReportsPage = lazy(() => import('./ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import('./ReportPage').then((m) => ({ default: m.ReportPage })));
// The dashboard chunk carries ECharts: loaded only when a dashboard opens.
const DashboardPage = lazy(() => import('./dashboards/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const MyDashboard = lazy(() => import('./dashboards/DashboardPage').then((m) => ({ default: m.MyDashboard })));
const CompletenessPage = lazy(() => import('./CompletenessPage').then((m) => ({ default: m.CompletenessPage })));

export const reportsModule: WebModule = {
  name: 'reports',
  routes: [
    { path: 'reports', element: guarded(Permission.ReportRead, <ReportsPage />) },
    { path: 'reports/:id/units/:unitId', element: guarded(Permission.ReportRead, <ReportPage />) },
    { path: 'reports/:id/completeness', element: guarded(Permission.ReportRead, <CompletenessPage />) },
    { path: 'dashboard', element: guarded(Permission.ReportRead, <MyDashboard />) },
    { path: 'dashboard/:unitId', element: guarded(Permission.ReportRead, <DashboardPage />) },
  ],
  menu: [
    {
      key: 'reports',
      group: 'reports',
      icon: <FileDoneOutlined />,
      to: '/reports',
      label: 'reports.menu',
      testId: 'menu-reports',
      permission: Permission.ReportRead,
      paths: ['/reports'],
    },
    {
      key: 'dashboard',
      group: 'reports',
      icon: <DashboardOutlined />,
      to: '/dashboard',
      label: 'reports.dashboard.menu',
      testId: 'menu-dashboard',
      permission: Permission.ReportRead,
      paths: ['/dashboard'],
    },
  ],
  // The status words come from the domain, which the documents use too.
  i18n: {
    vi: { reports: { ...vi.reports, status: reportStatusWords.vi } },
    en: { reports: { ...en.reports, status: reportStatusWords.en } },
  },
};
