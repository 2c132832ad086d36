import type { MemberAccessUpdate, MemberView } from '../../api/users-api.ts';

export interface MemberAccessValues {
  roles: string[];
  departmentIds: string[];
  attributes: Record<string, string[]>;
}

export function toMemberAccessValues(member: MemberView, attributeKeys: readonly string[]): MemberAccessValues {
  return {
    roles: member.roles,
    departmentIds: member.departments.map((department) => department.id),
    attributes: Object.fromEntries(attributeKeys.map((key) => [key, member.attributes[key] ?? []])),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/**
 * Only what changed goes into the PATCH. Attributes are sent whole when any changed: the server replaces
 * the member's attributes with the object it gets, so the ones not shown here are sent back as they were.
 */
export function memberAccessChanges(
  member: MemberView,
  values: MemberAccessValues,
  attributeKeys: readonly string[],
): MemberAccessUpdate {
  const before = toMemberAccessValues(member, attributeKeys);
  const changes: MemberAccessUpdate = {};
  if (!sameSet(values.roles, before.roles)) changes.roles = values.roles;
  if (!sameSet(values.departmentIds, before.departmentIds)) changes.departmentIds = values.departmentIds;
  const attributes = values.attributes ?? {};
  const isAttributeChanged = attributeKeys.some((key) => !sameSet(attributes[key] ?? [], before.attributes[key] ?? []));
  if (isAttributeChanged) {
    const cleaned = Object.fromEntries(
      attributeKeys.map((key) => [key, (attributes[key] ?? []).map((value) => value.trim()).filter(Boolean)]),
    );
    changes.attributes = { ...member.attributes, ...cleaned };
  }
  return changes;
}
