import { App, Drawer, Form, Skeleton } from 'antd';
import { useState } from 'react';
import type { DepartmentView } from '../../api/departments-api.ts';
import { type MemberView, updateMemberAccess } from '../../api/users-api.ts';
import { useRoleNames } from '../../access/role-names-context.ts';
import { useAccessCatalog } from '../../access/use-access-catalog.ts';
import { useConfirmClose } from '../../hooks/use-confirm-close.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { MemberAccessFields } from './member-access-fields.tsx';
import { memberAccessChanges, type MemberAccessValues, toMemberAccessValues } from './member-access-values.ts';
import { DrawerSaveFooter } from '../../components/drawer-save-footer.tsx';

const accessFields = ['roles', 'departmentIds', 'attributes'];

/** 权限设置 of one member: roles, departments and the scope attributes data-scope rules refer to. */
export function MemberAccessDrawer({
  member,
  departments,
  onClose,
  onSaved,
}: {
  member: MemberView;
  /** `undefined` when the user may not read departments: the field is then left out. */
  departments: readonly DepartmentView[] | undefined;
  onClose: () => void;
  onSaved: (member: MemberView) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const { roles, nameOf } = useRoleNames();
  const { catalog, isFailed: isCatalogFailed } = useAccessCatalog({ quiet: true });
  const [form] = Form.useForm<MemberAccessValues>();
  const [submitting, run] = useSubmit();
  const [isDirty, setIsDirty] = useState(false);
  const close = useConfirmClose(isDirty, onClose);
  // The attribute fields come from the catalog, so the form starts once it is read (or known unreadable).
  const isReady = catalog !== undefined || isCatalogFailed;
  const attributes = catalog?.attributes ?? [];
  const attributeKeys = attributes.map((attribute) => attribute.key);

  // The owner role is handed over, not assigned here: it is offered only to keep it on its holder.
  const offered = roles?.map((role) => role.key).filter((key) => key !== 'owner') ?? [];
  const roleOptions = [...new Set([...offered, ...member.roles])].map((key) => ({ value: key, label: nameOf(key) }));

  const onFinish = (values: MemberAccessValues) =>
    run(async () => {
      const changes = memberAccessChanges(member, values, attributeKeys);
      if (Object.keys(changes).length === 0) return onClose();
      try {
        const saved = await updateMemberAccess(member.id, changes);
        void message.success(t('settings.users.access.saved', { name: member.displayName }));
        onSaved(saved);
      } catch (error) {
        showProblem(error, { form, fields: accessFields });
      }
    });

  const footer = (
    <DrawerSaveFooter onCancel={close} onSave={() => form.submit()} saving={submitting} disabled={!isReady} />
  );

  return (
    <Drawer
      open
      onClose={close}
      title={t('settings.users.access.title', { name: member.displayName })}
      size={520}
      footer={footer}
    >
      {isReady ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={toMemberAccessValues(member, attributeKeys)}
          onFinish={onFinish}
          onValuesChange={(_, values: MemberAccessValues) =>
            setIsDirty(Object.keys(memberAccessChanges(member, values, attributeKeys)).length > 0)
          }
        >
          <MemberAccessFields roleOptions={roleOptions} departments={departments} attributes={attributes} />
        </Form>
      ) : (
        <Skeleton active paragraph={{ rows: 6 }} />
      )}
    </Drawer>
  );
}
