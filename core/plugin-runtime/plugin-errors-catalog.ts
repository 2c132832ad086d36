import { addTranslations, supportedLocales } from '../i18n/translate.ts';
import { DomainError } from '../http/domain-error.ts';
import type { PluginDefinition } from './plugin-definition.ts';

/** Makes the served plugins' problem texts known to the translator (`errors.<code>.title|detail`). */
export function registerPluginErrorTexts(plugins: readonly PluginDefinition[]): void {
  for (const plugin of plugins) {
    for (const locale of supportedLocales) {
      const entries: Record<string, string> = {};
      for (const [code, text] of Object.entries(plugin.errors ?? {})) {
        entries[`errors.${code}.title`] = text.title[locale];
        entries[`errors.${code}.detail`] = text.detail[locale];
      }
      addTranslations(locale, entries);
    }
  }
}

/** Problems with a plugin's error declarations: every code is its own (`<plugin>-…`). */
export function pluginErrorProblems(plugin: PluginDefinition): string[] {
  return Object.keys(plugin.errors ?? {})
    .filter((code) => !new RegExp(`^${plugin.name}-[a-z0-9-]+$`).test(code))
    .map((code) => `/errors/${code}: a plugin's problem code starts with "${plugin.name}-"`);
}

/**
 * A problem class for a plugin's routes: `throw new NotEditable({ status: '已发布' })` answers
 * `status` with `application/problem+json`, its title and detail from the manifest's `errors[code]`.
 */
export function definePluginError<Vars extends Record<string, string | number> = Record<string, never>>(
  code: string,
  status: number,
) {
  return class PluginError extends DomainError<Vars> {
    static override readonly code = code;
    static override readonly status = status;
  };
}
