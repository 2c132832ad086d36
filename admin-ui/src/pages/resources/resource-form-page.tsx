import { App, Button, Card, Flex, Popconfirm, Result, Skeleton, Tag, Tooltip } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error.ts';
import {
  createRecord,
  deleteRecord,
  getRecord,
  type ResourceRecord,
  runRecordAction,
  updateRecord,
} from '../../api/resource-api.ts';
import type { ResourceView } from '../../api/ui-extensions-api.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { useModuleOffCheck } from '../../extensions/module-off.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useUnsavedChanges } from '../../hooks/use-unsaved-changes.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { NotFoundPage } from '../errors/error-page.tsx';
import {
  changedValuesOf,
  createBodyOf,
  formDataOf,
  type FormMode,
  formSchemaOf,
  formUiSchemaOf,
  moneyFieldsOf,
  writableFieldsOf,
} from './form/form-schema.ts';
import { type FormValues, SchemaForm, withFormDefaults } from './form/schema-form.tsx';
import { useFieldProblems } from './form/use-field-problems.ts';
import { availableActions, isDeletable, isEditable, type ResourceAction } from './record-actions.ts';
import { fieldOptionsOf, optionLabelOf } from './resource-fields.ts';

type LoadState = 'loading' | 'ready' | 'not-found' | 'failed';

/** The record's status as a tag next to the title, when the resource has an enum `status` field. */
function StatusTag({ resource, record }: { resource: ResourceView; record: ResourceRecord | undefined }) {
  const label = record ? optionLabelOf(fieldOptionsOf(resource, 'status'), record.status) : undefined;
  return label ? <Tag color="blue">{label}</Tag> : null;
}

/**
 * 新建 and edit (or view, without `update`) of one resource record, rendered by RJSF from the resource's
 * schema: read-only fields disabled on edit and left out on create, PATCH with the changed fields only,
 * server field errors on their fields, the record's actions and 删除 in the header, and a warning before
 * leaving with unsaved changes.
 */
export default function ResourceFormPage({ resource, recordId }: { resource: ResourceView; recordId?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const checkModuleOff = useModuleOffCheck();
  const [submitting, run] = useSubmit();
  const mode: FormMode = recordId === undefined ? 'create' : 'edit';
  const { apiPath, uiPath } = resource;

  const schema = useMemo(() => formSchemaOf(resource.schema, mode), [resource.schema, mode]);
  const uiSchema = useMemo(() => formUiSchemaOf(resource, schema), [resource, schema]);
  const fields = useMemo(() => Object.keys(schema.properties ?? {}), [schema]);
  const writable = useMemo(() => writableFieldsOf(schema), [schema]);
  const moneyFields = useMemo(() => moneyFieldsOf(resource), [resource]);
  const problems = useFieldProblems(fields);

  const [loadState, setLoadState] = useState<LoadState>(mode === 'create' ? 'ready' : 'loading');
  const [record, setRecord] = useState<ResourceRecord | undefined>(undefined);
  const isReadOnly = mode === 'edit' && (!record || !isEditable(resource, record));
  const [baseline, setBaseline] = useState<FormValues>(() => (mode === 'create' ? withFormDefaults(schema, {}) : {}));
  const [values, setValues] = useState<FormValues>(baseline);
  const [leaveTo, setLeaveTo] = useState<string | undefined>(undefined);
  const [busyAction, setBusyAction] = useState<string | undefined>(undefined);
  const isDirty = !isReadOnly && Object.keys(changedValuesOf(baseline, values, writable)).length > 0;
  useUnsavedChanges(isDirty && leaveTo === undefined);

  // Leave only once the saved values are the baseline, so the unsaved-changes guard lets us go.
  useEffect(() => {
    if (leaveTo !== undefined && !isDirty) navigate(leaveTo);
  }, [leaveTo, isDirty, navigate]);

  const adopt = useCallback(
    (loaded: ResourceRecord) => {
      const data = withFormDefaults(schema, formDataOf(loaded, schema));
      setRecord(loaded);
      setBaseline(data);
      setValues(data);
      setLoadState('ready');
    },
    [schema],
  );

  useEffect(() => {
    if (recordId === undefined) return;
    let isCurrent = true;
    getRecord(apiPath, recordId)
      .then((loaded) => {
        if (isCurrent) adopt(loaded);
      })
      .catch((error: unknown) => {
        if (!isCurrent || checkModuleOff(error)) return;
        // A malformed id (400 from the id's schema) names no record either.
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
          setLoadState('not-found');
          return;
        }
        showProblem(error);
        setLoadState('failed');
      });
    return () => {
      isCurrent = false;
    };
  }, [apiPath, recordId, adopt, checkModuleOff, showProblem]);

  const onChange = (next: FormValues) => {
    setValues(next);
    problems.onValuesChange(next);
  };

  const onSubmit = (submitted: FormValues) =>
    run(async () => {
      try {
        if (recordId === undefined) {
          await createRecord(apiPath, createBodyOf(submitted, writable));
          problems.clear();
          void message.success(t('resource.created', { title: resource.title }));
          setBaseline(submitted);
          setLeaveTo(uiPath);
          return;
        }
        const changes = changedValuesOf(baseline, submitted, writable);
        if (Object.keys(changes).length === 0) {
          void message.info(t('resource.form.no-changes'));
          return;
        }
        adopt(await updateRecord(apiPath, recordId, changes));
        problems.clear();
        void message.success(t('resource.saved'));
      } catch (error) {
        if (!checkModuleOff(error)) problems.show(error, submitted);
      }
    });

  const onAction = async (action: ResourceAction) => {
    if (!recordId) return;
    setBusyAction(action.name);
    try {
      adopt(await runRecordAction(apiPath, recordId, action.name));
      void message.success(t('resource.action.done', { action: action.title }));
    } catch (error) {
      if (!checkModuleOff(error)) showProblem(error);
    } finally {
      setBusyAction(undefined);
    }
  };

  const onDelete = async () => {
    if (!recordId) return;
    setBusyAction('delete');
    try {
      await deleteRecord(apiPath, recordId);
      void message.success(t('resource.deleted', { title: resource.title }));
      setBaseline(values);
      setLeaveTo(uiPath);
    } catch (error) {
      if (!checkModuleOff(error)) showProblem(error);
    } finally {
      setBusyAction(undefined);
    }
  };

  if (loadState === 'not-found') return <NotFoundPage />;

  const title = t(mode === 'create' ? 'resource.form.new' : isReadOnly ? 'resource.form.view' : 'resource.form.edit', {
    title: resource.title,
  });
  const actionButton = (action: ResourceAction) => {
    const button = (onClick?: () => void) => (
      <Button
        key={action.name}
        danger={action.danger}
        disabled={isDirty || (busyAction !== undefined && busyAction !== action.name)}
        loading={busyAction === action.name}
        onClick={onClick}
      >
        {action.title}
      </Button>
    );
    const confirmed = action.confirm ? (
      <Popconfirm
        key={action.name}
        title={action.title}
        description={<div style={{ maxWidth: 320 }}>{action.confirm}</div>}
        okText={action.title}
        okButtonProps={{ danger: action.danger }}
        cancelText={t('common.cancel')}
        onConfirm={() => onAction(action)}
      >
        {button()}
      </Popconfirm>
    ) : (
      button(() => onAction(action))
    );
    return isDirty ? (
      <Tooltip key={action.name} title={t('resource.action.save-first')}>
        <span>{confirmed}</span>
      </Tooltip>
    ) : (
      confirmed
    );
  };
  const headerActions =
    record && loadState === 'ready' ? (
      <>
        {availableActions(resource.actions, record).map(actionButton)}
        {isDeletable(resource, record) ? (
          <Popconfirm
            title={t('resource.delete.confirm', { title: resource.title })}
            description={t('resource.delete.detail')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={onDelete}
          >
            <Button danger loading={busyAction === 'delete'} disabled={busyAction !== undefined && busyAction !== 'delete'}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        ) : null}
      </>
    ) : null;

  return (
    <>
      <PageTitle
        title={
          <Flex align="center" gap={8}>
            {title}
            <StatusTag resource={resource} record={record} />
          </Flex>
        }
        extra={headerActions}
      />
      <Card variant="borderless">
        {loadState === 'loading' ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : loadState === 'failed' ? (
          <Result status="error" title={t('resource.form.load-failed')} />
        ) : (
          <SchemaForm
            schema={schema}
            uiSchema={uiSchema}
            formData={values}
            extraErrors={problems.extraErrors}
            moneyFields={moneyFields}
            disabled={isReadOnly}
            onChange={onChange}
            onSubmit={onSubmit}
          >
            <Flex gap={8} style={{ marginTop: 8 }}>
              {isReadOnly ? (
                <Button onClick={() => navigate(uiPath)}>{t('resource.form.back')}</Button>
              ) : (
                <>
                  <Button type="primary" htmlType="submit" loading={submitting} data-testid="resource-save">
                    {t('common.save')}
                  </Button>
                  <Button onClick={() => navigate(uiPath)}>{t('common.cancel')}</Button>
                </>
              )}
            </Flex>
          </SchemaForm>
        )}
      </Card>
    </>
  );
}
