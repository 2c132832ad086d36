import { Button, Drawer, Flex, Skeleton } from 'antd';
import { useNavigate } from 'react-router';
import { markMessageRead, type MessageView } from '../api/messages-api.ts';
import { ListEmpty } from '../components/list-empty.tsx';
import { useDateTime } from '../format/use-date-time.ts';
import { useShowProblem } from '../hooks/use-show-problem.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { NotificationItem } from './notification-item.tsx';
import { useLatestMessages } from './use-latest-messages.ts';
import { useUnreadCount } from './unread-count-context.ts';

/**
 * The bell's drawer: the latest messages, unread first. Opening one marks it read and, when it links to
 * a page, goes there; «全部消息» leads to the message center.
 */
export function NotificationDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const unread = useUnreadCount();
  const { messages, replace } = useLatestMessages(open);

  const go = (path: string) => {
    onClose();
    void navigate(path);
  };

  const openMessage = async (message: MessageView) => {
    if (message.status === 'unread') {
      try {
        replace(await markMessageRead(message.id));
        unread.refresh();
      } catch (error) {
        showProblem(error);
        return;
      }
    }
    if (message.link) go(message.link);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('shell.notifications.title')}
      size={420}
      destroyOnHidden
      extra={
        <Button type="link" onClick={() => go('/messages')} data-testid="notification-view-all">
          {t('shell.notifications.view-all')}
        </Button>
      }
    >
      <div data-testid="notification-drawer">
        {messages === undefined ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : messages.length === 0 ? (
          <ListEmpty title={t('shell.notifications.empty.title')} description={t('shell.notifications.empty.description')} />
        ) : (
          <Flex vertical gap={4}>
            {messages.map((message) => (
              <NotificationItem
                key={message.id}
                message={message}
                formatDateTime={formatDateTime}
                onOpen={(m) => void openMessage(m)}
              />
            ))}
          </Flex>
        )}
      </div>
    </Drawer>
  );
}
