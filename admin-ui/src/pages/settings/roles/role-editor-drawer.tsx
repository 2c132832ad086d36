import { Alert, Button, Drawer, Flex, Form, Skeleton } from 'antd';
import { useState } from 'react';
import type { RoleView } from '../../../api/roles-api.ts';
import { useAbility } from '../../../access/use-ability.ts';
import { useConfirmClose } from '../../../hooks/use-confirm-close.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { RoleEditorContent } from './role-editor-content.tsx';
import { type RoleFormValues, roleFormFields } from './role-form-fields.tsx';
import { useRoleEditor } from './use-role-editor.ts';
import { useRoleSave } from './use-role-save.ts';

const drawerWidth = 1080;

function formValuesOf(role: RoleView | null | undefined): RoleFormValues {
  return { name: role?.name ?? '', key: role?.key ?? '', description: role?.description ?? '' };
}

/** 新建 or edit one role: name, key, description and the permission matrix; read-only where not allowed. */
export function RoleEditorDrawer({
  roleId,
  onClose,
  onSaved,
}: {
  roleId: string | 'new';
  onClose: () => void;
  onSaved: (role: RoleView) => void;
}) {
  const { t } = useI18n();
  const ability = useAbility();
  const [form] = Form.useForm<RoleFormValues>();
  const { state, isFailed } = useRoleEditor(roleId);
  const { submitting, problems, save } = useRoleSave(state, form, onSaved);
  const [isFormChanged, setIsFormChanged] = useState(false);
  const role = state?.role;
  const readOnly = role ? !role.editable || !ability.can('update', 'Role') : !ability.can('create', 'Role');
  const isDirty = !readOnly && (isFormChanged || (state?.isMatrixChanged ?? false));
  const close = useConfirmClose(isDirty, onClose);
  const initialValues = formValuesOf(role);

  const onValuesChange = (values: RoleFormValues) =>
    setIsFormChanged(roleFormFields.some((field) => values[field] !== initialValues[field]));

  const title = role
    ? t(readOnly ? 'settings.roles.editor.view' : 'settings.roles.editor.edit', { name: role.name })
    : t('settings.roles.new');
  const footer = (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={close}>{t(readOnly ? 'common.close' : 'common.cancel')}</Button>
      {readOnly || !state ? null : (
        <Button type="primary" loading={submitting} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Drawer open onClose={close} title={title} size={drawerWidth} footer={footer} destroyOnHidden>
      {state ? (
        <RoleEditorContent
          state={state}
          form={form}
          initialValues={initialValues}
          readOnly={readOnly}
          problems={problems}
          onFinish={save}
          onValuesChange={onValuesChange}
        />
      ) : isFailed ? (
        <Alert type="error" showIcon title={t('settings.roles.load-failed')} />
      ) : (
        <Skeleton active paragraph={{ rows: 12 }} />
      )}
    </Drawer>
  );
}
