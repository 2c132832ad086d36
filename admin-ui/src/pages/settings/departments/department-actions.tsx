import { MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import type { DepartmentView } from '../../../api/departments-api.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';

export type DepartmentAction = 'add-child' | 'rename' | 'move' | 'delete';

/** The "…" menu of one tree node, with only the actions the user may take. */
export function DepartmentActions({
  department,
  onAction,
}: {
  department: DepartmentView;
  onAction: (action: DepartmentAction, department: DepartmentView) => void;
}) {
  const { t } = useI18n();
  const ability = useAbility();
  const allowed: [DepartmentAction, boolean][] = [
    ['add-child', ability.can('create', 'Department')],
    ['rename', ability.can('update', 'Department')],
    ['move', ability.can('update', 'Department')],
    ['delete', ability.can('delete', 'Department')],
  ];
  const items: MenuProps['items'] = allowed
    .filter(([, isAllowed]) => isAllowed)
    .map(([action]) => ({ key: action, label: t(`settings.departments.${action}`), danger: action === 'delete' }));
  if (items.length === 0) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        onClick: ({ key, domEvent }) => {
          domEvent.stopPropagation();
          // The menu's keys are the actions listed above.
          onAction(key as DepartmentAction, department);
        },
      }}
    >
      <Button
        type="text"
        size="small"
        icon={<MoreOutlined />}
        aria-label={t('settings.departments.actions', { name: department.name })}
        data-testid={`department-actions-${department.name}`}
        onClick={(event) => event.stopPropagation()}
      />
    </Dropdown>
  );
}
