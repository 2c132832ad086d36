import type { UiExtensions } from '../api/ui-extensions-api.ts';
import type { MessageVars } from '../i18n/translate.ts';
import { findExtensionTarget, parseExtensionPath } from './extension-targets.ts';

export interface ExtensionCrumb {
  title: string;
  /** A link back up; the last crumb has none. */
  path?: string;
}

/**
 * Breadcrumbs (after 首页) of a URL under `/m/<plugin>/<name>`, and the browser tab's title: the resource or
 * page, then 新建 / 编辑 / 查看 for a record screen. Undefined for any other URL. `extensions` is undefined
 * while loading (no crumbs yet).
 */
export function extensionCrumbsOf(
  pathname: string,
  enabledPlugins: readonly string[],
  extensions: UiExtensions | undefined,
  t: (key: string, vars?: MessageVars) => string,
): { crumbs: ExtensionCrumb[]; pageTitle: string | undefined } | undefined {
  const parsed = parseExtensionPath(pathname);
  if (!parsed) return undefined;
  const only = (title: string) => ({ crumbs: [{ title }], pageTitle: title });
  if (!enabledPlugins.includes(parsed.plugin)) return only(t('module-off.crumb'));
  if (!extensions) return { crumbs: [], pageTitle: undefined };
  const target = findExtensionTarget(extensions, parsed.plugin, parsed.name, parsed.rest);
  if (!target) return only(t('errors.forbidden.crumb'));
  switch (target.kind) {
    case 'not-found':
      return only(t('errors.not-found.crumb'));
    case 'page':
      return {
        crumbs: [{ title: target.page.title, path: parsed.rest ? target.page.uiPath : undefined }],
        pageTitle: target.page.title,
      };
    case 'resource-list':
      return only(target.resource.title);
    case 'resource-new':
    case 'resource-record': {
      const { resource } = target;
      const action =
        target.kind === 'resource-new' ? 'resource.form.new-crumb' : resource.can.update ? 'common.edit' : 'common.view';
      return {
        crumbs: [{ title: resource.title, path: resource.uiPath }, { title: t(action) }],
        pageTitle: `${resource.title} - ${t(action)}`,
      };
    }
  }
}
