import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { ShellSkeleton } from '../components/shell-skeleton.tsx';
import { ExtensionRoute } from '../extensions/extension-route.tsx';
import { ModuleGate } from '../extensions/module-gate.tsx';
import { UiExtensionsProvider } from '../extensions/ui-extensions-provider.tsx';
import { workbenchPath } from '../menu/core-menu.tsx';
import { menuEntries } from '../menu/menu-registry.ts';
import { AcceptInvitePage } from '../pages/auth/accept-invite-page.tsx';
import { SignInPage } from '../pages/auth/sign-in-page.tsx';
import { SignUpPage } from '../pages/auth/sign-up-page.tsx';
import { ForbiddenPage, NotFoundPage } from '../pages/errors/error-page.tsx';
import { AppShell } from '../shell/app-shell.tsx';
import { EntryRoute } from './entry-route.tsx';
import { RequireSession } from './require-session.tsx';

export interface RouteHandle {
  /** i18n key of the breadcrumb for routes that are not menu entries. */
  crumbKey: string;
}

function entryRoutes(): RouteObject[] {
  return menuEntries().flatMap((entry) => {
    const Page = lazy(entry.page);
    const subpages = (entry.subpages ?? []).map((subpage): RouteObject => {
      const Subpage = lazy(subpage.page);
      const handle: RouteHandle = { crumbKey: subpage.crumbKey };
      return { path: `${entry.path.slice(1)}/${subpage.path}`, element: <EntryRoute entry={entry} page={Subpage} />, handle };
    });
    return [{ path: entry.path.slice(1), element: <EntryRoute entry={entry} page={Page} /> }, ...subpages];
  });
}

// The platform operators' console: its own sign-in, session and shell, loaded only when visited.
const OperatorApp = lazy(() => import('../operator/operator-app.tsx'));

/** Built after every menu entry is registered: the registry is the list of signed-in pages. */
export function createAppRouter() {
  const forbidden: RouteHandle = { crumbKey: 'errors.forbidden.crumb' };
  const notFound: RouteHandle = { crumbKey: 'errors.not-found.crumb' };
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage /> },
    { path: '/sign-up', element: <SignUpPage /> },
    { path: '/accept-invite', element: <AcceptInvitePage /> },
    {
      path: '/operator/*',
      element: (
        <Suspense fallback={<ShellSkeleton />}>
          <OperatorApp />
        </Suspense>
      ),
    },
    {
      path: '/',
      element: (
        <RequireSession>
          <UiExtensionsProvider>
            <AppShell />
          </UiExtensionsProvider>
        </RequireSession>
      ),
      children: [
        { index: true, element: <Navigate to={workbenchPath} replace /> },
        ...entryRoutes(),
        // Plugins' screens, found at run time in GET /api/ui-extensions (src/extensions/).
        {
          path: 'm/:plugin',
          element: <ModuleGate />,
          children: [
            { index: true, element: <NotFoundPage />, handle: notFound },
            { path: ':name/*', element: <ExtensionRoute /> },
          ],
        },
        { path: '403', element: <ForbiddenPage />, handle: forbidden },
        { path: '*', element: <NotFoundPage />, handle: notFound },
      ],
    },
  ]);
}
