import { List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { apiRequest, CustomFieldValues, ListEmpty, PageTitle, useDateTime, useLocalized, useShowProblem } from '@tessera/admin-ui/plugin-sdk';
import { texts } from './texts.ts';

interface FeedItem {
  id: string;
  title: string;
  status: string;
  publishedAt: string;
  readAt: string | null;
  custom: Record<string, unknown>;
}

/** 我的通告: what was published to me, newest first, unread ones marked. */
export default function InboxPage() {
  const say = useLocalized();
  const time = useDateTime();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: FeedItem[]; total: number }>();
  useEffect(() => {
    apiRequest<{ items: FeedItem[]; total: number }>('/api/p/announcements/feed', { query: { page, pageSize: 20 } })
      .then(setData)
      .catch(showProblem);
  }, [page, showProblem]);
  return (
    <>
      <PageTitle title={say({ 'zh-CN': '我的通告', 'en-US': 'My announcements' })} />
      <List
        loading={!data}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <ListEmpty title={say(texts.empty)} description={say(texts.emptyHint)} /> }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        renderItem={(item) => (
          <List.Item onClick={() => navigate(`/m/announcements/read?id=${item.id}`)} style={{ cursor: 'pointer' }}>
            <List.Item.Meta
              title={
                <Typography.Text strong={!item.readAt}>
                  {item.title} {!item.readAt && <Tag color="blue">{say(texts.unread)}</Tag>}
                  {item.status === 'expired' && <Tag>{say(texts.expired)}</Tag>}
                </Typography.Text>
              }
              description={
                <>
                  {`${say(texts.publishedAt)}：${time(item.publishedAt)}`}
                  <CustomFieldValues plugin="announcements" resource="announcements" record={item} layout="inline" />
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
