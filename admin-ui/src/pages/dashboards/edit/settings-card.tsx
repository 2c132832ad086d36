import { Card, Form, Input, Select } from 'antd';
import { useRoleNames } from '../../../access/role-names-context.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useRefreshLabel } from '../model/use-refresh-label.ts';
import { type ProblemsByPath, problemsAt } from '../model/save-problems.ts';
import type { DashboardDraft } from './use-dashboard-draft.ts';

interface Props {
  draft: DashboardDraft;
  problems: ProblemsByPath;
  onChange: (edit: (before: DashboardDraft) => DashboardDraft) => void;
}

const refreshChoices = [0, 30, 60, 300, 900, 1800, 3600, 86400];

/** The dashboard's title, note, 自动刷新 interval and the roles that open it first. */
export function SettingsCard({ draft, problems, onChange }: Props) {
  const { t } = useI18n();
  const { roles, nameOf } = useRoleNames();
  const refreshLabel = useRefreshLabel();
  const item = (path: string) => {
    const messages = problemsAt(problems, path);
    return messages.length > 0 ? { validateStatus: 'error' as const, help: messages.join('；') } : {};
  };
  const refreshOptions = [...new Set([...refreshChoices, draft.refreshSeconds])].map((seconds) => ({
    value: seconds,
    label: seconds === 0 ? t('dashboards.refresh.off') : t('dashboards.refresh.every', { every: refreshLabel(seconds) }),
  }));
  const roleKeys = [...new Set([...(roles ?? []).map((role) => role.key), ...draft.defaultForRoles])];

  return (
    <Card variant="borderless">
      <Form layout="vertical" component="div">
        <Form.Item label={t('dashboards.field.title')} required {...item('title')}>
          <Input
            id="dashboard-title"
            maxLength={120}
            value={draft.title}
            placeholder={t('dashboards.field.title.placeholder')}
            onChange={(event) => onChange((before) => ({ ...before, title: event.target.value }))}
          />
        </Form.Item>
        <Form.Item label={t('dashboards.field.description')} {...item('description')}>
          <Input.TextArea
            id="dashboard-description"
            maxLength={2000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={draft.description}
            onChange={(event) => onChange((before) => ({ ...before, description: event.target.value }))}
          />
        </Form.Item>
        <Form.Item label={t('dashboards.field.refresh')} {...item('refreshSeconds')}>
          <Select
            id="dashboard-refresh"
            value={draft.refreshSeconds}
            options={refreshOptions}
            onChange={(refreshSeconds: number) => onChange((before) => ({ ...before, refreshSeconds }))}
          />
        </Form.Item>
        <Form.Item label={t('dashboards.field.default-for-roles')} extra={t('dashboards.field.default-for-roles.hint')} {...item('defaultForRoles')}>
          <Select
            id="dashboard-roles"
            mode="multiple"
            allowClear
            value={draft.defaultForRoles}
            placeholder={t('dashboards.field.default-for-roles.placeholder')}
            options={roleKeys.map((key) => ({ value: key, label: nameOf(key) }))}
            onChange={(defaultForRoles: string[]) => onChange((before) => ({ ...before, defaultForRoles }))}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
