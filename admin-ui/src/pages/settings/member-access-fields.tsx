import { Divider, Form, Select, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import type { ScopeAttribute } from '../../api/access-api.ts';
import type { DepartmentView } from '../../api/departments-api.ts';
import { buildDepartmentTree, departmentTreeOptions } from '../../access/department-tree.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

/** Roles, departments (when readable) and one tags input per scope attribute (when the catalog has any). */
export function MemberAccessFields({
  roleOptions,
  departments,
  attributes,
}: {
  roleOptions: { value: string; label: string }[];
  departments: readonly DepartmentView[] | undefined;
  attributes: readonly ScopeAttribute[];
}) {
  const { t } = useI18n();
  const departmentOptions = useMemo(
    () => (departments ? departmentTreeOptions(buildDepartmentTree(departments)) : []),
    [departments],
  );
  return (
    <>
      <Form.Item name="roles" label={t('settings.users.column.role')} extra={t('settings.users.access.roles.hint')}>
        <Select mode="multiple" options={roleOptions} data-testid="member-roles" />
      </Form.Item>
      {departments ? (
        <Form.Item name="departmentIds" label={t('settings.users.column.departments')}>
          <TreeSelect
            multiple
            treeDefaultExpandAll
            treeData={departmentOptions}
            placeholder={t('settings.users.access.departments.placeholder')}
            showSearch={{ treeNodeFilterProp: 'title' }}
            data-testid="member-departments"
          />
        </Form.Item>
      ) : null}
      {attributes.length > 0 ? (
        <>
          <Divider titlePlacement="start">{t('settings.users.access.attributes')}</Divider>
          <Typography.Paragraph type="secondary">{t('settings.users.access.attributes.hint')}</Typography.Paragraph>
          {attributes.map((attribute) => (
            <Form.Item key={attribute.key} name={['attributes', attribute.key]} label={attribute.title}>
              <Select
                mode="tags"
                tokenSeparators={[',', '，']}
                placeholder={t('settings.users.access.attributes.placeholder')}
              />
            </Form.Item>
          ))}
        </>
      ) : null}
    </>
  );
}
