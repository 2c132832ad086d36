import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Segmented, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { deleteMessage, listMessages, type MessageView, markMessageRead } from '../../api/messages-api.ts';
import { ListEmpty } from '../../components/list-empty.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useDateTime } from '../../format/use-date-time.ts';
import { useServerList } from '../../hooks/use-server-list.ts';
import { useShowProblem } from '../../hooks/use-show-problem.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { useUnreadCount } from '../../shell/unread-count-context.ts';
import { messageColumns } from './message-columns.tsx';

const filterKeys = ['status'] as const;

export default function MessageCenterPage() {
  const { t } = useI18n();
  const { message: toast } = App.useApp();
  const formatDateTime = useDateTime();
  const showProblem = useShowProblem();
  const unread = useUnreadCount();
  const navigate = useNavigate();
  const list = useServerList<MessageView>({ load: listMessages, filterKeys, defaultSort: '-createdAt' });
  const [selected, setSelected] = useState<string[]>([]);

  const afterChange = () => {
    setSelected([]);
    list.reload();
    unread.refresh();
  };

  const act = async (task: () => Promise<unknown>) => {
    try {
      await task();
    } catch (error) {
      showProblem(error);
    }
    afterChange();
  };

  const onRead = (message: MessageView) => act(() => markMessageRead(message.id));
  const onDelete = (message: MessageView) => act(() => deleteMessage(message.id));
  const onOpen = async (message: MessageView) => {
    if (message.status === 'unread') await act(() => markMessageRead(message.id));
    if (message.link) void navigate(message.link);
  };
  const onBulkRead = () => act(() => Promise.all(selected.map((id) => markMessageRead(id))));
  const onBulkDelete = () =>
    act(async () => {
      await Promise.all(selected.map((id) => deleteMessage(id)));
      void toast.success(t('messages.bulk.deleted', { count: selected.length }));
    });

  const status = typeof list.query.status === 'string' ? list.query.status : 'all';

  return (
    <>
      <PageTitle
        title={t('shell.menu.messages')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={afterChange}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Card variant="borderless">
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={status}
            onChange={(value) => list.update({ status: value === 'all' ? undefined : String(value) })}
            options={[
              { value: 'all', label: t('messages.filter.all') },
              { value: 'unread', label: t('messages.status.unread') },
              { value: 'read', label: t('messages.status.read') },
            ]}
          />
          <Flex gap={8} align="center">
            {selected.length > 0 ? (
              <Typography.Text type="secondary">{t('common.selected', { count: selected.length })}</Typography.Text>
            ) : null}
            <Button disabled={selected.length === 0} onClick={onBulkRead}>
              {t('messages.action.read')}
            </Button>
            <Popconfirm
              title={t('messages.bulk.delete-confirm', { count: selected.length })}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={onBulkDelete}
              disabled={selected.length === 0}
            >
              <Button danger disabled={selected.length === 0}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          </Flex>
        </Flex>
        {list.isFirstLoad ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<MessageView>
            {...list.tableProps}
            columns={messageColumns({
              t,
              formatDateTime,
              sortOrder: list.sortOrder,
              onRead,
              onDelete,
              onOpen: (message) => void onOpen(message),
            })}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
            expandable={{
              expandedRowRender: (message) => (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                  {message.body}
                </Typography.Paragraph>
              ),
              onExpand: (expanded, message) => {
                if (expanded && message.status === 'unread') void onRead(message);
              },
            }}
            locale={{
              emptyText: (
                <ListEmpty
                  title={t(status === 'all' ? 'messages.empty.title' : 'messages.empty.filtered')}
                  description={t('messages.empty.description')}
                />
              ),
            }}
          />
        )}
      </Card>
    </>
  );
}
