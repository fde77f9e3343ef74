import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageSpin } from '../components/PageSpin.js';
import { lazyNamed } from './lazy-named.js';
import { NotFoundPage } from './NotFoundPage.js';
import { APP_PAGES } from './pages.js';
import { PageFrame } from './PageFrame.js';
import { PATHS } from './paths.js';
import { RequireAuth } from './RequireAuth.js';
import { RouteErrorPage } from './RouteErrorPage.js';

// The sign-in page and the shell load on demand, so the first screen downloads only what it shows.
const SignInPage = lazyNamed(() => import('../features/session/SignInPage.js'), 'SignInPage');
const AppShell = lazyNamed(() => import('./AppShell.js'), 'AppShell');

const pageRoutes: RouteObject[] = APP_PAGES.map(({ path, permission, page: Page }) => ({
  ...(path === PATHS.dashboard ? { index: true } : { path: path.slice(1) }),
  element: (
    <PageFrame permission={permission}>
      <Page />
    </PageFrame>
  ),
}));

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: PATHS.signIn,
      errorElement: <RouteErrorPage />,
      element: (
        <Suspense fallback={<PageSpin fullScreen />}>
          <SignInPage />
        </Suspense>
      ),
    },
    {
      path: PATHS.dashboard,
      errorElement: <RouteErrorPage />,
      element: (
        <RequireAuth>
          <Suspense fallback={<PageSpin fullScreen />}>
            <AppShell />
          </Suspense>
        </RequireAuth>
      ),
      children: [...pageRoutes, { path: '*', element: <NotFoundPage /> }],
    },
  ]);
}
