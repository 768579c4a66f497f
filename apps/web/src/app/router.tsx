import { lazy, Suspense } from 'react';
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
const BulkRestructurePage = lazy(() =>
  import('../modules/org-units/BulkRestructurePage').then((m) => ({ default: m.BulkRestructurePage })),
);
const ImportPage = lazy(() => import('../modules/member-import/ImportPage').then((m) => ({ default: m.ImportPage })));
const PetitionsPage = lazy(() =>
  import('../modules/petitions/PetitionsPage').then((m) => ({ default: m.PetitionsPage })),
);
const PetitionDetailPage = lazy(() =>
  import('../modules/petitions/PetitionDetailPage').then((m) => ({ default: m.PetitionDetailPage })),
);
const ConsolidatePage = lazy(() =>
  import('../modules/petitions/ConsolidatePage').then((m) => ({ default: m.ConsolidatePage })),
);
const CallsPage = lazy(() => import('../modules/petitions/CallsPage').then((m) => ({ default: m.CallsPage })));
const CallDetailPage = lazy(() =>
  import('../modules/petitions/CallDetailPage').then((m) => ({ default: m.CallDetailPage })),
);
const DialoguesPage = lazy(() =>
  import('../modules/petitions/DialoguesPage').then((m) => ({ default: m.DialoguesPage })),
);
const DialogueDetailPage = lazy(() =>
  import('../modules/petitions/DialogueDetailPage').then((m) => ({ default: m.DialogueDetailPage })),
);
const ReportsPage = lazy(() => import('../modules/petitions/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const CampaignsPage = lazy(() =>
  import('../modules/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
);
const CampaignPage = lazy(() => import('../modules/campaigns/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const EventsPage = lazy(() => import('../modules/events/EventsPage').then((m) => ({ default: m.EventsPage })));
const EventFormPage = lazy(() => import('../modules/events/EventFormPage').then((m) => ({ default: m.EventFormPage })));
const EventPage = lazy(() => import('../modules/events/EventPage').then((m) => ({ default: m.EventPage })));
const CheckinPage = lazy(() => import('../modules/events/CheckinPage').then((m) => ({ default: m.CheckinPage })));
const AuditPage = lazy(() => import('../modules/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const members = () => import('../modules/members/routes');
const MembersPage = lazy(() => members().then((m) => ({ default: m.MembersPage })));
const MemberPage = lazy(() => members().then((m) => ({ default: m.MemberPage })));
const TransfersPage = lazy(() => members().then((m) => ({ default: m.TransfersPage })));
const TargetsPage = lazy(() => members().then((m) => ({ default: m.TargetsPage })));
const DuplicatesPage = lazy(() => members().then((m) => ({ default: m.DuplicatesPage })));
const VerifyCardPage = lazy(() => members().then((m) => ({ default: m.VerifyCardPage })));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/xac-minh-the',
    element: (
      <Suspense>
        <VerifyCardPage />
      </Suspense>
    ),
  },
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
            path: 'reorganizations/bulk',
            element: (
              <RequirePermission permission={Permission.OrgWrite}>
                <BulkRestructurePage />
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
          {
            path: 'members/import/:id?',
            element: (
              <RequirePermission permission={Permission.MemberWrite}>
                <ImportPage />
              </RequirePermission>
            ),
          },
          { path: 'members', element: <MembersPage /> },
          { path: 'members/transfers', element: <TransfersPage /> },
          { path: 'members/targets', element: <TargetsPage /> },
          { path: 'members/duplicates', element: <DuplicatesPage /> },
          { path: 'members/:id', element: <MemberPage /> },
          // Petitions: a member may open their own petition (or an addressee one shared with them) without a role.
          { path: 'petitions/:id', element: <PetitionDetailPage /> },
          ...(
            [
              ['petitions', <PetitionsPage key="p" />],
              ['petitions/consolidate', <ConsolidatePage key="c" />],
              ['petition-calls', <CallsPage key="cl" />],
              ['petition-calls/:id', <CallDetailPage key="cd" />],
              ['dialogues', <DialoguesPage key="d" />],
              ['dialogues/:id', <DialogueDetailPage key="dd" />],
              ['petition-reports', <ReportsPage key="r" />],
            ] as const
          ).map(([path, page]) => ({
            path,
            element: <RequirePermission permission={Permission.PetitionRead}>{page}</RequirePermission>,
          })),
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
