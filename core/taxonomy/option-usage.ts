import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '../access/subject-registry.ts';
import type { Locale } from '../i18n/translate.ts';

/** A counter's work happens in the request's transaction, bound to the company. */
export interface OptionUsageContext {
  readonly em: EntityManager;
  readonly tenantId: string;
}

/**
 * Something that stores option values or refers to option sets, and can count how much: form
 * submissions, custom field values, form schemas naming a set with `x-options`. Registered once per
 * process (see option-usage-counters.ts); asked before an option or a set is deleted.
 */
export interface OptionUsageCounter {
  /** Stable and unique, e.g. `forms.submissions`. */
  readonly key: string;
  /** What it counts, for the refusal message: `{ 'zh-CN': '表单提交记录', 'en-US': 'form submissions' }`. */
  readonly title: LocalizedText;
  /** Records holding any of `values` (an option and its sub-options) of the set `setKey`. */
  countValues(ctx: OptionUsageContext, setKey: string, values: readonly string[]): Promise<number>;
  /** Records or definitions that refer to the set `setKey` at all (a schema naming it, a stored value). */
  countSet(ctx: OptionUsageContext, setKey: string): Promise<number>;
}

export interface OptionUsage {
  readonly count: number;
  /** The counters that found something, with their count, e.g. `表单提交记录 3`. */
  readonly parts: readonly { readonly key: string; readonly title: LocalizedText; readonly count: number }[];
}

export class OptionUsageCounterConflictError extends Error {
  override name = 'OptionUsageCounterConflictError';
}

/** The counters a running app asks; `app.optionUsage`. */
export class OptionUsageRegistry {
  readonly #counters = new Map<string, OptionUsageCounter>();

  constructor(counters: readonly OptionUsageCounter[] = []) {
    for (const counter of counters) this.register(counter);
  }

  /** Adds a counter; the returned function takes it out again (tests). */
  register(counter: OptionUsageCounter): () => void {
    if (this.#counters.has(counter.key)) throw new OptionUsageCounterConflictError(`option usage counter ${counter.key} is registered twice`);
    this.#counters.set(counter.key, counter);
    return () => {
      if (this.#counters.get(counter.key) === counter) this.#counters.delete(counter.key);
    };
  }

  /** How many records hold any of `values` of the set. */
  valueUsage(ctx: OptionUsageContext, setKey: string, values: readonly string[]): Promise<OptionUsage> {
    return this.#sum((counter) => counter.countValues(ctx, setKey, values));
  }

  /** How many records and definitions refer to the set. */
  setUsage(ctx: OptionUsageContext, setKey: string): Promise<OptionUsage> {
    return this.#sum((counter) => counter.countSet(ctx, setKey));
  }

  async #sum(count: (counter: OptionUsageCounter) => Promise<number>): Promise<OptionUsage> {
    const parts = [];
    // one after another: they share the request's connection
    for (const counter of this.#counters.values()) {
      const n = await count(counter);
      if (n > 0) parts.push({ key: counter.key, title: counter.title, count: n });
    }
    return { count: parts.reduce((sum, part) => sum + part.count, 0), parts };
  }
}

/** `表单提交记录 3、自定义字段 1` / `form submissions 3, custom fields 1`. */
export function describeUsage(usage: OptionUsage, locale: Locale): string {
  return usage.parts.map((part) => `${part.title[locale]} ${part.count}`).join(locale === 'zh-CN' ? '、' : ', ');
}
