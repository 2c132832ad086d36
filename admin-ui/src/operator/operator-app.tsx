import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ShellSkeleton } from '../components/shell-skeleton.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { OperatorSignInPage } from './operator-sign-in-page.tsx';
import { operatorPaths } from './operator-paths.ts';
import AuditPage from './pages/audit-page.tsx';
import EntitlementsPage from './pages/entitlements-page.tsx';
import ListingsPage from './pages/listings-page.tsx';
import PaymentsPage from './pages/payments-page.tsx';
import RevenuePage from './pages/revenue-page.tsx';
import TenantsPage from './pages/tenants-page.tsx';
import { useOperatorSessionState } from './session/operator-session-context.ts';
import { OperatorSessionProvider } from './session/operator-session-provider.tsx';
import { OperatorShell } from './shell/operator-shell.tsx';

function RequireOperator({ children }: { children: ReactNode }) {
  const { session } = useOperatorSessionState();
  const location = useLocation();
  if (session === undefined) return <ShellSkeleton />;
  if (session === null) {
    const redirect = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`${operatorPaths.signIn}?redirect=${redirect}`} replace />;
  }
  return children;
}

function OperatorNotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('errors.not-found.title')}
      subTitle={t('errors.not-found.detail')}
      extra={
        <Button type="primary" onClick={() => navigate(operatorPaths.tenants)}>
          {t('operator.back-to-console')}
        </Button>
      }
    />
  );
}

/**
 * The operator console at /operator/*: loaded on first visit as its own chunk, with its own session,
 * sign-in page and shell; nothing of it is in the companies' menu.
 */
export default function OperatorApp() {
  return (
    <OperatorSessionProvider>
      <Routes>
        <Route path="sign-in" element={<OperatorSignInPage />} />
        <Route
          element={
            <RequireOperator>
              <OperatorShell />
            </RequireOperator>
          }
        >
          <Route index element={<Navigate to={operatorPaths.tenants} replace />} />
          <Route path="tenants" element={<TenantsPage />} />
          <Route path="listings" element={<ListingsPage />} />
          <Route path="payments" element={<PaymentsPage />} />
          <Route path="entitlements" element={<EntitlementsPage />} />
          <Route path="revenue" element={<RevenuePage />} />
          <Route path="audit-log" element={<AuditPage />} />
          <Route path="*" element={<OperatorNotFound />} />
        </Route>
      </Routes>
    </OperatorSessionProvider>
  );
}
