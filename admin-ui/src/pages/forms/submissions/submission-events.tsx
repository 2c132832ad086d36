import { Empty, Timeline, Typography } from 'antd';
import { useDateTime } from '../../../format/use-date-time.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { SubmissionEvent } from '../forms-api.ts';

/** 处理记录: the submission's status changes and comments, oldest first, with who and when. */
export function SubmissionEvents({ events, nameOf }: { events: readonly SubmissionEvent[]; nameOf: (id: string) => string | undefined }) {
  const { t } = useI18n();
  const formatDateTime = useDateTime();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('forms.submission.events.empty')} />;
  return (
    <Timeline
      items={events.map((event, index) => ({
        key: index,
        content: (
          <>
            <Typography.Text>
              {event.status
                ? t('forms.submission.events.status', {
                    who: nameOf(event.authorId) ?? t('forms.submission.someone'),
                    status: t(`forms.submission.status.${event.status}`),
                  })
                : t('forms.submission.events.comment', { who: nameOf(event.authorId) ?? t('forms.submission.someone') })}
            </Typography.Text>
            {event.comment ? <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{event.comment}</Typography.Paragraph> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(event.createdAt)}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
