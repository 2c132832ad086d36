import { Button, Drawer, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';

/**
 * A 新建 drawer whose result holds a secret shown once (an invitation link, an API token): the form until
 * the server answers, then the secret with 完成 (and optionally "another"). The caller owns the form state.
 */
export function CreateRevealDrawer({
  open,
  title,
  submitLabel,
  submitting,
  revealed,
  onSubmit,
  onClose,
  again,
  children,
}: {
  open: boolean;
  title: string;
  submitLabel: string;
  submitting: boolean;
  /** The secret view once created; the form (children) until then. */
  revealed: ReactNode | undefined;
  onSubmit: () => void;
  onClose: () => void;
  again?: { label: string; onClick: () => void };
  children: ReactNode;
}) {
  const { t } = useI18n();
  // Distinct keys: the 完成 button must not inherit the submit button's loading state.
  const footer = revealed ? (
    <Flex justify="flex-end" gap={8}>
      {again && (
        <Button key="again" onClick={again.onClick}>
          {again.label}
        </Button>
      )}
      <Button key="done" type="primary" onClick={onClose}>
        {t('common.done')}
      </Button>
    </Flex>
  ) : (
    <Flex justify="flex-end" gap={8}>
      <Button key="cancel" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button key="submit" type="primary" loading={submitting} onClick={onSubmit}>
        {submitLabel}
      </Button>
    </Flex>
  );
  return (
    <Drawer open={open} onClose={onClose} title={title} size={480} footer={footer} destroyOnHidden>
      {revealed ?? children}
    </Drawer>
  );
}
