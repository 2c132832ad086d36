import { DeleteOutlined, EditOutlined, HistoryOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';

/** A schedule row's actions, each only when the reader may: 编辑, 立即执行, 运行记录, 删除. */
export function ScheduleRowActions({
  onEdit,
  onRunNow,
  onHistory,
  onDelete,
}: {
  onEdit?: () => void;
  onRunNow?: () => Promise<void>;
  onHistory: () => void;
  onDelete?: () => Promise<void>;
}) {
  const { t } = useI18n();
  const link = { type: 'link', size: 'small', style: { padding: 0 } } as const;
  return (
    <Space size={12} wrap>
      {onEdit ? (
        <Button {...link} icon={<EditOutlined />} onClick={onEdit}>
          {t('common.edit')}
        </Button>
      ) : null}
      {onRunNow ? (
        <Popconfirm
          title={t('reportSchedules.run-now.confirm')}
          description={t('reportSchedules.run-now.detail')}
          okText={t('reportSchedules.run-now')}
          cancelText={t('common.cancel')}
          onConfirm={onRunNow}
        >
          <Button {...link} icon={<SendOutlined />}>
            {t('reportSchedules.run-now')}
          </Button>
        </Popconfirm>
      ) : null}
      <Button {...link} icon={<HistoryOutlined />} onClick={onHistory}>
        {t('reportSchedules.runs')}
      </Button>
      {onDelete ? (
        <Popconfirm
          title={t('reportSchedules.delete.confirm')}
          description={t('reportSchedules.delete.detail')}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={onDelete}
        >
          <Button {...link} danger icon={<DeleteOutlined />}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
