import { Card, Col, Row } from 'antd';
import { PluginWidgetHost } from '../../extensions/plugin-component.tsx';
import { hasPluginUi } from '../../extensions/plugin-ui-registry.ts';
import { useUiExtensions } from '../../extensions/ui-extensions-context.ts';
import { useSession } from '../../session/use-session.ts';

/**
 * The enabled plugins' workbench cards (`widgets[key]` of each plugin's UI entry), as GET /api/ui-extensions
 * offers them to this user. A plugin without a UI entry has no cards; each card loads and fails on its own.
 */
export function PluginWidgets() {
  const { extensions } = useUiExtensions();
  const { enabledPlugins } = useSession();
  const widgets = (extensions?.widgets ?? []).filter(
    (widget) => enabledPlugins.includes(widget.plugin) && hasPluginUi(widget.plugin),
  );
  if (widgets.length === 0) return null;
  return (
    <Row gutter={[16, 16]} data-testid="plugin-widgets">
      {widgets.map((widget) => (
        <Col key={`${widget.plugin}/${widget.key}`} xs={24} lg={12} xl={8}>
          <Card variant="borderless" title={widget.title} style={{ height: '100%' }}>
            <PluginWidgetHost plugin={widget.plugin} widgetKey={widget.key} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
