import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { createOptionSet, listOptionSets, type OptionSetSummary } from '../../../api/option-sets-api.ts';
import type { ListQuery } from '../../../api/list-result.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useDateTime } from '../../../format/use-date-time.ts';
import { useServerList } from '../../../hooks/use-server-list.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { localizedText } from './localized-text.ts';
import { OptionSetFormModal } from './option-set-form-modal.tsx';
import { optionSetPath } from './option-set-paths.ts';

const filterKeys = ['q', 'source'] as const;
type Row = OptionSetSummary & { id: string };

/** 选项分类: the company's own option sets and those its modules brought, searchable and paged by the server. */
export default function OptionSetsPage() {
  const { t, locale } = useI18n();
  const ability = useAbility();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const load = useCallback(
    (query: ListQuery) => listOptionSets(query).then((page) => ({ ...page, items: page.items.map((set) => ({ ...set, id: set.key })) })),
    [],
  );
  const list = useServerList<Row>({ load, filterKeys, defaultSort: 'key' });
  const [creating, setCreating] = useState(false);
  const q = typeof list.query.q === 'string' ? list.query.q : '';
  const source = typeof list.query.source === 'string' ? list.query.source : undefined;

  const create = ability.can('create', 'OptionSet') ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('settings.option-sets.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageTitle title={t('shell.menu.option-sets')} extra={create} />
      <Card variant="borderless">
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <Input.Search
              key={q}
              defaultValue={q}
              allowClear
              placeholder={t('settings.option-sets.search')}
              onSearch={(value) => list.update({ q: value.trim() || undefined })}
              style={{ width: 280 }}
            />
            <Select
              allowClear
              value={source}
              placeholder={t('settings.option-sets.source')}
              options={[
                { value: 'own', label: t('settings.option-sets.source.own') },
                { value: 'plugin', label: t('settings.option-sets.source.plugin') },
              ]}
              onChange={(value: string | undefined) => list.update({ source: value })}
              style={{ width: 160 }}
            />
          </Flex>
          {list.isFirstLoad ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<Row>
              {...list.tableProps}
              columns={[
                {
                  key: 'name',
                  title: t('settings.option-sets.name'),
                  render: (_, set) => <Link to={optionSetPath(set.key)}>{localizedText(set.name, locale)}</Link>,
                },
                {
                  key: 'key',
                  title: t('settings.option-sets.key'),
                  sorter: true,
                  sortOrder: list.sortOrder('key'),
                  render: (_, set) => <Typography.Text code>{set.key}</Typography.Text>,
                },
                {
                  key: 'source',
                  title: t('settings.option-sets.source'),
                  render: (_, set) =>
                    set.plugin ? (
                      <Tag color="blue">{t('settings.option-sets.source.of-plugin', { plugin: set.pluginTitle ?? set.plugin })}</Tag>
                    ) : (
                      <Tag>{t('settings.option-sets.source.own')}</Tag>
                    ),
                },
                { key: 'optionCount', title: t('settings.option-sets.option-count'), dataIndex: 'optionCount', align: 'right' },
                {
                  key: 'updatedAt',
                  title: t('settings.option-sets.updated-at'),
                  sorter: true,
                  sortOrder: list.sortOrder('updatedAt'),
                  render: (_, set) => formatDateTime(set.updatedAt),
                },
              ]}
              onRow={(set) => ({ onDoubleClick: () => void navigate(optionSetPath(set.key)) })}
              locale={{
                emptyText:
                  q || source ? (
                    <ListEmpty title={t('common.no-match')} description={t('common.empty.filtered')} />
                  ) : (
                    <ListEmpty
                      title={t('settings.option-sets.empty.title')}
                      description={t('settings.option-sets.empty.description')}
                      action={create}
                    />
                  ),
              }}
            />
          )}
        </Flex>
      </Card>
      {creating ? (
        <OptionSetFormModal
          onClose={() => setCreating(false)}
          save={async (values) => {
            const set = await createOptionSet({ key: values.key, name: { 'zh-CN': values.nameZh, 'en-US': values.nameEn } });
            setCreating(false);
            void navigate(optionSetPath(set.key));
          }}
        />
      ) : null}
    </>
  );
}
