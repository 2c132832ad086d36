import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useI18n } from '../i18n/use-i18n.ts';

/** Asks before leaving a form with unsaved changes, inside the app and when closing the tab. */
export function useUnsavedChanges(isDirty: boolean): void {
  const { modal } = App.useApp();
  const { t } = useI18n();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => isDirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('common.unsaved.title'),
      content: t('common.unsaved.detail'),
      okText: t('common.unsaved.leave'),
      cancelText: t('common.unsaved.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
}
