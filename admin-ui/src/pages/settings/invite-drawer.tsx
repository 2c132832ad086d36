import { Form, Input, Select } from 'antd';
import { createInvitation, type InvitationIssued, type InviteRole } from '../../api/invitations-api.ts';
import { CreateRevealDrawer } from '../../components/create-reveal-drawer.tsx';
import { RevealOnce } from '../../components/reveal-once.tsx';
import { useGrantableRoleOptions } from '../../access/use-grantable-role-options.ts';
import { useRevealOnce } from '../../hooks/use-reveal-once.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useSubmit } from '../../hooks/use-submit.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

interface InviteValues {
  email: string;
  role: InviteRole;
}

/** 新建邀请: after sending, the accept link is shown once, with a copy button. */
export function InviteDrawer({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<InviteValues>();
  const [submitting, run] = useSubmit();
  const showProblem = useShowProblem();
  const roleOptions = useGrantableRoleOptions();
  const { created, setCreated, close, again } = useRevealOnce<InvitationIssued, InviteValues>(form, onClose);

  const onFinish = (values: InviteValues) =>
    run(async () => {
      try {
        setCreated(await createInvitation({ email: values.email.trim(), role: values.role }));
        onCreated();
      } catch (error) {
        showProblem(error, { form, fields: ['email', 'role'] });
      }
    });

  return (
    <CreateRevealDrawer
      open={open}
      title={t('settings.invitations.new')}
      submitLabel={t('settings.invitations.send')}
      submitting={submitting}
      onSubmit={() => form.submit()}
      onClose={close}
      again={{ label: t('settings.invitations.invite-another'), onClick: again }}
      revealed={
        created && (
          <RevealOnce
            label={t('settings.invitations.link', { email: created.email })}
            value={`${window.location.origin}${created.acceptPath}`}
            warning={t('settings.invitations.link.once')}
          />
        )
      }
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ role: 'member' }}>
          <Form.Item
            name="email"
            label={t('settings.invitations.column.email')}
            rules={[
              { required: true, message: t('settings.invitations.email.required') },
              { type: 'email', message: t('settings.invitations.email.invalid') },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="role"
            label={t('settings.invitations.column.role')}
            extra={t('settings.invitations.role.hint')}
          >
            <Select options={roleOptions} />
          </Form.Item>
      </Form>
    </CreateRevealDrawer>
  );
}
