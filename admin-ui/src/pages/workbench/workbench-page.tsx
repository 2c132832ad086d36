import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useRoleNames } from '../../access/role-names-context.ts';
import { useExtensionMenu } from '../../extensions/use-extension-menu.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import { pluginEntriesOrder, visibleEntries } from '../../menu/build-menu-items.tsx';
import { useSession } from '../../session/use-session.ts';
import { HomeDashboard } from '../dashboards/home/home-dashboard.tsx';
import { PluginWidgets } from './plugin-widgets.tsx';

/** Welcome card and shortcuts to every page this user may open; no made-up figures. */
export default function WorkbenchPage() {
  const session = useSession();
  const { t } = useI18n();
  const { nameOf } = useRoleNames();
  const pluginLinks = useExtensionMenu();
  const coreLinks = visibleEntries(session)
    .filter((entry) => entry.key !== 'workbench')
    .map((entry) => ({
      key: entry.key,
      path: entry.path,
      icon: entry.icon,
      label: t(entry.labelKey),
      description: entry.descriptionKey ? t(entry.descriptionKey) : undefined,
      order: entry.order,
    }));
  // In the menu's order: plugin entries after 消息中心, before 系统设置.
  const links = [
    ...coreLinks.filter((link) => link.order < pluginEntriesOrder),
    ...pluginLinks.map((entry) => ({ ...entry, description: undefined })),
    ...coreLinks.filter((link) => link.order >= pluginEntriesOrder),
  ];

  return (
    <Flex vertical gap={16}>
      <Card variant="borderless">
        <Flex vertical gap={4}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="workbench-tenant-name">
            {session.tenant.name}
          </Typography.Title>
          <Typography.Text>
            {t('workbench.welcome', { name: session.user.displayName })}{' '}
            {session.roles.map((key) => (
              <Tag key={key} color="blue">
                {nameOf(key)}
              </Tag>
            ))}
          </Typography.Text>
          <Typography.Text type="secondary">{t('workbench.intro')}</Typography.Text>
        </Flex>
      </Card>
      <HomeDashboard />
      <PluginWidgets />
      <Card variant="borderless" title={t('workbench.quick-links')}>
        <Row gutter={[16, 16]}>
          {links.map((entry) => (
            <Col key={entry.key} xs={24} sm={12} lg={8} xl={6}>
              <Link to={entry.path}>
                <Card hoverable size="small">
                  <Flex align="center" gap={12}>
                    <span style={{ fontSize: 22, color: '#1677ff' }}>{entry.icon}</span>
                    <Flex vertical style={{ minWidth: 0 }}>
                      <Typography.Text strong>{entry.label}</Typography.Text>
                      {entry.description ? (
                        <Typography.Text type="secondary" ellipsis>
                          {entry.description}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
    </Flex>
  );
}
