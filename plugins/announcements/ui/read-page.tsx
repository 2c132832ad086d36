import { Button, Card, Result, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, apiRequest, CustomFieldValues, useDateTime, useLocalized, useShowProblem } from '@tessera/admin-ui/plugin-sdk';
import { texts } from './texts.ts';

interface Opened {
  title: string;
  body: string;
  publishedAt: string;
  attachments: { name: string; url: string }[];
  /** The company's custom fields the reader may see. */
  custom: Record<string, unknown>;
}

/** One announcement, opened from the message center or 我的通告; opening it is the read receipt. */
export default function ReadPage() {
  const say = useLocalized();
  const time = useDateTime();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const id = useSearchParams()[0].get('id') ?? '';
  const [opened, setOpened] = useState<Opened | 'gone'>();
  useEffect(() => {
    apiRequest<Opened>(`/api/p/announcements/feed/${encodeURIComponent(id)}`)
      .then(setOpened)
      .catch((error: unknown) => (error instanceof ApiError && error.status < 500 && error.status !== 403 ? setOpened('gone') : showProblem(error)));
  }, [id, showProblem]);
  const back = <Button onClick={() => navigate('/m/announcements/inbox')}>{say(texts.back)}</Button>;
  if (!opened) return <Skeleton active />;
  if (opened === 'gone') return <Result status="404" title={say(texts.gone)} extra={back} />;
  return (
    <Card title={opened.title} extra={back}>
      <Typography.Text type="secondary">{`${say(texts.publishedAt)}：${time(opened.publishedAt)}`}</Typography.Text>
      {/* sanitized by the server when written and again when read: no script can run */}
      <div className="announcement-body" data-testid="announcement-body" dangerouslySetInnerHTML={{ __html: opened.body }} />
      <CustomFieldValues plugin="announcements" resource="announcements" record={opened} />
      {opened.attachments.length > 0 && (
        <>
          <Typography.Title level={5}>{say(texts.attachments)}</Typography.Title>
          <ul>
            {opened.attachments.map((file) => (
              <li key={file.url}>
                <a href={file.url} target="_blank" rel="noopener noreferrer nofollow">
                  {file.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
