import { App } from 'antd';
import { useI18n } from '../i18n/use-i18n.ts';
import { useUnsavedChanges } from './use-unsaved-changes.ts';

/**
 * For a drawer holding a form: asks before closing it, or leaving the page, with unsaved changes.
 * Returns the drawer's close handler.
 */
export function useConfirmClose(isDirty: boolean, onClose: () => void): () => void {
  const { modal } = App.useApp();
  const { t } = useI18n();
  useUnsavedChanges(isDirty);
  return () => {
    if (!isDirty) return onClose();
    modal.confirm({
      title: t('common.unsaved.title'),
      content: t('common.unsaved.detail'),
      okText: t('common.unsaved.leave'),
      cancelText: t('common.unsaved.stay'),
      onOk: onClose,
    });
  };
}
