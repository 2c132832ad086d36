import { Card, Skeleton } from 'antd';

export function PageSkeleton() {
  return (
    <Card variant="borderless">
      <Skeleton active title paragraph={{ rows: 8 }} />
    </Card>
  );
}
