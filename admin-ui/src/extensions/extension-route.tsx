import { Button, Result } from 'antd';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { PageSkeleton } from '../components/page-skeleton.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { ForbiddenPage, NotFoundPage } from '../pages/errors/error-page.tsx';
import { findExtensionTarget } from './extension-targets.ts';
import { PluginPageHost } from './plugin-component.tsx';
import { useUiExtensions } from './ui-extensions-context.ts';

// RJSF and the list screen load with the first resource screen a user opens, not with the shell.
const ResourceListPage = lazy(() => import('../pages/resources/resource-list-page.tsx'));
const ResourceFormPage = lazy(() => import('../pages/resources/resource-form-page.tsx'));

function ExtensionsFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t('plugin-page.extensions-failed.title')}
      subTitle={t('plugin-page.extensions-failed.detail')}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.refresh')}
        </Button>
      }
    />
  );
}

/**
 * `/m/<plugin>/<name>/*` of an enabled plugin: the resource's list, 新建 form or record, or the plugin's
 * own page, as GET /api/ui-extensions offers them to this user. A name it does not offer is a page the
 * user may not open (403 page).
 */
export function ExtensionRoute() {
  const { plugin = '', name = '', '*': rest = '' } = useParams();
  const { extensions, isFailed, isLoading, reload } = useUiExtensions();
  if (!extensions) return isFailed ? <ExtensionsFailed onRetry={reload} /> : <PageSkeleton />;
  const target = findExtensionTarget(extensions, plugin, name, rest);
  // Not offered by an answer that is being replaced (a module just enabled, rules just changed): wait.
  if (!target) return isLoading ? <PageSkeleton /> : <ForbiddenPage />;
  switch (target.kind) {
    case 'not-found':
      return <NotFoundPage />;
    case 'page':
      return <PluginPageHost plugin={target.page.plugin} pageKey={target.page.key} />;
    case 'resource-list':
      return (
        <Suspense fallback={<PageSkeleton />}>
          <ResourceListPage key={target.resource.uiPath} resource={target.resource} />
        </Suspense>
      );
    case 'resource-new':
      if (!target.resource.can.create) return <ForbiddenPage />;
      return (
        <Suspense fallback={<PageSkeleton />}>
          <ResourceFormPage key={`${target.resource.uiPath}/new`} resource={target.resource} />
        </Suspense>
      );
    case 'resource-record':
      return (
        <Suspense fallback={<PageSkeleton />}>
          <ResourceFormPage
            key={`${target.resource.uiPath}/${target.id}`}
            resource={target.resource}
            recordId={target.id}
          />
        </Suspense>
      );
  }
}
