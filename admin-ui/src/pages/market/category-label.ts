import type { MessageVars } from '../../i18n/translate.ts';

/** A listing's category in the reader's language (the 模块 page's words); an unknown one as it is. */
export function categoryLabel(t: (key: string, vars?: MessageVars) => string, category: string | null): string | undefined {
  if (!category) return undefined;
  const key = `settings.modules.category.${category}`;
  const label = t(key);
  return label === key ? category : label;
}
