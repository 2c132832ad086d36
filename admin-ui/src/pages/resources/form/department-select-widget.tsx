import type { WidgetProps } from '@rjsf/utils';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildDepartmentTree, departmentTreeOptions } from '../../../access/department-tree.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { useDepartments } from '../../../access/use-departments.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { IdTagsInput } from './id-tags-input.tsx';
import { fieldValueOf, isMultiplePicker, pickedIdsOf, pickerModeOf } from './picker-values.ts';

/** `'ui:widget': 'department-select'`: departments from the company's tree, by id; many on an array field. */
export function DepartmentSelectWidget(props: WidgetProps) {
  const { id, value, multiple, schema, disabled, readonly, placeholder, onChange, onBlur } = props;
  const { t } = useI18n();
  const mayRead = useAbility().can('read', 'Department');
  const { departments, hasFailed } = useDepartments({ enabled: mayRead, quiet: true });
  const treeData = useMemo(() => departmentTreeOptions(buildDepartmentTree(departments ?? [])), [departments]);
  const isMultiple = isMultiplePicker(multiple, schema.type);
  const ids = pickedIdsOf(value);
  const mode = pickerModeOf({ mayRead, hasFailed, isLoaded: departments !== undefined });
  const change = (next: string[]) => onChange(fieldValueOf(next, isMultiple));
  const blur = () => onBlur(id, value);

  if (mode === 'ids') {
    return (
      <IdTagsInput
        testId="department-select"
        id={id}
        ids={ids}
        isMultiple={isMultiple}
        disabled={disabled || readonly}
        onChange={change}
        onBlur={blur}
      />
    );
  }
  return (
    <TreeSelect
      id={id}
      data-testid="department-select"
      multiple={isMultiple}
      value={isMultiple ? ids : ids[0]}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      loading={mode === 'loading'}
      disabled={disabled || readonly}
      placeholder={placeholder || t('resource.picker.department')}
      notFoundContent={mode === 'loading' ? t('common.loading') : t('common.no-match')}
      onChange={(next: string | string[] | undefined) => change(pickedIdsOf(next))}
      onBlur={blur}
      style={{ width: '100%' }}
    />
  );
}
