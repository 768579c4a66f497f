import { lazy } from 'react';
import { ApartmentOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import { HomeRedirect } from './HomeRedirect';
import { UnitPage } from './UnitPage';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

// Bulk restructuring is used by few people: its code loads when opened.
const BulkRestructurePage = lazy(() =>
  import('./BulkRestructurePage').then((m) => ({ default: m.BulkRestructurePage })),
);

export const orgUnitsModule: WebModule = {
  name: 'org-units',
  routes: [
    { index: true, element: <HomeRedirect /> },
    { path: 'units/:id', element: <UnitPage /> },
    { path: 'reorganizations/bulk', element: guarded(Permission.OrgWrite, <BulkRestructurePage />) },
  ],
  menu: [
    {
      key: 'units',
      group: 'organisation',
      icon: <ApartmentOutlined />,
      to: '/',
      label: 'menu.orgUnits',
      testId: 'menu-units',
      paths: ['/', '/units'],
    },
    {
      key: 'reorganizations',
      group: 'organisation',
      icon: <NodeIndexOutlined />,
      to: '/reorganizations/bulk',
      label: 'menu.bulk',
      testId: 'menu-bulk',
      permission: Permission.OrgWrite,
      paths: ['/reorganizations'],
    },
  ],
  i18n: { vi, en },
};
