import { lazy, Suspense } from 'react';
import { GiftOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import tripsVi from './trips/i18n/vi.json';
import tripsEn from './trips/i18n/en.json';
import vouchersVi from './vouchers/i18n/vi.json';
import vouchersEn from './vouchers/i18n/en.json';

const WelfarePage = lazy(() => import('./WelfarePage').then((m) => ({ default: m.WelfarePage })));
const ProgrammeFormPage = lazy(() => import('./ProgrammeFormPage').then((m) => ({ default: m.ProgrammeFormPage })));
const NominationImportPage = lazy(() =>
  import('./NominationImportPage').then((m) => ({ default: m.NominationImportPage })),
);
const ProgrammePage = lazy(() => import('./ProgrammePage').then((m) => ({ default: m.ProgrammePage })));
const RedeemPage = lazy(() => import('./vouchers/RedeemPage').then((m) => ({ default: m.RedeemPage })));

export const welfareModule: WebModule = {
  name: 'welfare',
  routes: [
    { path: 'welfare', element: guarded(Permission.WelfareRead, <WelfarePage />) },
    { path: 'welfare/new', element: guarded(Permission.WelfareWrite, <ProgrammeFormPage />) },
    { path: 'welfare/:id', element: guarded(Permission.WelfareRead, <ProgrammePage />) },
    { path: 'welfare/:id/edit', element: guarded(Permission.WelfareWrite, <ProgrammeFormPage />) },
    {
      path: 'welfare/:id/import/:importId?',
      element: guarded(Permission.WelfareWrite, <NominationImportPage />),
    },
  ],
  // A shop redeems Tết Market vouchers here with the link the union gave it (no account).
  publicRoutes: [
    {
      path: '/doi-phieu',
      element: (
        <Suspense>
          <RedeemPage />
        </Suspense>
      ),
    },
  ],
  menu: [
    {
      key: 'welfare',
      group: 'care',
      icon: <GiftOutlined />,
      to: '/welfare',
      label: 'welfare.menu',
      testId: 'menu-welfare',
      permission: Permission.WelfareRead,
      paths: ['/welfare'],
    },
  ],
  i18n: { vi: { ...vi, ...tripsVi, ...vouchersVi }, en: { ...en, ...tripsEn, ...vouchersEn } },
};
