import { lazy, Suspense } from 'react';
import { IdcardOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

// The members screens load together when one of them is first opened.
const screens = () => import('./routes');
const MembersPage = lazy(() => screens().then((m) => ({ default: m.MembersPage })));
const MemberPage = lazy(() => screens().then((m) => ({ default: m.MemberPage })));
const TransfersPage = lazy(() => screens().then((m) => ({ default: m.TransfersPage })));
const TargetsPage = lazy(() => screens().then((m) => ({ default: m.TargetsPage })));
const DuplicatesPage = lazy(() => screens().then((m) => ({ default: m.DuplicatesPage })));
const VerifyCardPage = lazy(() => screens().then((m) => ({ default: m.VerifyCardPage })));

export const membersModule: WebModule = {
  name: 'members',
  routes: [
    { path: 'members', element: <MembersPage /> },
    { path: 'members/transfers', element: <TransfersPage /> },
    { path: 'members/targets', element: <TargetsPage /> },
    { path: 'members/duplicates', element: <DuplicatesPage /> },
    { path: 'members/:id', element: <MemberPage /> },
  ],
  // Scanning a card's QR code opens this page on anyone's phone.
  publicRoutes: [
    {
      path: '/xac-minh-the',
      element: (
        <Suspense>
          <VerifyCardPage />
        </Suspense>
      ),
    },
  ],
  menu: [
    {
      key: 'members',
      group: 'members',
      icon: <IdcardOutlined />,
      to: '/members',
      label: 'menu.members',
      testId: 'menu-members',
      permission: Permission.MemberRead,
      paths: ['/members'],
    },
  ],
  i18n: { vi, en },
};
