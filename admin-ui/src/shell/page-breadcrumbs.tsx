import { HomeOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useMatches } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { workbenchPath } from '../menu/core-menu.tsx';
import { findMenuEntry, findMenuGroup } from '../menu/menu-registry.ts';
import type { RouteHandle } from '../router/create-app-router.tsx';

function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'crumbKey' in value;
}

/** Home › group › page, from the menu registry; routes outside the menu name their crumb in `handle`. */
export function PageBreadcrumbs() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const matches = useMatches();
  const entry = findMenuEntry(pathname);
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
  const pageTitle = entry ? t(entry.labelKey) : handle ? t(handle.crumbKey) : undefined;
  useDocumentTitle(pageTitle);
  if (entry) {
    items.push({ title: pathname === entry.path ? pageTitle : <Link to={entry.path}>{pageTitle}</Link> });
  } else if (pageTitle) {
    items.push({ title: pageTitle });
  }
  return <Breadcrumb items={items} style={{ marginBottom: 12 }} />;
}
