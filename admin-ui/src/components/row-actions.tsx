import { DeleteOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/use-i18n.ts';

export interface RowActionsProps {
  /** 查看: where the record opens, when the row offers it. */
  viewTo?: string;
  /** 编辑: where the record is edited, when the reader may. */
  editTo?: string;
  /** 删除, after a confirmation saying what goes: when the reader may. */
  remove?: { title: string; detail: string; onConfirm: () => Promise<void> | void };
}

/** A list row's view / edit / delete links, each only when given. */
export function RowActions({ viewTo, editTo, remove }: RowActionsProps) {
  const { t } = useI18n();
  return (
    <Space size={12} wrap>
      {viewTo ? (
        <Link to={viewTo}>
          <EyeOutlined /> {t('common.view')}
        </Link>
      ) : null}
      {editTo ? (
        <Link to={editTo}>
          <EditOutlined /> {t('common.edit')}
        </Link>
      ) : null}
      {remove ? (
        <Popconfirm
          title={remove.title}
          description={remove.detail}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={remove.onConfirm}
        >
          <Button type="link" danger size="small" icon={<DeleteOutlined />} style={{ padding: 0 }}>
            {t('common.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
