import { Badge, Button, Popconfirm, Space, type TableColumnsType, Tag, Typography } from 'antd';
import type { MessageView } from '../../api/messages-api.ts';

interface ColumnDeps {
  t: (key: string) => string;
  formatDateTime: (iso: string | null) => string;
  sortOrder: (key: string) => 'ascend' | 'descend' | null;
  onRead: (message: MessageView) => void;
  onDelete: (message: MessageView) => void;
  /** Marks it read and goes to its link. */
  onOpen: (message: MessageView) => void;
}

/** Unknown categories (from plugins without a label yet) show their code rather than a raw key. */
export function categoryLabel(t: (key: string) => string, category: string): string {
  const key = `messages.category.${category}`;
  const label = t(key);
  return label === key ? category : label;
}

export function messageColumns({
  t,
  formatDateTime,
  sortOrder,
  onRead,
  onDelete,
  onOpen,
}: ColumnDeps): TableColumnsType<MessageView> {
  return [
    {
      key: 'title',
      title: t('messages.column.title'),
      render: (_, message) => (
        <Space>
          <Badge status={message.status === 'unread' ? 'processing' : 'default'} />
          {message.link ? (
            <Typography.Link
              href={message.link}
              strong={message.status === 'unread'}
              onClick={(event) => {
                event.preventDefault();
                onOpen(message);
              }}
            >
              {message.title}
            </Typography.Link>
          ) : (
            <Typography.Text
              strong={message.status === 'unread'}
              type={message.recordAvailable ? undefined : 'secondary'}
            >
              {message.title}
            </Typography.Text>
          )}
          {message.recordAvailable ? null : <Tag>{t('messages.record-unavailable')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'category',
      title: t('messages.column.category'),
      width: 140,
      render: (_, message) => <Tag>{categoryLabel(t, message.category)}</Tag>,
    },
    {
      key: 'status',
      title: t('messages.column.status'),
      width: 100,
      render: (_, message) => t(`messages.status.${message.status}`),
    },
    {
      key: 'createdAt',
      title: t('messages.column.created-at'),
      width: 170,
      sorter: true,
      sortOrder: sortOrder('createdAt'),
      render: (_, message) => formatDateTime(message.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 160,
      render: (_, message) => (
        <Space size={0}>
          {message.status === 'unread' ? (
            <Button type="link" size="small" onClick={() => onRead(message)}>
              {t('messages.action.read')}
            </Button>
          ) : null}
          <Popconfirm
            title={t('messages.delete.confirm')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => onDelete(message)}
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}
