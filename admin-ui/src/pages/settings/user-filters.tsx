import { Flex, Input, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { DepartmentView } from '../../api/departments-api.ts';
import type { RoleView } from '../../api/roles-api.ts';
import { buildDepartmentTree, departmentTreeOptions } from '../../access/department-tree.ts';
import type { ListParamPatch } from '../../hooks/use-list-params.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

export const userFilterKeys = ['q', 'departmentId', 'role'] as const;

export interface UserFilterValues {
  q: string;
  departmentId: string | undefined;
  role: string | undefined;
}

/**
 * The users list's filter bar: search, department and role. The department and role filters only show
 * for users who may read departments and roles (their pickers need them).
 */
export function UserFilters({
  values,
  departments,
  roles,
  onChange,
}: {
  values: UserFilterValues;
  departments: readonly DepartmentView[] | undefined;
  roles: readonly RoleView[] | undefined;
  onChange: (patch: ListParamPatch) => void;
}) {
  const { t } = useI18n();
  const departmentOptions = useMemo(
    () => (departments ? departmentTreeOptions(buildDepartmentTree(departments)) : []),
    [departments],
  );
  return (
    <Flex gap={12} wrap>
      <Input.Search
        key={values.q}
        defaultValue={values.q}
        allowClear
        placeholder={t('settings.users.search')}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        style={{ width: 280 }}
      />
      {departments ? (
        <TreeSelect
          data-testid="filter-department"
          allowClear
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeData={departmentOptions}
          value={values.departmentId}
          placeholder={t('settings.users.filter.department')}
          onChange={(value: string | undefined) => onChange({ departmentId: value })}
          style={{ width: 200 }}
        />
      ) : null}
      {roles ? (
        <Select
          data-testid="filter-role"
          allowClear
          options={roles.map((role) => ({ value: role.key, label: role.name }))}
          value={values.role}
          placeholder={t('settings.users.filter.role')}
          onChange={(value: string | undefined) => onChange({ role: value })}
          style={{ width: 160 }}
        />
      ) : null}
    </Flex>
  );
}
