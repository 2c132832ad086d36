import { Card, Skeleton } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useAbility } from '../../../access/use-ability.ts';
import { type DashboardView, fetchHomeDashboard, listDashboards } from '../../../api/dashboards-api.ts';
import { useSession } from '../../../session/use-session.ts';
import { mayHaveHome } from '../model/home-choice.ts';

// the charts load only for users who have a home dashboard, so the workbench stays light for the rest
const HomeBoard = lazy(() => import('./home-board.tsx'));

/**
 * The dashboard made default for one of the user's roles, on the workbench. One quiet list request when
 * there is none (none at all when the user may not read dashboards); nothing shows then.
 */
export function HomeDashboard() {
  const ability = useAbility();
  const mayRead = ability.can('read', 'Dashboard');
  const { roles } = useSession();
  const [home, setHome] = useState<DashboardView | undefined>(undefined);
  const roleKey = roles.join(',');

  useEffect(() => {
    if (!mayRead) return;
    let isCurrent = true;
    listDashboards({ page: 1, pageSize: 100 })
      .then((list) => (isCurrent && mayHaveHome(list, roleKey.split(',')) ? fetchHomeDashboard() : undefined))
      .then(
        (dashboard) => {
          if (isCurrent && dashboard) setHome(dashboard);
        },
        // 404: no dashboard for the user's roles after all; any failure leaves the workbench as it is
        () => undefined,
      );
    return () => {
      isCurrent = false;
    };
  }, [mayRead, roleKey]);

  if (!home) return null;
  return (
    <Suspense
      fallback={
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      }
    >
      <HomeBoard dashboard={home} />
    </Suspense>
  );
}
