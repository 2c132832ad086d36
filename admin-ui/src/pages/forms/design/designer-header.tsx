import { CloudUploadOutlined, HistoryOutlined, LinkOutlined, SaveOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAbility } from '../../../access/use-ability.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { copyText } from '../../../components/copy-text.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { formFillPath, formSubmissionsPath } from '../form-paths.ts';
import type { FormView } from '../forms-api.ts';
import { VersionHistoryDrawer } from './version-history-drawer.tsx';

/** The designer's title with the form's state, and what can be done with it now. */
export function DesignerHeader({
  form,
  title,
  isDirty,
  hasProblems,
  busy,
  onSave,
  onPublish,
}: {
  form: FormView;
  title: string;
  isDirty: boolean;
  hasProblems: boolean;
  busy: 'save' | 'publish' | undefined;
  onSave: () => void;
  onPublish: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const ability = useAbility();
  const [showVersions, setShowVersions] = useState(false);
  const isPublished = form.latestVersion !== null;

  const copyLink = async () => {
    const copied = await copyText(`${window.location.origin}${formFillPath(form.id)}`);
    if (copied) void message.success(t('forms.designer.link-copied'));
    else void message.error(t('common.copy-failed'));
  };

  const state = (
    <Flex gap={4} wrap>
      {isPublished ? <Tag color="green">{t('forms.version.latest', { version: form.latestVersion ?? 0 })}</Tag> : <Tag>{t('forms.status.unpublished')}</Tag>}
      {isDirty ? (
        <Tag color="gold">{t('forms.status.unsaved')}</Tag>
      ) : form.draftChanged && isPublished ? (
        <Tag color="orange">{t('forms.status.draft-changed')}</Tag>
      ) : null}
    </Flex>
  );

  const actions = (
    <Flex gap={8} wrap justify="flex-end">
      <Button icon={<HistoryOutlined />} disabled={!isPublished} onClick={() => setShowVersions(true)}>
        {t('forms.designer.versions')}
      </Button>
      <Button icon={<LinkOutlined />} disabled={!isPublished} onClick={() => void copyLink()}>
        {t('forms.designer.copy-link')}
      </Button>
      {ability.can('read', 'FormSubmission') ? (
        <Button icon={<UnorderedListOutlined />} disabled={!isPublished} onClick={() => void navigate(formSubmissionsPath(form.id))}>
          {t('forms.list.submissions')}
        </Button>
      ) : null}
      <Button icon={<SaveOutlined />} loading={busy === 'save'} disabled={busy !== undefined || !isDirty} onClick={onSave}>
        {t('forms.designer.save')}
      </Button>
      {ability.can('publish', 'Form') ? (
        <Popconfirm
          title={t('forms.designer.publish.confirm')}
          description={<div style={{ maxWidth: 320 }}>{t('forms.designer.publish.detail')}</div>}
          okText={t('forms.designer.publish')}
          cancelText={t('common.cancel')}
          disabled={hasProblems}
          onConfirm={onPublish}
        >
          <Button type="primary" icon={<CloudUploadOutlined />} loading={busy === 'publish'} disabled={busy !== undefined || hasProblems}>
            {t('forms.designer.publish')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );

  return (
    <>
      <PageTitle
        title={
          <Flex align="center" gap={8} wrap>
            <span>{title || t('forms.designer.untitled')}</span>
            {state}
          </Flex>
        }
        extra={actions}
      />
      {showVersions ? <VersionHistoryDrawer formId={form.id} latestVersion={form.latestVersion} onClose={() => setShowVersions(false)} /> : null}
    </>
  );
}
