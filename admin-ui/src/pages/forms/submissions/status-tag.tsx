import { Tag } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { SubmissionStatus } from '../forms-api.ts';
import { statusColors } from './review-steps.ts';

export function StatusTag({ status }: { status: SubmissionStatus }) {
  const { t } = useI18n();
  return <Tag color={statusColors[status]}>{t(`forms.submission.status.${status}`)}</Tag>;
}
