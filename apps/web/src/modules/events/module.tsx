import { lazy } from 'react';
import { CalendarOutlined } from '@ant-design/icons';
import { Permission } from '@congdoan/domain';
import type { WebModule } from '../../app/modules/web-module';
import { guarded } from '../../app/modules/guarded';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

const EventsPage = lazy(() => import('./EventsPage').then((m) => ({ default: m.EventsPage })));
const EventFormPage = lazy(() => import('./EventFormPage').then((m) => ({ default: m.EventFormPage })));
const EventPage = lazy(() => import('./EventPage').then((m) => ({ default: m.EventPage })));
const CalendarFeedPage = lazy(() => import('./CalendarFeedPage').then((m) => ({ default: m.CalendarFeedPage })));
const CheckinPage = lazy(() => import('./CheckinPage').then((m) => ({ default: m.CheckinPage })));

export const eventsModule: WebModule = {
  name: 'events',
  routes: [
    { path: 'events', element: <EventsPage /> },
    { path: 'events/new', element: <EventFormPage /> },
    { path: 'events/:id', element: <EventPage /> },
    { path: 'events/:id/edit', element: guarded(Permission.CampaignWrite, <EventFormPage />) },
    { path: 'events/:id/checkin', element: <CheckinPage /> },
    { path: 'account/calendar', element: <CalendarFeedPage /> },
  ].map((r) => ({ ...r, element: guarded(Permission.CampaignRead, r.element) })),
  menu: [
    {
      key: 'events',
      group: 'movement',
      icon: <CalendarOutlined />,
      to: '/events',
      label: 'events.menu',
      testId: 'menu-events',
      permission: Permission.CampaignRead,
      paths: ['/events'],
    },
  ],
  i18n: { vi, en },
};
