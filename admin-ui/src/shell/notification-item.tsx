import { Badge, Flex, Tag, Typography, theme } from 'antd';
import type { MessageView } from '../api/messages-api.ts';
import { useI18n } from '../i18n/use-i18n.ts';

/** One message in the bell's drawer: a button that opens it. */
export function NotificationItem({
  message,
  formatDateTime,
  onOpen,
}: {
  message: MessageView;
  formatDateTime: (iso: string | null) => string;
  onOpen: (message: MessageView) => void;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const unread = message.status === 'unread';
  return (
    <button
      type="button"
      onClick={() => onOpen(message)}
      data-testid="notification-item"
      style={{
        display: 'block',
        width: '100%',
        padding: '10px 12px',
        border: 'none',
        borderRadius: token.borderRadiusLG,
        background: unread ? token.colorPrimaryBg : 'transparent',
        textAlign: 'left',
        font: 'inherit',
        cursor: 'pointer',
      }}
    >
      <Flex gap={10} align="flex-start">
        <Badge status={unread ? 'processing' : 'default'} style={{ marginTop: 2 }} />
        <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text strong={unread} type={message.recordAvailable ? undefined : 'secondary'} ellipsis>
            {message.title}
          </Typography.Text>
          {message.body ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {message.body}
            </Typography.Paragraph>
          ) : null}
          <Flex gap={8} align="center">
            <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
              {formatDateTime(message.createdAt)}
            </Typography.Text>
            {message.recordAvailable ? null : <Tag>{t('messages.record-unavailable')}</Tag>}
          </Flex>
        </Flex>
      </Flex>
    </button>
  );
}
