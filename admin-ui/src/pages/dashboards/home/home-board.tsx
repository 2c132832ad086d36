import { Button, Card, Skeleton } from 'antd';
import { Link } from 'react-router';
import type { DashboardView } from '../../../api/dashboards-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { dashboardPath } from '../dashboard-paths.ts';
import '../dashboards.css';
import { DashboardBoard } from '../view/dashboard-board.tsx';
import { useDashboardRun } from '../view/use-dashboard-run.ts';

/** The home dashboard's card on the workbench: its filters and widgets, and a way to the full page. */
export default function HomeBoard({ dashboard }: { dashboard: DashboardView }) {
  const { t } = useI18n();
  const run = useDashboardRun(dashboard.id);
  return (
    <Card
      variant="borderless"
      title={dashboard.title}
      data-testid="home-dashboard"
      extra={
        <Link to={dashboardPath(dashboard.id)}>
          <Button size="small">{t('dashboards.view.open')}</Button>
        </Link>
      }
    >
      {run.state.status === 'ready' ? (
        <DashboardBoard run={run.state.run} values={run.values} onFilterChange={run.setValue} />
      ) : run.state.status === 'loading' ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : null}
    </Card>
  );
}
