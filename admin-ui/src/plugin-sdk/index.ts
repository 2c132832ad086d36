/**
 * The admin UI's SDK for plugin screens: the only admin-ui import path a plugin's `ui/` folder uses,
 * as `import { … } from '@tessera/admin-ui/plugin-sdk'` (never `admin-ui/src/…` internals, which change
 * without notice). A plugin's `ui/index.tsx` exports its screens, by the keys its manifest's `ui` names:
 *
 *   export const pages = { board: () => import('./board-page.tsx') } satisfies PluginComponents;
 *   export const widgets = { latest: () => import('./latest-widget.tsx') } satisfies PluginComponents;
 *   export const signInWidgets = {
 *     notices: () => import('./notices.tsx'),
 *   } satisfies PluginComponents<SignInWidgetProps>;
 *
 * Pages render inside the shell at `/m/<plugin>/<key>` (breadcrumbs, menu entry and module gate come from
 * the manifest); widgets render as workbench cards under their manifest title; sign-in widgets render
 * above the sign-in form of a known company (`{ tenant }`: its slug), before sign-in, and render nothing
 * when they have nothing to show.
 *
 * A resource's uiSchema (in the plugin's manifest) may also ask for the admin UI's own form widgets with
 * `'ui:widget'`: `department-select`, `role-select` and `member-select` (ids; one on a string field,
 * several on an array of strings) and `richtext` (an HTML string the server must still sanitize).
 * @module
 */
import { useCallback } from 'react';
import { useModuleOffCheck } from '../extensions/module-off.ts';
import { useShowProblem as useShowCoreProblem } from '../hooks/use-show-problem.tsx';
import { useI18n } from '../i18n/use-i18n.ts';

export { ApiError, type FieldProblem } from '../api/api-error.ts';
export { apiRequest, type QueryValue, type RequestOptions } from '../api/api-request.ts';
export type { ListQuery, ListResult } from '../api/list-result.ts';
export { useAbility } from '../access/use-ability.ts';
export { ListEmpty } from '../components/list-empty.tsx';
/**
 * A company's custom fields (自定义字段) in a plugin's own screens, as the generic screens show them:
 * `<CustomFieldValues plugin="announcements" resource="announcements" record={record} />` under a record
 * (`layout="inline"` in a list item), or `useCustomFields(plugin, resource)` with `<CustomFieldValue>` for
 * columns of the plugin's own tables. The record's `custom` comes from the plugin's route, cut there by
 * the SDK's `readableCustomValues` to the fields the reader's field rules let them read.
 */
export {
  type CustomFieldDefinition,
  type CustomFieldRecord,
  CustomFieldValue,
  CustomFieldValues,
  useCustomFields,
} from './custom-field-values.tsx';
export { PageTitle } from '../components/page-title.tsx';
export type {
  PluginComponentLoader,
  PluginComponents,
  PluginUiEntry,
  SignInWidgetProps,
} from '../extensions/plugin-ui-entry.ts';
export { fenToYuanText, formatFen, yuanTextToFen } from '../format/format-fen.ts';
export { formatDateTime } from '../format/format-date-time.ts';
export { useDateTime } from '../format/use-date-time.ts';
export { useI18n } from '../i18n/use-i18n.ts';
export type { Locale } from '../i18n/locale.ts';
export { YuanInput } from '../pages/resources/yuan-input.tsx';
export { useSession } from '../session/use-session.ts';

/** A text in both UI languages, as manifests and plugin locales give them. */
export interface LocalizedText {
  'zh-CN': string;
  'en-US': string;
}

/** Picks a `{ 'zh-CN', 'en-US' }` text in the user's language: `const say = useLocalized(); say(title)`. */
export function useLocalized(): (text: LocalizedText) => string {
  const { locale } = useI18n();
  return useCallback((text: LocalizedText) => text[locale], [locale]);
}

/**
 * Shows an API error the way core screens do (title and detail in a message). A 403 module-not-enabled
 * instead switches the page to "此模块未启用": the company turned the module off meanwhile.
 */
export function useShowProblem(): (error: unknown) => void {
  const showProblem = useShowCoreProblem();
  const checkModuleOff = useModuleOffCheck();
  return useCallback(
    (error: unknown) => {
      if (!checkModuleOff(error)) showProblem(error);
    },
    [checkModuleOff, showProblem],
  );
}
