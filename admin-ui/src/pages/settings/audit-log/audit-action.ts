/** Audit actions the UI names; others (from plugins) are shown by their code. */
export const knownAuditActions = [
  'role.create',
  'role.update',
  'role.delete',
  'member.update',
  'member.remove',
  'department.create',
  'department.update',
  'department.delete',
  'access.denied',
  'api-token.create',
  'api-token.revoke',
  'invitation.create',
  'invitation.revoke',
  'tenant.update',
];

/** An audit action as people read it, e.g. `role.update` → 修改角色. */
export function auditActionLabel(action: string, t: (key: string) => string): string {
  return knownAuditActions.includes(action) ? t(`settings.audit-log.action.${action}`) : action;
}
