import { lazy } from 'react';
import type { WebModule } from '../../app/modules/web-module';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const HomePage = lazy(() => import('./HomePage').then((m) => ({ default: m.HomePage })));

export const homeModule: WebModule = {
  name: 'home',
  routes: [{ index: true, element: <HomePage /> }],
  i18n: { vi, en },
};
