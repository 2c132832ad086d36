import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Drawer, Flex, Popconfirm, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useAbility } from '../../../access/use-ability.ts';
import { useDateTime } from '../../../format/use-date-time.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../../hooks/use-submit.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useFieldProblems } from '../../resources/form/use-field-problems.ts';
import { withDataPointers } from '../fill/fill-state.ts';
import {
  deleteSubmission,
  fetchSubmissionEvents,
  type FormVersionView,
  type SubmissionEvent,
  type SubmissionView,
  updateSubmission,
} from '../forms-api.ts';
import { FormRenderer, type FormValues } from '../render/form-renderer.tsx';
import { schemaFields } from '../render/schema-walk.ts';
import { StatusTag } from './status-tag.tsx';
import { SubmissionEvents } from './submission-events.tsx';
import { SubmissionReview } from './submission-review.tsx';

/**
 * One submission, read with the schema of the version it was made against; its history, the review
 * steps allowed now, correcting it (checked against its version) and deleting it.
 */
export function SubmissionDrawer({
  submission,
  versionOf,
  nameOf,
  onChanged,
  onDeleted,
  onClose,
}: {
  submission: SubmissionView;
  versionOf: (version: number) => Promise<FormVersionView>;
  nameOf: (id: string) => string | undefined;
  onChanged: (updated: SubmissionView) => void;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const ability = useAbility();
  const showProblem = useShowProblem();
  const formatDateTime = useDateTime();
  const [version, setVersion] = useState<FormVersionView | undefined>(undefined);
  const [events, setEvents] = useState<SubmissionEvent[] | undefined>(undefined);
  const [editing, setEditing] = useState<FormValues | undefined>(undefined);
  const [saving, run] = useSubmit();
  const fields = useMemo(
    () => (version ? schemaFields(version.schema).filter((field) => field.path.length === 1).map((field) => field.path[0] ?? '') : []),
    [version],
  );
  const problems = useFieldProblems(fields);

  useEffect(() => {
    let isCurrent = true;
    versionOf(submission.version).then(
      (found) => isCurrent && setVersion(found),
      (error: unknown) => isCurrent && showProblem(error),
    );
    return () => {
      isCurrent = false;
    };
  }, [submission.version, versionOf, showProblem]);

  useEffect(() => {
    let isCurrent = true;
    fetchSubmissionEvents(submission.formId, submission.id).then(
      (found) => isCurrent && setEvents(found),
      () => isCurrent && setEvents([]),
    );
    return () => {
      isCurrent = false;
    };
  }, [submission.formId, submission.id, submission.status, submission.updatedAt]);

  const save = (data: FormValues) =>
    run(async () => {
      try {
        onChanged(await updateSubmission(submission.formId, submission.id, data));
        problems.clear();
        setEditing(undefined);
        void message.success(t('forms.submission.saved'));
      } catch (error) {
        problems.show(withDataPointers(error), data);
      }
    });

  const remove = async () => {
    try {
      await deleteSubmission(submission.formId, submission.id);
      void message.success(t('forms.submission.deleted'));
      onDeleted();
    } catch (error) {
      showProblem(error);
    }
  };

  const actions = (
    <Flex gap={8}>
      {ability.can('update', 'FormSubmission') && !editing ? (
        <Button icon={<EditOutlined />} disabled={!version} onClick={() => setEditing(submission.data)}>
          {t('common.edit')}
        </Button>
      ) : null}
      {ability.can('delete', 'FormSubmission') ? (
        <Popconfirm
          title={t('forms.submission.delete.confirm')}
          description={t('forms.submission.delete.detail')}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => remove()}
        >
          <Button danger icon={<DeleteOutlined />}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );

  return (
    <Drawer open size={720} title={t('forms.submission.title')} extra={actions} onClose={onClose} destroyOnHidden data-testid="submission-drawer">
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'submitter', label: t('forms.submissions.submitter'), children: nameOf(submission.submitterId) ?? submission.submitterId },
            { key: 'status', label: t('forms.submissions.status'), children: <StatusTag status={submission.status} /> },
            { key: 'submittedAt', label: t('forms.submissions.submitted-at'), children: formatDateTime(submission.submittedAt) },
            { key: 'version', label: t('forms.submissions.version'), children: t('forms.version.label', { version: submission.version }) },
          ]}
        />
        <Card size="small" title={version?.title ?? t('common.loading')}>
          {version ? (
            <FormRenderer
              key={editing ? 'edit' : 'view'}
              schema={version.schema}
              uiSchema={version.uiSchema}
              formData={editing ?? submission.data}
              extraErrors={editing ? problems.extraErrors : undefined}
              disabled={!editing}
              omitExtraData={editing !== undefined}
              onChange={(next) => {
                if (!editing) return;
                setEditing(next);
                problems.onValuesChange(next);
              }}
              onSubmit={(data) => void save(data)}
            >
              {editing ? (
                <Flex gap={8}>
                  <Button type="primary" htmlType="submit" loading={saving}>
                    {t('common.save')}
                  </Button>
                  <Button
                    onClick={() => {
                      problems.clear();
                      setEditing(undefined);
                    }}
                  >
                    {t('common.cancel')}
                  </Button>
                </Flex>
              ) : (
                <></>
              )}
            </FormRenderer>
          ) : (
            <Skeleton active paragraph={{ rows: 6 }} />
          )}
        </Card>
        {ability.can('review', 'FormSubmission') ? (
          <Card size="small" title={t('forms.submission.review')}>
            {submission.status === 'approved' || submission.status === 'rejected' ? (
              <Typography.Text type="secondary">{t('forms.submission.review.done')}</Typography.Text>
            ) : (
              <SubmissionReview submission={submission} onReviewed={onChanged} />
            )}
          </Card>
        ) : null}
        <Card size="small" title={t('forms.submission.events')}>
          {events ? <SubmissionEvents events={events} nameOf={nameOf} /> : <Skeleton active paragraph={{ rows: 2 }} />}
        </Card>
      </Flex>
    </Drawer>
  );
}
