import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/** An empty list says what the page is for and offers the first thing to do. */
export function ListEmpty({ title, description, action }: { title: string; description: string; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Text strong>{title}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{description}</Typography.Text>
        </>
      }
    >
      {action}
    </Empty>
  );
}
