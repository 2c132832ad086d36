import { allFields, type DesignerField, type DesignerModel } from './designer-model.ts';
import { fieldKeyProblem } from './field-key.ts';
import { kindTraits } from './field-kinds.ts';

export type DesignProblem =
  | 'key-invalid'
  | 'key-taken'
  | 'title-missing'
  | 'option-set-missing'
  | 'record-resource-missing'
  | 'range-reversed'
  | 'length-reversed'
  | 'condition-invalid';

/** Fields a condition may watch: top-level, unconditional fields of a kind with one comparable value. */
export function triggerCandidates(model: DesignerModel, key: string): DesignerField[] {
  return model.fields.filter((field) => field.key !== key && !field.showWhen && kindTraits[field.kind].canTrigger);
}

function problemsOf(field: DesignerField, model: DesignerModel, keys: readonly string[], isTop: boolean): DesignProblem[] {
  const problems: DesignProblem[] = [];
  // the other fields' keys: every key but this field's own (once), so a key used twice is taken
  const others = [...keys];
  others.splice(keys.indexOf(field.key), 1);
  const keyProblem = fieldKeyProblem(field.key, others);
  if (keyProblem) problems.push(keyProblem === 'invalid' ? 'key-invalid' : 'key-taken');
  if (!field.title.trim()) problems.push('title-missing');
  if (kindTraits[field.kind].hasOptions && !field.optionSet) problems.push('option-set-missing');
  if (field.kind === 'record' && !field.recordResource) problems.push('record-resource-missing');
  if (field.minimum !== undefined && field.maximum !== undefined && field.minimum > field.maximum) problems.push('range-reversed');
  if (field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) problems.push('length-reversed');
  if (field.showWhen) {
    const trigger = triggerCandidates(model, field.key).find((candidate) => candidate.key === field.showWhen?.field);
    // an option field's condition names one of its options: none chosen yet is not a condition
    const hasNoOption = trigger?.optionSet !== undefined && field.showWhen.equals === '';
    if (!isTop || field.kind === 'section' || !trigger || hasNoOption) problems.push('condition-invalid');
  }
  return problems;
}

/**
 * What must be fixed before the form can be saved, by field key: keys that are malformed or used twice,
 * an option field without its option set, limits the wrong way round, a condition on a field that
 * cannot trigger it. The server checks the rest (patterns, for one) and its problems come back by key.
 */
export function modelProblems(model: DesignerModel): Map<string, DesignProblem[]> {
  const keys = allFields(model.fields).map((field) => field.key);
  const found = new Map<string, DesignProblem[]>();
  const check = (field: DesignerField, isTop: boolean) => {
    const problems = problemsOf(field, model, keys, isTop);
    if (problems.length > 0) found.set(field.key, [...(found.get(field.key) ?? []), ...problems]);
  };
  for (const field of model.fields) {
    check(field, true);
    for (const child of field.fields ?? []) check(child, false);
  }
  return found;
}
