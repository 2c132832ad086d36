import { HomeOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useMatches } from 'react-router';
import { extensionCrumbsOf } from '../extensions/extension-crumbs.ts';
import { useUiExtensions } from '../extensions/ui-extensions-context.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { workbenchPath } from '../menu/core-menu.tsx';
import { findMenuEntry, findMenuGroup } from '../menu/menu-registry.ts';
import type { RouteHandle } from '../router/create-app-router.tsx';
import { useSession } from '../session/use-session.ts';

function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'crumbKey' in value;
}

/**
 * Home › group › page, from the menu registry; a plugin's screens (`/m/…`) from GET /api/ui-extensions;
 * other routes outside the menu name their crumb in `handle`.
 */
export function PageBreadcrumbs() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const matches = useMatches();
  const { enabledPlugins } = useSession();
  const { extensions } = useUiExtensions();
  const entry = findMenuEntry(pathname);
  const extension = entry ? undefined : extensionCrumbsOf(pathname, enabledPlugins, extensions, t);
  const items: { title: ReactNode }[] = [
    {
      title: (
        <Link to={workbenchPath} aria-label={t('shell.menu.workbench')}>
          <HomeOutlined />
        </Link>
      ),
    },
  ];
  const group = findMenuGroup(entry?.group);
  if (group) items.push({ title: t(group.labelKey) });
  const handle = matches.map((match) => match.handle).find(isRouteHandle);
  const pageTitle = entry
    ? t(entry.labelKey)
    : extension
      ? extension.pageTitle
      : handle
        ? t(handle.crumbKey)
        : undefined;
  useDocumentTitle(pageTitle);
  if (extension) {
    for (const crumb of extension.crumbs) {
      items.push({ title: crumb.path ? <Link to={crumb.path}>{crumb.title}</Link> : crumb.title });
    }
  } else if (entry) {
    items.push({ title: pathname === entry.path ? pageTitle : <Link to={entry.path}>{pageTitle}</Link> });
    // a subpage of the entry (a record's detail) names itself after it
    if (handle && pathname !== entry.path) items.push({ title: t(handle.crumbKey) });
  } else if (pageTitle) {
    items.push({ title: pageTitle });
  }
  return <Breadcrumb items={items} style={{ marginBottom: 12 }} />;
}
