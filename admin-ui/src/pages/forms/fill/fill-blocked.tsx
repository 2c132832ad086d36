import { Result } from 'antd';
import type { ResultStatusType } from 'antd/es/result';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { workbenchPath } from '../../../menu/core-menu.tsx';
import type { FillBlock } from './fill-state.ts';

const statusOf: Record<FillBlock, ResultStatusType> = {
  'not-published': 'info',
  closed: 'warning',
  forbidden: '403',
  'already-submitted': 'success',
};

/** Why the form cannot be filled in now, in words, with a way back. */
export function FillBlocked({ block, title }: { block: FillBlock; title: string }) {
  const { t } = useI18n();
  return (
    <Result
      status={statusOf[block]}
      title={t(`forms.fill.blocked.${block}.title`)}
      subTitle={t(`forms.fill.blocked.${block}.detail`, { title })}
      extra={<Link to={workbenchPath}>{t('forms.fill.back-to-workbench')}</Link>}
      data-testid={`fill-blocked-${block}`}
    />
  );
}
