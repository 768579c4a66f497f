import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../modules/auth/RequireAuth';
import { webModules } from '../modules';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

// Built from the module list: a module's pages are declared in its own module.tsx. A failing page
// shows RouteError inside the layout (menu still there); a failing layout or public page, on its own.
export const router = createBrowserRouter([
  ...webModules.flatMap((m) => m.publicRoutes ?? []).map((r) => ({ ...r, errorElement: <RouteError /> })),
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <RouteError />,
            children: [...webModules.flatMap((m) => m.routes ?? []), { path: '*', element: <NotFoundPage /> }],
          },
        ],
      },
    ],
  },
]);
