import { lazy } from 'react';
import { ImportOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const ImportPage = lazy(() => import('./ImportPage').then((m) => ({ default: m.ImportPage })));

export const memberImportModule: WebModule = {
  name: 'member-import',
  routes: [{ path: 'members/import/:id?', element: guarded(Permission.MemberWrite, <ImportPage />) }],
  menu: [
    {
      key: 'import',
      group: 'members',
      icon: <ImportOutlined />,
      to: '/members/import',
      label: 'memberImport.menu',
      testId: 'menu-member-import',
      permission: Permission.MemberWrite,
      paths: ['/members/import'],
    },
  ],
  i18n: { vi, en },
};
