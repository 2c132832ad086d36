import { Card, Collapse } from 'antd';
import { useEffect, useState } from 'react';
import { apiRequest, type SignInWidgetProps, useLocalized } from '@tessera/admin-ui/plugin-sdk';
import { texts } from './texts.ts';

/** 企业公告 on a company's sign-in page: its pinned, published announcements; nothing when there are none. */
export default function PinnedNotices({ tenant }: SignInWidgetProps) {
  const say = useLocalized();
  const [items, setItems] = useState<{ id: string; title: string; body: string }[]>([]);
  useEffect(() => {
    // 404: no such company, or announcements are not enabled there; then, as on any failure, nothing shows
    apiRequest<{ items: typeof items }>('/api/p/announcements/pinned', { query: { tenant }, redirectOn401: false })
      .then((answer) => setItems(answer.items))
      .catch(() => setItems([]));
  }, [tenant]);
  if (items.length === 0) return null;
  const entries = items.map((item) => ({
    key: item.id,
    label: item.title,
    // sanitized by the server (sanitize-body.ts) when written and again in this answer: no script can run
    children: <div style={{ maxHeight: 240, overflowY: 'auto' }} dangerouslySetInnerHTML={{ __html: item.body }} />,
  }));
  return (
    <Card size="small" title={say(texts.signInNotices)} data-testid="sign-in-notices">
      <Collapse ghost size="small" items={entries} />
    </Card>
  );
}
