import { Button, Flex, Popconfirm, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { PluginView } from '../../../api/plugins-api.ts';
import type { MessageVars } from '../../../i18n/translate.ts';
import { missingRequirements } from './module-requirements.ts';

interface ColumnDeps {
  t: (key: string, vars?: MessageVars) => string;
  formatDateTime: (iso: string | null) => string;
  modules: readonly PluginView[];
  titleOf: (name: string) => string;
  /** Names joined the way the reader's language lists them (`、` or `, `). */
  listOf: (names: readonly string[]) => string;
  /** Whether the user may enable and disable modules; without it the column of actions is left out. */
  canUpdate: boolean;
  /** The module whose enable or disable is on its way; every action waits for it. */
  busy: string | undefined;
  onEnable: (module: PluginView, withRequirements: boolean) => void;
  onDisable: (module: PluginView) => void;
  /** Enabled modules whose settings schema has fields: they get a 设置 action. */
  withSettings: ReadonlySet<string>;
  onSettings: (module: PluginView) => void;
}

/** Keeps a confirm's explanation from stretching the popover across the table. */
const confirmStyle = { maxWidth: 320 };

function categoryLabel(t: ColumnDeps['t'], category: string | null): string {
  if (!category) return '-';
  const key = `settings.modules.category.${category}`;
  const label = t(key);
  return label === key ? category : label;
}

function EnableAction({ module, deps }: { module: PluginView; deps: ColumnDeps }) {
  const { t, modules, titleOf, listOf, busy, onEnable } = deps;
  const missing = missingRequirements(module, modules);
  const button = (onClick?: () => void) => (
    <Button
      type="link"
      size="small"
      loading={busy === module.name}
      disabled={busy !== undefined && busy !== module.name}
      onClick={onClick}
    >
      {t('settings.modules.enable')}
    </Button>
  );
  if (missing.length === 0) return button(() => onEnable(module, false));
  return (
    <Popconfirm
      title={t('settings.modules.enable.confirm', { title: module.title })}
      description={
        <div style={confirmStyle}>
          {t('settings.modules.enable.with-requirements', { names: listOf(missing.map(titleOf)) })}
        </div>
      }
      okText={t('settings.modules.enable.all')}
      cancelText={t('common.cancel')}
      onConfirm={() => onEnable(module, true)}
    >
      {button()}
    </Popconfirm>
  );
}

function DisableAction({ module, deps }: { module: PluginView; deps: ColumnDeps }) {
  const { t, titleOf, listOf, busy, onDisable } = deps;
  if (module.requiredBy.length > 0) {
    return (
      <Tooltip
        title={t('settings.modules.disable.required-by', { names: listOf(module.requiredBy.map(titleOf)) })}
      >
        <Button type="link" size="small" danger disabled>
          {t('settings.modules.disable')}
        </Button>
      </Tooltip>
    );
  }
  return (
    <Popconfirm
      title={t('settings.modules.disable.confirm', { title: module.title })}
      description={<div style={confirmStyle}>{t('settings.modules.disable.detail')}</div>}
      okText={t('settings.modules.disable')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() => onDisable(module)}
    >
      <Button
        type="link"
        size="small"
        danger
        loading={busy === module.name}
        disabled={busy !== undefined && busy !== module.name}
      >
        {t('settings.modules.disable')}
      </Button>
    </Popconfirm>
  );
}

export function moduleColumns(deps: ColumnDeps): TableColumnsType<PluginView> {
  const { t, formatDateTime, titleOf, canUpdate } = deps;
  const columns: TableColumnsType<PluginView> = [
    {
      key: 'title',
      title: t('settings.modules.column.module'),
      render: (_, module) => (
        <Flex vertical>
          <Typography.Text strong>{module.title}</Typography.Text>
          {module.description ? <Typography.Text type="secondary">{module.description}</Typography.Text> : null}
        </Flex>
      ),
    },
    { key: 'version', title: t('settings.modules.column.version'), dataIndex: 'version', width: 130 },
    {
      key: 'category',
      title: t('settings.modules.column.category'),
      width: 110,
      render: (_, module) => categoryLabel(t, module.category),
    },
    {
      key: 'requires',
      title: t('settings.modules.column.requires'),
      width: 200,
      render: (_, module) =>
        module.requires.length === 0 ? (
          '-'
        ) : (
          <Flex wrap gap={4}>
            {module.requires.map((name) => (
              <Tag key={name}>{titleOf(name)}</Tag>
            ))}
          </Flex>
        ),
    },
    {
      key: 'enabled',
      title: t('settings.modules.column.status'),
      width: 100,
      render: (_, module) =>
        module.enabled ? (
          <Tag color="success">{t('settings.modules.status.enabled')}</Tag>
        ) : (
          <Tag>{t('settings.modules.status.disabled')}</Tag>
        ),
    },
    {
      key: 'enabledAt',
      title: t('settings.modules.column.enabled-at'),
      width: 160,
      render: (_, module) => (module.enabled ? formatDateTime(module.enabledAt) : '-'),
    },
  ];
  if (!canUpdate) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      render: (_, module) =>
        module.enabled ? (
          <Flex gap={4}>
            {deps.withSettings.has(module.name) ? (
              <Button type="link" size="small" onClick={() => deps.onSettings(module)}>
                {t('module-settings.open')}
              </Button>
            ) : null}
            <DisableAction module={module} deps={deps} />
          </Flex>
        ) : (
          <EnableAction module={module} deps={deps} />
        ),
    },
  ];
}
