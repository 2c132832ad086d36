import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/api-error.ts';
import { deleteOptionSet, exportOptionSet, fetchOptionSet, type OptionSetView, updateOptionSet } from '../../../api/option-sets-api.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { saveFile } from '../../../components/save-file.ts';
import { useShowProblem } from '../../../hooks/use-show-problem.tsx';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { localizedText } from './localized-text.ts';
import { OptionImportModal } from './option-import-modal.tsx';
import { optionSetsPath } from './option-set-paths.ts';
import { OptionSetFormModal } from './option-set-form-modal.tsx';
import { OptionTreeView } from './option-tree-view.tsx';
import { useOptionDialogs } from './use-option-dialogs.tsx';

function useOptionSet(key: string) {
  const showProblem = useShowProblem();
  const [set, setSet] = useState<OptionSetView | null | undefined>(undefined);
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    fetchOptionSet(key)
      .then((answer) => {
        if (request === latest.current) setSet(answer);
      })
      .catch((error: unknown) => {
        if (request !== latest.current) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) setSet(null);
        else showProblem(error);
      });
  }, [key, showProblem]);
  useEffect(reload, [reload]);
  return { set, reload };
}

/** One option set: its option tree to edit (add, rename, color, disable, reorder, delete), import and export. */
export default function OptionSetPage() {
  const { key = '' } = useParams();
  const { t, locale } = useI18n();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const ability = useAbility();
  const showProblem = useShowProblem();
  const { set, reload } = useOptionSet(key);
  const { dialog, openCreate, onAction, onMove } = useOptionDialogs(set, reload);
  const [panel, setPanel] = useState<'rename' | 'import' | undefined>(undefined);
  const canUpdate = ability.can('update', 'OptionSet');

  if (set === undefined) {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (set === null) {
    return (
      <Result
        status="404"
        title={t('settings.option-sets.missing')}
        extra={<Link to={optionSetsPath}>{t('settings.option-sets.back')}</Link>}
      />
    );
  }

  const name = localizedText(set.name, locale);
  const download = (format: 'json' | 'xlsx') =>
    exportOptionSet(set.key, format)
      .then((file) => saveFile(file.blob, file.fileName))
      .catch((error: unknown) => showProblem(error));
  const confirmDelete = () =>
    modal.confirm({
      title: t('settings.option-sets.delete.confirm', { name }),
      content: t('settings.option-sets.delete.detail'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        deleteOptionSet(set.key)
          .then(() => {
            void message.success(t('settings.option-sets.deleted', { name }));
            void navigate(optionSetsPath);
          })
          .catch((error: unknown) => showProblem(error)),
    });

  const newOption = canUpdate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={openCreate}>
      {t('settings.option-sets.option.new')}
    </Button>
  ) : null;
  const importButton = canUpdate ? (
    <Button icon={<UploadOutlined />} onClick={() => setPanel('import')}>
      {t('settings.option-sets.import')}
    </Button>
  ) : null;
  const actions = (
    <>
      {canUpdate ? (
        <Button icon={<EditOutlined />} onClick={() => setPanel('rename')}>
          {t('settings.option-sets.rename')}
        </Button>
      ) : null}
      {importButton}
      <Dropdown
        menu={{
          items: [
            { key: 'xlsx', label: t('settings.option-sets.export.xlsx') },
            { key: 'json', label: t('settings.option-sets.export.json') },
          ],
          onClick: ({ key: format }) => void download(format === 'json' ? 'json' : 'xlsx'),
        }}
      >
        <Button icon={<DownloadOutlined />}>{t('settings.option-sets.export')}</Button>
      </Dropdown>
      {ability.can('delete', 'OptionSet') && !set.builtIn ? (
        <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
          {t('settings.option-sets.delete')}
        </Button>
      ) : null}
      {newOption}
    </>
  );

  return (
    <>
      <PageTitle
        title={
          <Flex align="center" gap={8} wrap>
            <span>{name}</span>
            <Typography.Text code style={{ fontSize: 14 }}>
              {set.key}
            </Typography.Text>
            {set.plugin ? (
              <Tag color="blue">{t('settings.option-sets.source.of-plugin', { plugin: set.pluginTitle ?? set.plugin })}</Tag>
            ) : (
              <Tag>{t('settings.option-sets.source.own')}</Tag>
            )}
          </Flex>
        }
        extra={actions}
      />
      <Flex vertical gap={16}>
        {set.builtIn ? <Alert type="info" showIcon title={t('settings.option-sets.built-in', { plugin: set.pluginTitle ?? '' })} /> : null}
        <Card variant="borderless" title={t('settings.option-sets.options', { count: set.optionCount })}>
          {set.options.length === 0 ? (
            <ListEmpty
              title={t('settings.option-sets.options.empty.title')}
              description={t('settings.option-sets.options.empty.description')}
              action={
                <Flex gap={8} justify="center">
                  {newOption}
                  {importButton}
                </Flex>
              }
            />
          ) : (
            <OptionTreeView options={set.options} canUpdate={canUpdate} onAction={onAction} onMove={onMove} />
          )}
        </Card>
      </Flex>
      {dialog}
      {panel === 'rename' ? (
        <OptionSetFormModal
          set={set}
          onClose={() => setPanel(undefined)}
          save={async (values) => {
            await updateOptionSet(set.key, { name: { 'zh-CN': values.nameZh, 'en-US': values.nameEn } });
            void message.success(t('settings.option-sets.renamed', { name: values.nameZh }));
            setPanel(undefined);
            reload();
          }}
        />
      ) : null}
      {panel === 'import' ? (
        <OptionImportModal
          setKey={set.key}
          onClose={() => setPanel(undefined)}
          onImported={() => {
            setPanel(undefined);
            reload();
          }}
        />
      ) : null}
    </>
  );
}
