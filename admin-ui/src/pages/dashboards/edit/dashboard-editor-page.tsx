import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Result, Row, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAbility } from '../../../access/use-ability.ts';
import { ApiError } from '../../../api/api-error.ts';
import { createDashboard, updateDashboard } from '../../../api/dashboards-api.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { problemMessageKey, useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { dashboardPath, dashboardsPath } from '../dashboard-paths.ts';
import '../dashboards.css';
import { addWidget, layoutToWidgets } from '../model/dashboard-layout.ts';
import { unbindWidget } from '../model/filter-binding.ts';
import { type ProblemsByPath, problemsByPath } from '../model/save-problems.ts';
import { EditorGrid } from './editor-grid.tsx';
import { FiltersPanel } from './filters-panel.tsx';
import { ReportPickerModal } from './report-picker-modal.tsx';
import { SettingsCard } from './settings-card.tsx';
import { useDashboardDraft } from './use-dashboard-draft.ts';
import { useWidgetSources } from './use-widget-sources.ts';

const maxWidgets = 40;
const noProblems: ProblemsByPath = new Map();

/** 新建 / 编辑数据看板: widgets from saved reports on the grid, shared filters bound to their fields, settings. */
export default function DashboardEditorPage() {
  const { id } = useParams();
  return <DashboardEditor key={id ?? 'new'} id={id} />;
}

function DashboardEditor({ id }: { id: string | undefined }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const ability = useAbility();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const { load, draft, isDirty, change: changeDraft, markSaved } = useDashboardDraft(id);
  const sources = useWidgetSources(draft.widgets);
  const [picking, setPicking] = useState(false);
  const [problems, setProblems] = useState<ProblemsByPath>(noProblems);
  const [savedId, setSavedId] = useState<string | undefined>(undefined);
  const [saving, runSave] = useSubmit();
  // an edit answers the last save's problems: they clear until the next save
  const change: typeof changeDraft = (edit) => {
    changeDraft(edit);
    setProblems(noProblems);
  };
  useUnsavedChanges(isDirty && savedId === undefined);
  useDocumentTitle(id ? t('dashboards.crumb.edit') : t('dashboards.crumb.new'));

  // leave for the saved dashboard once the page no longer counts as changed
  useEffect(() => {
    if (savedId && !isDirty) void navigate(dashboardPath(savedId));
  }, [savedId, isDirty, navigate]);

  if (!ability.can(id ? 'update' : 'create', 'Dashboard')) {
    return <Result status="403" title={t('dashboards.editor.forbidden')} extra={<Link to={dashboardsPath}>{t('dashboards.view.to-list')}</Link>} />;
  }
  if (load.state === 'loading') {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (load.state !== 'ready') {
    return <Result status={load.state === 'not-found' ? '404' : 'warning'} title={t('dashboards.view.not-found')} extra={<Link to={dashboardsPath}>{t('dashboards.view.to-list')}</Link>} />;
  }

  const save = () =>
    runSave(async () => {
      if (!draft.title.trim()) {
        setProblems(new Map([['title', [t('dashboards.field.title.required')]]]));
        return;
      }
      setProblems(noProblems);
      try {
        const body = { ...draft, title: draft.title.trim() };
        const saved = id ? await updateDashboard(id, body) : await createDashboard(body);
        // in the problem's slot: a refusal shown before gives way to the success
        void message.success({ content: t('dashboards.editor.saved'), key: problemMessageKey });
        markSaved();
        setSavedId(saved.id);
      } catch (error) {
        if (error instanceof ApiError) setProblems(problemsByPath(error.errors));
        showProblem(error);
      }
    });

  const add = (
    <Button icon={<PlusOutlined />} onClick={() => setPicking(true)} disabled={draft.widgets.length >= maxWidgets} data-testid="add-widget">
      {t('dashboards.editor.add-widget')}
    </Button>
  );
  const actions = (
    <>
      <Button onClick={() => void navigate(id ? dashboardPath(id) : dashboardsPath)}>{t('common.cancel')}</Button>
      <Button type="primary" loading={saving} onClick={() => void save()} data-testid="save-dashboard">
        {t('common.save')}
      </Button>
    </>
  );

  return (
    <>
      <PageTitle title={id ? t('dashboards.crumb.edit') : t('dashboards.crumb.new')} extra={actions} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card variant="borderless" title={t('dashboards.editor.widgets')} extra={add}>
            {draft.widgets.length === 0 ? (
              <ListEmpty title={t('dashboards.editor.empty.title')} description={t('dashboards.editor.empty.description')} action={add} />
            ) : (
              <EditorGrid
                widgets={draft.widgets}
                reports={sources.reports}
                problems={problems}
                onLayout={(layout) => change((before) => ({ ...before, widgets: layoutToWidgets(before.widgets, layout) }))}
                onRemove={(key) =>
                  change((before) => ({
                    ...before,
                    widgets: before.widgets.filter((widget) => widget.key !== key),
                    filters: unbindWidget(before.filters, key),
                  }))
                }
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <SettingsCard draft={draft} problems={problems} onChange={change} />
        </Col>
        <Col xs={24}>
          <FiltersPanel
            filters={draft.filters}
            widgets={draft.widgets}
            reports={sources.reports}
            fieldsOfWidget={sources.fieldsOfWidget}
            problems={problems}
            onChange={(filters) => change((before) => ({ ...before, filters }))}
          />
        </Col>
      </Row>
      {picking ? (
        <ReportPickerModal
          onClose={() => setPicking(false)}
          onPick={(report) => {
            sources.remember({ state: 'loaded', report });
            change((before) => ({ ...before, widgets: addWidget(before.widgets, report.id) }));
            setPicking(false);
          }}
        />
      ) : null}
    </>
  );
}
