import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { webModules } from '../modules';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';

// Built from the module list: a module's pages are declared in its own module.tsx.
export const router = createBrowserRouter([
  ...webModules.flatMap((m) => m.publicRoutes ?? []),
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [...webModules.flatMap((m) => m.routes ?? []), { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
]);
