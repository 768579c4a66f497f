import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const AuditPage = lazy(() => import('./AuditPage').then((m) => ({ default: m.AuditPage })));

export const auditModule: WebModule = {
  name: 'audit',
  routes: [{ path: 'audit', element: guarded(Permission.AuditRead, <AuditPage />) }],
  menu: [
    {
      key: 'audit',
      group: 'admin',
      icon: <AuditOutlined />,
      to: '/audit',
      label: 'menu.audit',
      testId: 'menu-audit',
      permission: Permission.AuditRead,
      paths: ['/audit'],
    },
  ],
  i18n: { vi, en },
};
