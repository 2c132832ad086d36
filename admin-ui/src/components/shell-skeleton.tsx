import { Layout, Skeleton } from 'antd';

/** Shown while the session is read on first load, in the shape of the shell that follows. */
export function ShellSkeleton() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} theme="dark" />
      <Layout>
        <Layout.Header style={{ background: '#fff' }} />
        <Layout.Content style={{ padding: 24 }}>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
