import { SaveOutlined } from '@ant-design/icons';
import { DndContext, type DragEndEvent, DragOverlay, type DragStartEvent, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { App, Button, Card, Col, Divider, Flex, Input, Result, Row, Select, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/api-error.ts';
import { PageSkeleton } from '../../../components/page-skeleton.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { reportPath, reportsPath } from '../report-paths.ts';
import { createReport, updateReport } from '../reports-api.ts';
import { useDatasets } from '../use-datasets.ts';
import { ChartSettings } from './chart-settings.tsx';
import { FieldChip, FieldList, fieldDragId } from './field-list.tsx';
import { FilterEditor } from './filter-editor.tsx';
import { type ProblemSlots, problemSlots } from './problem-slots.ts';
import { ProblemText } from './problem-text.tsx';
import { PreviewPanel } from './preview-panel.tsx';
import { QuerySlots } from './query-slots.tsx';
import { type ReportDraft, addDimension, addFilter, addMeasure, emptyDraft, maxDimensions, queryOf, reportBodyOf, withDataset } from './report-draft.ts';
import { useDatasetFields, useSavedDraft } from './use-builder-data.ts';
import { usePreview } from './use-preview.ts';
import './report-builder.css';

/** 新建报表 / 编辑报表: fields on the left, the query and chart in the middle, a live preview on the right. */
export default function ReportBuilderPage() {
  const { id } = useParams();
  const saved = useSavedDraft(id);
  if (saved === undefined) return <PageSkeleton />;
  if (saved === 'failed') return <LoadFailed />;
  return <ReportBuilder id={id} initial={saved ?? emptyDraft} />;
}

function LoadFailed() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="warning"
      title={t('errors.unexpected')}
      extra={<Button onClick={() => void navigate(reportsPath)}>{t('reports.menu.reports')}</Button>}
    />
  );
}

function ReportBuilder({ id, initial }: { id: string | undefined; initial: ReportDraft }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const datasets = useDatasets();
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [savedId, setSavedId] = useState<string | undefined>(undefined);
  const [saveSlots, setSaveSlots] = useState<ProblemSlots>({});
  const [dragged, setDragged] = useState<string | undefined>(undefined);
  const [saving, submit] = useSubmit();
  const fields = useDatasetFields(draft.dataset);
  const fieldMap = useMemo(() => new Map((fields ?? []).map((field) => [field.key, field])), [fields]);
  const query = useMemo(() => queryOf(draft), [draft]);
  const preview = usePreview(draft.dataset, query);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  useDocumentTitle(t(id ? 'reports.crumb.edit' : 'reports.crumb.new'));
  useUnsavedChanges(touched && savedId === undefined);

  // leave only once the unsaved-changes guard has seen the save
  useEffect(() => {
    if (savedId) void navigate(reportPath(savedId));
  }, [savedId, navigate]);

  const change = (next: ReportDraft) => {
    setDraft(next);
    setTouched(true);
    setSaveSlots({});
  };
  const problems: ProblemSlots = { ...(preview.status === 'failed' ? preview.slots : {}), ...saveSlots };

  const save = () =>
    submit(async () => {
      const body = reportBodyOf(draft);
      if (!draft.dataset) return setSaveSlots({ dataset: [t('reports.builder.need-dataset')] });
      if (!body) return setSaveSlots({ measures: [t('reports.builder.need-measure')] });
      if (!body.title) return setSaveSlots({ title: [t('reports.builder.title.required')] });
      try {
        const report = id ? await updateReport(id, body) : await createReport(body);
        void message.success(t('reports.builder.saved'));
        setSavedId(report.id);
      } catch (error) {
        if (error instanceof ApiError) setSaveSlots(problemSlots(error));
        showProblem(error);
      }
    });

  const onDragStart = (event: DragStartEvent) => setDragged(String(event.active.id));
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(undefined);
    const field = fields?.find((candidate) => fieldDragId(candidate.key) === event.active.id);
    if (!field || !event.over) return;
    if (event.over.id === 'dimensions') change(addDimension(draft, field));
    if (event.over.id === 'measures') change(addMeasure(draft, field));
  };
  const draggedField = fields?.find((field) => fieldDragId(field.key) === dragged);

  const saveButton = (
    <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
      {t('reports.builder.save')}
    </Button>
  );
  return (
    <>
      <PageTitle title={t(id ? 'reports.crumb.edit' : 'reports.crumb.new')} extra={
          <>
            <Button onClick={() => void navigate(id ? reportPath(id) : reportsPath)}>{t('common.cancel')}</Button>
            {saveButton}
          </>
        }
      />
      <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(undefined)}>
        <Row gutter={[16, 16]}>
          <Col xs={24} md={12} xl={6}>
            <Flex vertical gap={16}>
              <Card size="small" title={t('reports.builder.dataset')} variant="borderless">
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  aria-label={t('reports.builder.dataset')}
                  placeholder={t('reports.builder.dataset.placeholder')}
                  loading={datasets === undefined}
                  value={draft.dataset}
                  options={(datasets ?? []).map((dataset) => ({ value: dataset.key, label: dataset.title }))}
                  notFoundContent={datasets ? t('reports.builder.dataset.empty') : undefined}
                  onChange={(key: string) => change(withDataset(draft, key))}
                  style={{ width: '100%' }}
                  data-testid="dataset-select"
                />
                <ProblemText messages={problems.dataset} />
              </Card>
              {draft.dataset && fields === undefined ? <Skeleton active /> : null}
              {fields && fields.length > 0 ? (
                <FieldList
                  fields={fields}
                  dimensionsFull={draft.dimensions.length >= maxDimensions}
                  onAddDimension={(field) => change(addDimension(draft, field))}
                  onAddMeasure={(field) => change(addMeasure(draft, field))}
                  onAddFilter={(field) => change(addFilter(draft, field))}
                />
              ) : null}
            </Flex>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Card size="small" title={t('reports.builder.query')} variant="borderless">
              <Flex vertical gap={16}>
                <Flex vertical gap={4}>
                  <Typography.Text strong>{t('reports.builder.title')}</Typography.Text>
                  <Input
                    id="report-title"
                    aria-label={t('reports.builder.title')}
                    value={draft.title}
                    maxLength={120}
                    status={problems.title ? 'error' : undefined}
                    onChange={(event) => change({ ...draft, title: event.target.value })}
                  />
                  <ProblemText messages={problems.title} />
                  <Typography.Text strong>{t('reports.builder.description')}</Typography.Text>
                  <Input.TextArea
                    aria-label={t('reports.builder.description')}
                    value={draft.description}
                    maxLength={2000}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    onChange={(event) => change({ ...draft, description: event.target.value })}
                  />
                  <ProblemText messages={problems.description} />
                </Flex>
                <Divider style={{ margin: 0 }} />
                <QuerySlots draft={draft} fields={fieldMap} problems={problems} onChange={change} />
                <Divider style={{ margin: 0 }} />
                <FilterEditor draft={draft} fields={fields ?? []} problems={problems} onChange={change} />
                <Divider style={{ margin: 0 }} />
                <ChartSettings draft={draft} fields={fieldMap} problems={problems} onChange={change} />
              </Flex>
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <PreviewPanel preview={preview} draft={draft} />
          </Col>
        </Row>
        <DragOverlay dropAnimation={null}>{draggedField ? <FieldChip field={draggedField} /> : null}</DragOverlay>
      </DndContext>
    </>
  );
}
