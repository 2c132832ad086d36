import { Button, Flex } from 'antd';
import { useI18n } from '../i18n/use-i18n.ts';

interface DrawerSaveFooterProps {
  onCancel: () => void;
  onSave: () => void;
  saving: boolean;
  disabled?: boolean;
  saveTestId?: string;
}

/** A form drawer's footer: 取消 and 保存, right-aligned; 保存 spins while the form is being saved. */
export function DrawerSaveFooter({ onCancel, onSave, saving, disabled, saveTestId }: DrawerSaveFooterProps) {
  const { t } = useI18n();
  return (
    <Flex justify="flex-end" gap={8}>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" loading={saving} disabled={disabled} onClick={onSave} data-testid={saveTestId}>
        {t('common.save')}
      </Button>
    </Flex>
  );
}
