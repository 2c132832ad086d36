import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Skeleton, Table } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { disablePlugin, enablePlugin, listPlugins, type PluginView } from '../../../api/plugins-api.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useDateTime } from '../../../format/use-date-time.ts';
import { problemMessageKey, useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { pageSizeOptions } from '../../../hooks/use-list-params.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSessionState } from '../../../session/use-session.ts';
import { moduleColumns } from './module-columns.tsx';
import { moduleTitles } from './module-requirements.ts';
import { ModuleSettingsDrawer } from './module-settings-drawer.tsx';
import { useSettingsAvailability } from './use-settings-availability.ts';

/** The installed modules and whether this company uses them; the server answers the whole list at once. */
function useModules() {
  const showProblem = useShowProblem();
  const [modules, setModules] = useState<PluginView[] | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latest.current;
    setLoading(true);
    listPlugins()
      .then((list) => {
        if (request === latest.current) setModules(list.items);
      })
      .catch((error: unknown) => {
        if (request === latest.current) showProblem(error);
      })
      .finally(() => {
        if (request === latest.current) setLoading(false);
      });
  }, [showProblem]);

  useEffect(reload, [reload]);
  return { modules, loading, reload };
}

/** 系统设置 › 模块: enable and disable the company's modules; their menus follow the session. */
export default function ModulesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const ability = useAbility();
  const { refresh: refreshSession } = useSessionState();
  const { modules, loading, reload } = useModules();
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const canUpdate = ability.can('update', 'Plugin');
  const withSettings = useSettingsAvailability(modules, canUpdate);
  const [settingsOf, setSettingsOf] = useState<PluginView | undefined>(undefined);

  const titleOf = useMemo(() => moduleTitles(modules ?? []), [modules]);
  const listOf = useCallback((names: readonly string[]) => names.join(t('settings.modules.separator')), [t]);

  // The list and the session (menus, rules) both change: reload them whatever the answer was.
  const change = async (module: PluginView, call: () => Promise<string>) => {
    setBusy(module.name);
    try {
      const done = await call();
      message.destroy(problemMessageKey);
      void message.success(done);
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(undefined);
      reload();
      void refreshSession();
    }
  };

  const onEnable = (module: PluginView, withRequirements: boolean) =>
    change(module, async () => {
      const result = await enablePlugin(module.name, withRequirements);
      const names = result.enabled.length > 0 ? result.enabled : [module.name];
      return t('settings.modules.enabled', { names: listOf(names.map(titleOf)) });
    });

  const onDisable = (module: PluginView) =>
    change(module, async () => {
      await disablePlugin(module.name);
      return t('settings.modules.disabled', { title: module.title });
    });

  const refreshButton = (
    <Button icon={<ReloadOutlined />} onClick={reload} loading={loading && modules !== undefined}>
      {t('common.refresh')}
    </Button>
  );

  return (
    <>
      <PageTitle title={t('shell.menu.modules')} extra={refreshButton} />
      <Card variant="borderless">
        {modules === undefined ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<PluginView>
            rowKey="name"
            dataSource={modules}
            loading={loading}
            columns={moduleColumns({
              t,
              formatDateTime,
              modules,
              titleOf,
              listOf,
              canUpdate,
              busy,
              onEnable,
              onDisable,
              withSettings,
              onSettings: setSettingsOf,
            })}
            pagination={{
              defaultPageSize: pageSizeOptions[0],
              pageSizeOptions,
              showSizeChanger: true,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { total }),
            }}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: (
                <ListEmpty
                  title={t('settings.modules.empty.title')}
                  description={t('settings.modules.empty.description')}
                />
              ),
            }}
          />
        )}
      </Card>
      {settingsOf ? <ModuleSettingsDrawer module={settingsOf} onClose={() => setSettingsOf(undefined)} /> : null}
    </>
  );
}
