import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/use-i18n.ts';
import { useUnreadCount } from './unread-count-context.ts';

export function MessageBell() {
  const { count } = useUnreadCount();
  const { t } = useI18n();
  const navigate = useNavigate();
  const label = t('shell.bell.label', { count });
  return (
    <Tooltip title={label}>
      <Button type="text" aria-label={label} onClick={() => navigate('/messages')} data-testid="message-bell">
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Tooltip>
  );
}
