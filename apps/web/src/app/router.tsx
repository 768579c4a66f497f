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
const DraftLawsPage = lazy(() =>
  import('../modules/petitions/DraftLawsPage').then((m) => ({ default: m.DraftLawsPage })),
);
const ReportsPage = lazy(() => import('../modules/petitions/ReportsPage').then((m) => ({ default: m.ReportsPage })));
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
              ['draft-laws', <DraftLawsPage key="dl" />],
            ] as const
          ).map(([path, page]) => ({
            path,
            element: <RequirePermission permission={Permission.PetitionRead}>{page}</RequirePermission>,
          })),
          { path: 'account/password', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
