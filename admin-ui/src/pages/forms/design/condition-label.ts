import type { ConditionValue, DesignerModel, FieldCondition } from '../designer/designer-model.ts';
import { findField } from '../designer/designer-model.ts';
import type { OptionChoice } from '../render/expand-options.ts';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A condition's value as people read it: the option's label, 是/否, or the text itself. */
export function conditionValueLabel(value: ConditionValue, choices: readonly OptionChoice[] | undefined, t: Translate): string {
  if (typeof value === 'boolean') return t(value ? 'forms.value.yes' : 'forms.value.no');
  return choices?.find((choice) => choice.const === value)?.title ?? String(value);
}

/** 当「客户等级」为「重要客户」时显示 */
export function conditionLabel(
  condition: FieldCondition,
  model: DesignerModel,
  choices: ReadonlyMap<string, readonly OptionChoice[]>,
  t: Translate,
): string {
  const trigger = findField(model, condition.field);
  const set = trigger?.optionSet ? choices.get(trigger.optionSet) : undefined;
  return t('forms.condition.label', {
    field: trigger?.title ?? condition.field,
    value: conditionValueLabel(condition.equals, set, t),
  });
}
