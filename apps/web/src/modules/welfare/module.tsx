import { lazy, Suspense } from 'react';
import { GiftOutlined, HomeOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';
import tripsVi from './trips/i18n/vi.json';
import tripsEn from './trips/i18n/en.json';
import vouchersVi from './vouchers/i18n/vi.json';
import vouchersEn from './vouchers/i18n/en.json';
import homesVi from './i18n/homes.vi.json';
import homesEn from './i18n/homes.en.json';

const WelfarePage = lazy(() => import('./WelfarePage').then((m) => ({ default: m.WelfarePage })));
const ProgrammeFormPage = lazy(() => import('./ProgrammeFormPage').then((m) => ({ default: m.ProgrammeFormPage })));
const NominationImportPage = lazy(() =>
  import('./NominationImportPage').then((m) => ({ default: m.NominationImportPage })),
);
const HomesPage = lazy(() => import('./homes/HomesPage').then((m) => ({ default: m.HomesPage })));
const HomePage = lazy(() => import('./homes/HomePage').then((m) => ({ default: m.HomePage })));
const HomeFormPage = lazy(() => import('./homes/HomeFormPage').then((m) => ({ default: m.HomeFormPage })));
const ProgrammePage = lazy(() => import('./ProgrammePage').then((m) => ({ default: m.ProgrammePage })));
const RedeemPage = lazy(() => import('./vouchers/RedeemPage').then((m) => ({ default: m.RedeemPage })));

export const welfareModule: WebModule = {
  name: 'welfare',
  routes: [
    { path: 'welfare', element: guarded(Permission.WelfareRead, <WelfarePage />) },
    { path: 'welfare/new', element: guarded(Permission.WelfareWrite, <ProgrammeFormPage />) },
    { path: 'welfare/homes', element: guarded(Permission.WelfareRead, <HomesPage />) },
    { path: 'welfare/homes/new', element: guarded(Permission.WelfareWrite, <HomeFormPage />) },
    { path: 'welfare/homes/:id', element: guarded(Permission.WelfareRead, <HomePage />) },
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
    {
      key: 'welfare-homes',
      group: 'care',
      icon: <HomeOutlined />,
      to: '/welfare/homes',
      label: 'homes.menu',
      testId: 'menu-welfare-homes',
      permission: Permission.WelfareRead,
      paths: ['/welfare/homes'],
    },
  ],
  i18n: { vi: { ...vi, ...tripsVi, ...vouchersVi, ...homesVi }, en: { ...en, ...tripsEn, ...vouchersEn, ...homesEn } },
};
