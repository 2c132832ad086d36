import type { ResourceAction } from './resource-definition.ts';

/** Whether a record action is offered for the record: each field in `when` has one of its listed values. */
export function actionApplies(action: Pick<ResourceAction, 'when'>, record: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(action.when ?? {}).every(([field, values]) => values.includes(record[field]));
}
