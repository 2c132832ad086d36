import type { ResourceRecord } from '../../api/resource-api.ts';
import type { ResourceView } from '../../api/ui-extensions-api.ts';

export type ResourceAction = ResourceView['actions'][number];

/**
 * Whether an action applies to the record now: every field its `when` names holds one of the listed
 * values (UI.md: only allowed transitions are shown). A field the user cannot read is absent, so the
 * action is not offered; the server decides in the end either way.
 */
export function isActionAvailable(action: Pick<ResourceAction, 'when'>, record: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(action.when).every(
    ([field, allowed]) => Object.hasOwn(record, field) && Array.isArray(allowed) && allowed.includes(record[field]),
  );
}

export function availableActions(actions: readonly ResourceAction[], record: ResourceRecord): ResourceAction[] {
  return actions.filter((action) => isActionAvailable(action, record));
}

/** Whether the record may be edited (the user may update, and it is in a state its resource allows). */
export function isEditable(resource: Pick<ResourceView, 'can' | 'editableWhen'>, record: Readonly<Record<string, unknown>>): boolean {
  return resource.can.update && isActionAvailable({ when: resource.editableWhen }, record);
}

export function isDeletable(resource: Pick<ResourceView, 'can' | 'deletableWhen'>, record: Readonly<Record<string, unknown>>): boolean {
  return resource.can.delete && isActionAvailable({ when: resource.deletableWhen }, record);
}
