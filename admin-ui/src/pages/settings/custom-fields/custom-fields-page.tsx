import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Table } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { useAbility } from '../../../access/use-ability.ts';
import type { CustomFieldView } from '../../../api/custom-fields-api.ts';
import { ListEmpty } from '../../../components/list-empty.tsx';
import { PageTitle } from '../../../components/page-title.tsx';
import { useUiExtensions } from '../../../extensions/ui-extensions-context.ts';
import { useSearchParam } from '../../../hooks/use-search-param.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useOptionSetList } from '../../forms/design/use-option-set-list.ts';
import { localizedText } from '../option-sets/localized-text.ts';
import { customFieldColumns } from './custom-field-columns.tsx';
import { CustomFieldDrawer } from './custom-field-drawer.tsx';
import { ResourcePicker } from './resource-picker.tsx';
import { useCustomFieldActions } from './use-custom-field-actions.ts';
import { useCustomFields, useCustomizableResources } from './use-custom-field-data.ts';

/** The drawer: a new field, or the one being edited. */
type Editing = { field: CustomFieldView | undefined };

/**
 * 系统设置 › 自定义字段: pick a record type of an enabled module, then add, edit, reorder, enable or disable
 * and delete its fields. The record type is in the URL (`?resource=announcements.announcements`).
 */
export default function CustomFieldsPage() {
  const { t, locale } = useI18n();
  const ability = useAbility();
  const { reload: reloadExtensions } = useUiExtensions();
  const [resourceParam, setResourceParam] = useSearchParam('resource');
  const { resources, reload: reloadResources } = useCustomizableResources();
  const selected = resources?.find((resource) => resource.resource === resourceParam) ?? resources?.[0];
  const { fields, reload: reloadFields } = useCustomFields(selected?.resource);
  const { sets } = useOptionSetList();
  const [editing, setEditing] = useState<Editing | undefined>(undefined);

  // Counts change with fields, and the record screens show fields from GET /api/ui-extensions.
  const afterChange = useCallback(() => {
    reloadFields();
    reloadResources();
    reloadExtensions();
  }, [reloadFields, reloadResources, reloadExtensions]);
  const actions = useCustomFieldActions(fields ?? [], afterChange);
  const canUpdate = ability.can('update', 'CustomField');

  const newButton =
    ability.can('create', 'CustomField') && selected ? (
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ field: undefined })}>
        {t('custom-fields.new')}
      </Button>
    ) : null;

  const columns = customFieldColumns({
    t,
    locale,
    fields: fields ?? [],
    optionSetName: (key) => {
      const set = sets.find((candidate) => candidate.key === key);
      return set ? localizedText(set.name, locale) : key;
    },
    canUpdate,
    canDelete: ability.can('delete', 'CustomField'),
    busyId: actions.busyId,
    onEdit: (field) => setEditing({ field }),
    onEnabled: (field, enabled) => void actions.setEnabled(field, enabled),
    onMove: (field, direction) => void actions.move(field, direction),
    onDelete: actions.remove,
  });

  const body = () => {
    if (resources === undefined) return <Skeleton active paragraph={{ rows: 8 }} />;
    if (!selected) {
      return (
        <ListEmpty
          title={t('custom-fields.no-resources.title')}
          description={t('custom-fields.no-resources.description')}
          action={<Link to="/settings/modules">{t('custom-fields.no-resources.action')}</Link>}
        />
      );
    }
    return (
      <Flex gap={16} align="flex-start">
        <div style={{ width: 180, flex: 'none' }} data-testid="custom-field-resources">
          <ResourcePicker resources={resources} selected={selected.resource} onSelect={setResourceParam} />
        </div>
        <Flex vertical gap={12} style={{ flex: 1, minWidth: 0 }}>
          <Flex justify="space-between" align="center" gap={12}>
            <strong>{t('custom-fields.fields-of', { module: selected.pluginTitle, title: selected.title })}</strong>
            {newButton}
          </Flex>
          {fields === undefined ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <Table<CustomFieldView>
              rowKey="id"
              data-testid="custom-field-table"
              dataSource={fields}
              columns={columns}
              pagination={false}
              locale={{
                emptyText: (
                  <ListEmpty
                    title={t('custom-fields.empty.title', { title: selected.title })}
                    description={t('custom-fields.empty.description')}
                    action={newButton}
                  />
                ),
              }}
            />
          )}
        </Flex>
      </Flex>
    );
  };

  return (
    <>
      <PageTitle title={t('custom-fields.menu')} />
      <Card variant="borderless">{body()}</Card>
      {editing && selected ? (
        <CustomFieldDrawer
          resource={selected.resource}
          field={editing.field}
          takenKeys={(fields ?? []).map((field) => field.key)}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            afterChange();
          }}
        />
      ) : null}
    </>
  );
}
