import { lazy } from 'react';
import { FlagOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const CampaignsPage = lazy(() => import('./CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const CampaignPage = lazy(() => import('./CampaignPage').then((m) => ({ default: m.CampaignPage })));

export const campaignsModule: WebModule = {
  name: 'campaigns',
  routes: [
    { path: 'campaigns', element: guarded(Permission.CampaignRead, <CampaignsPage />) },
    { path: 'campaigns/:id', element: guarded(Permission.CampaignRead, <CampaignPage />) },
  ],
  menu: [
    {
      key: 'campaigns',
      group: 'movement',
      icon: <FlagOutlined />,
      to: '/campaigns',
      label: 'campaigns.menu',
      testId: 'menu-campaigns',
      permission: Permission.CampaignRead,
      paths: ['/campaigns'],
    },
  ],
  i18n: { vi, en },
};
