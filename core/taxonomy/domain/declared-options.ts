import { optionColor, optionSetKey, optionValue } from '@tessera/schemas/option-set';

export interface LocalizedLabel {
  readonly 'zh-CN': string;
  readonly 'en-US': string;
}

/** An option as a module's manifest declares it, its sub-options nested. */
export interface DeclaredOption {
  readonly value: string;
  readonly label: LocalizedLabel;
  readonly color?: string;
  readonly children?: readonly DeclaredOption[];
}

/** A set a module's manifest declares (`optionSets`); its key starts with `<module>.`. */
export interface DeclaredOptionSet {
  readonly key: string;
  readonly name: LocalizedLabel;
  readonly options: readonly DeclaredOption[];
}

export interface FlatDeclaredOption {
  readonly value: string;
  readonly parentValue: string | null;
  readonly label: LocalizedLabel;
  readonly color: string | null;
  readonly sortOrder: number;
}

/** The declared tree as rows, parents first, siblings numbered in their declared order. */
export function flattenDeclaredOptions(options: readonly DeclaredOption[], parentValue: string | null = null): FlatDeclaredOption[] {
  return options.flatMap((option, index) => [
    { value: option.value, parentValue, label: option.label, color: option.color?.toLowerCase() ?? null, sortOrder: index },
    ...flattenDeclaredOptions(option.children ?? [], option.value),
  ]);
}

const keyPattern = new RegExp(optionSetKey.pattern);
const valuePattern = new RegExp(optionValue.pattern, 'u');
const colorPattern = new RegExp(optionColor.pattern);
const maxDeclaredOptions = 500;

function optionProblems(options: readonly DeclaredOption[], path: string, seen: Set<string>): string[] {
  return options.flatMap((option, index) => {
    const at = `${path}/${index}`;
    const problems: string[] = [];
    if (typeof option.value !== 'string' || option.value.length > optionValue.maxLength || !valuePattern.test(option.value)) {
      problems.push(`${at}/value: not a usable option value`);
    } else if (seen.has(option.value)) {
      problems.push(`${at}/value: "${option.value}" is declared twice in the set`);
    } else {
      seen.add(option.value);
    }
    if (option.color !== undefined && !colorPattern.test(option.color)) problems.push(`${at}/color: must be #rrggbb`);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const text = option.label?.[locale];
      if (typeof text !== 'string' || text.trim() === '' || text.length > 100) problems.push(`${at}/label/${locale}: 1–100 characters`);
    }
    return [...problems, ...optionProblems(option.children ?? [], `${at}/children`, seen)];
  });
}

/**
 * What is wrong with a module's declared option sets, as `path: message` lines: keys must be
 * `<module>.<name>` and unique, values unique within their set and well formed, colors `#rrggbb`.
 */
export function declaredOptionSetProblems(plugin: string, sets: readonly DeclaredOptionSet[]): string[] {
  const keys = new Set<string>();
  return sets.flatMap((set, index) => {
    const at = `/optionSets/${index}`;
    const problems: string[] = [];
    if (!set.key.startsWith(`${plugin}.`) || set.key.length > optionSetKey.maxLength || !keyPattern.test(set.key)) {
      problems.push(`${at}/key: a declared option set's key is "${plugin}.<name>" (lower case, at most ${optionSetKey.maxLength} characters)`);
    } else if (keys.has(set.key)) {
      problems.push(`${at}/key: "${set.key}" is declared twice`);
    }
    keys.add(set.key);
    const seen = new Set<string>();
    problems.push(...optionProblems(set.options, `${at}/options`, seen));
    if (seen.size > maxDeclaredOptions) problems.push(`${at}/options: at most ${maxDeclaredOptions} options`);
    return problems;
  });
}
