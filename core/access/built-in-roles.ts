import type { AccessRule } from '@tessera/schemas/access';

export const builtInRoleKeys = ['owner', 'admin', 'member'] as const;
export type BuiltInRoleKey = (typeof builtInRoleKeys)[number];
export const ownerRoleKey = 'owner';

/**
 * The rules a new company's built-in roles start with. Owners and admins manage everything (only owners
 * hand out or take away the owner role); members read the company profile, members, departments and
 * their own messages, read forms, submit them (uploading files for them) and read their own submissions and any file of the company, and run reports and dashboards (which total only what they may read). `owner` cannot be edited; `admin` and `member` can, within the editor's rights.
 */
export const builtInRoleRules: Record<BuiltInRoleKey, AccessRule[]> = {
  owner: [{ action: 'manage', subject: 'all' }],
  admin: [{ action: 'manage', subject: 'all' }],
  member: [
    { action: 'read', subject: 'Tenant' },
    { action: 'read', subject: 'Member' },
    { action: 'read', subject: 'Department' },
    { action: 'read', subject: 'Message' },
    { action: 'read', subject: 'OptionSet' },
    { action: 'read', subject: 'Form' },
    { action: 'create', subject: 'FormSubmission' },
    { action: 'create', subject: 'File' },
    { action: 'read', subject: 'File' },
    { action: 'read', subject: 'FormSubmission', conditions: { submitterId: '${user.id}' } },
    { action: 'read', subject: 'Report' },
    { action: 'read', subject: 'Dashboard' },
  ],
};

export const builtInRoleNames: Record<BuiltInRoleKey, string> = { owner: 'Owner', admin: 'Admin', member: 'Member' };
