import { useCallback } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';

/** The refresh interval in words: `5 分钟`, `1 小时`, `30 秒`. */
export function useRefreshLabel(): (seconds: number) => string {
  const { t } = useI18n();
  return useCallback(
    (seconds: number) => {
      if (seconds % 86400 === 0) return t('dashboards.refresh.days', { count: seconds / 86400 });
      if (seconds % 3600 === 0) return t('dashboards.refresh.hours', { count: seconds / 3600 });
      if (seconds % 60 === 0) return t('dashboards.refresh.minutes', { count: seconds / 60 });
      return t('dashboards.refresh.seconds', { count: seconds });
    },
    [t],
  );
}
