import { Result, Skeleton, Typography } from 'antd';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import { PageSkeleton } from '../components/page-skeleton.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { PluginErrorBoundary } from './plugin-error-boundary.tsx';
import type { PluginComponentKind } from './plugin-ui-entry.ts';
import { loadPluginComponent } from './plugin-ui-registry.ts';

function MissingPage() {
  const { t } = useI18n();
  return <Result status="warning" title={t('plugin-page.missing.title')} subTitle={t('plugin-page.missing.detail')} />;
}

function MissingWidget() {
  const { t } = useI18n();
  return <Typography.Text type="secondary">{t('plugin-page.widget.missing')}</Typography.Text>;
}

function FailedPage() {
  const { t } = useI18n();
  return <Result status="error" title={t('plugin-page.failed.title')} subTitle={t('plugin-page.failed.detail')} />;
}

function FailedWidget() {
  const { t } = useI18n();
  return <Typography.Text type="danger">{t('plugin-page.widget.failed')}</Typography.Text>;
}

// One lazy component per plugin page or widget for the app's lifetime, so React keeps its state.
const components = new Map<string, LazyExoticComponent<ComponentType>>();

function pluginComponent(
  plugin: string,
  kind: Exclude<PluginComponentKind, 'signInWidgets'>,
  key: string,
): LazyExoticComponent<ComponentType> {
  const id = `${plugin}/${kind}/${key}`;
  let component = components.get(id);
  if (!component) {
    component = lazy(async () => ({
      default: (await loadPluginComponent(plugin, kind, key)) ?? (kind === 'pages' ? MissingPage : MissingWidget),
    }));
    components.set(id, component);
  }
  return component;
}

/** A plugin's page (`pages[key]` of its UI entry), loaded on first visit, its failures kept inside it. */
export function PluginPageHost({ plugin, pageKey }: { plugin: string; pageKey: string }) {
  const Page = pluginComponent(plugin, 'pages', pageKey);
  return (
    <PluginErrorBoundary key={`${plugin}/${pageKey}`} fallback={<FailedPage />}>
      <Suspense fallback={<PageSkeleton />}>
        <Page />
      </Suspense>
    </PluginErrorBoundary>
  );
}

/** A plugin's workbench card content (`widgets[key]`). */
export function PluginWidgetHost({ plugin, widgetKey }: { plugin: string; widgetKey: string }) {
  const Widget = pluginComponent(plugin, 'widgets', widgetKey);
  return (
    <PluginErrorBoundary key={`${plugin}/${widgetKey}`} fallback={<FailedWidget />}>
      <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
        <Widget />
      </Suspense>
    </PluginErrorBoundary>
  );
}
