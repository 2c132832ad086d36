import type { WidgetProps } from '@rjsf/utils';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { roleLabel } from '../../../access/role-label.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { listRoles, type RoleView } from '../../../api/roles-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import { IdTagsInput } from './id-tags-input.tsx';
import { fieldValueOf, isMultiplePicker, pickedIdsOf, pickerModeOf } from './picker-values.ts';

/** The list answers up to 100 roles a page, more than any company we serve has. */
const rolePageSize = 100;

/** `'ui:widget': 'role-select'`: roles shown by name, kept by key; many on an array field. */
export function RoleSelectWidget(props: WidgetProps) {
  const { id, value, multiple, schema, disabled, readonly, placeholder, onChange, onBlur } = props;
  const { t } = useI18n();
  const { roleNames } = useSession();
  const mayRead = useAbility().can('read', 'Role');
  const [roles, setRoles] = useState<RoleView[] | undefined>(undefined);
  const [hasFailed, setHasFailed] = useState(false);

  useEffect(() => {
    if (!mayRead) return;
    let isCurrent = true;
    listRoles({ page: 1, pageSize: rolePageSize, sort: 'name' }).then(
      (page) => isCurrent && setRoles(page.items),
      () => isCurrent && setHasFailed(true),
    );
    return () => {
      isCurrent = false;
    };
  }, [mayRead]);

  const isMultiple = isMultiplePicker(multiple, schema.type);
  const keys = pickedIdsOf(value);
  const mode = pickerModeOf({ mayRead, hasFailed, isLoaded: roles !== undefined });
  const change = (next: string[]) => onChange(fieldValueOf(next, isMultiple));
  const blur = () => onBlur(id, value);

  if (mode === 'ids') {
    return (
      <IdTagsInput
        testId="role-select"
        id={id}
        ids={keys}
        isMultiple={isMultiple}
        disabled={disabled || readonly}
        onChange={change}
        onBlur={blur}
      />
    );
  }
  const options = (roles ?? []).map((role) => ({ value: role.key, label: role.name }));
  // A key no longer in the list (a deleted role) still shows, by the best name known for it.
  for (const key of keys) {
    if (options.some((option) => option.value === key)) continue;
    options.push({ value: key, label: roleLabel(key, roles, t, roleNames) });
  }
  return (
    <Select
      id={id}
      data-testid="role-select"
      mode={isMultiple ? 'multiple' : undefined}
      value={isMultiple ? keys : keys[0]}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={mode === 'loading'}
      disabled={disabled || readonly}
      placeholder={placeholder || t('resource.picker.role')}
      notFoundContent={mode === 'loading' ? t('common.loading') : t('common.no-match')}
      onChange={(next: string | string[] | undefined) => change(pickedIdsOf(next))}
      onBlur={blur}
      style={{ width: '100%' }}
    />
  );
}
