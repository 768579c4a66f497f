import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Permission } from '@congdoan/domain';
import { ChangePasswordPage } from '../modules/auth/ChangePasswordPage';
import { LoginPage } from '../modules/auth/LoginPage';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { RequirePermission } from '../modules/auth/RequirePermission';
import { HomeRedirect } from '../modules/org-units/HomeRedirect';
import { UnitPage } from '../modules/org-units/UnitPage';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';

// Admin screens are used by few people: load their code only when opened.
const UsersPage = lazy(() => import('../modules/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const CampaignsPage = lazy(() =>
  import('../modules/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
);
const CampaignPage = lazy(() => import('../modules/campaigns/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const EventsPage = lazy(() => import('../modules/events/EventsPage').then((m) => ({ default: m.EventsPage })));
const EventFormPage = lazy(() => import('../modules/events/EventFormPage').then((m) => ({ default: m.EventFormPage })));
const EventPage = lazy(() => import('../modules/events/EventPage').then((m) => ({ default: m.EventPage })));
const CheckinPage = lazy(() => import('../modules/events/CheckinPage').then((m) => ({ default: m.CheckinPage })));
const AuditPage = lazy(() => import('../modules/audit/AuditPage').then((m) => ({ default: m.AuditPage })));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'units/:id', element: <UnitPage /> },
          {
            path: 'users',
            element: (
              <RequirePermission permission={Permission.UserManage}>
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequirePermission permission={Permission.AuditRead}>
                <AuditPage />
              </RequirePermission>
            ),
          },
          ...[
            { path: 'campaigns', element: <CampaignsPage /> },
            { path: 'campaigns/:id', element: <CampaignPage /> },
            { path: 'events', element: <EventsPage /> },
            { path: 'events/new', element: <EventFormPage /> },
            { path: 'events/:id', element: <EventPage /> },
            { path: 'events/:id/checkin', element: <CheckinPage /> },
          ].map((r) => ({
            ...r,
            element: <RequirePermission permission={Permission.CampaignRead}>{r.element}</RequirePermission>,
          })),
          { path: 'account/password', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
