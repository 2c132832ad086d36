import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n.ts';
import { NotificationDrawer } from './notification-drawer.tsx';
import { useUnreadCount } from './unread-count-context.ts';

export function MessageBell() {
  const { count } = useUnreadCount();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const label = t('shell.bell.label', { count });
  return (
    <>
      <Tooltip title={label}>
        <Button type="text" aria-label={label} onClick={() => setOpen(true)} data-testid="message-bell">
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        </Button>
      </Tooltip>
      <NotificationDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}
