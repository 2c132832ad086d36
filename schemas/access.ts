import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';

/** A role's key: built-in `owner`, `admin`, `member`, or a tenant's own role. */
export const roleKey = { type: 'string', pattern: '^[a-z][a-z0-9_-]{1,39}$' } as const;
const subjectKey = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]{0,59}$' } as const;
const actionKey = { type: 'string', pattern: '^[a-z][a-zA-Z-]{0,39}$' } as const;
const fieldKey = { type: 'string', pattern: '^[a-z][a-zA-Z0-9]{0,59}$' } as const;
/** A field a rule may name: a subject's field, or a company's custom field as `custom.<key>`. */
const ruleFieldKey = { type: 'string', pattern: '^(custom\\.)?[a-z][a-zA-Z0-9]{0,59}$' } as const;

/**
 * One CASL rule as stored in a role. `conditions` is a MongoDB-style query over the subject's declared
 * fields (operators `$eq $ne $in $nin $gt $gte $lt $lte`), whose values may be the placeholders
 * `${user.id}`, `${user.departmentIds}`, `${user.departmentTreeIds}` or `${user.attributes.<key>}`.
 */
export const accessRule = {
  type: 'object',
  additionalProperties: false,
  required: ['action', 'subject'],
  properties: {
    action: actionKey,
    subject: subjectKey,
    conditions: { type: 'object', maxProperties: 20, additionalProperties: true },
    fields: { type: 'array', items: ruleFieldKey, minItems: 1, maxItems: 200, uniqueItems: true },
    inverted: { type: 'boolean' },
    reason: { type: 'string', maxLength: 200 },
  },
} as const satisfies JSONSchema;
export type AccessRule = FromSchema<typeof accessRule>;

const rules = { type: 'array', items: accessRule, maxItems: 500 } as const;
const roleName = { type: 'string', minLength: 1, maxLength: 60 } as const;
const roleDescription = { type: 'string', maxLength: 500 } as const;

export const roleView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'key', 'name', 'description', 'builtIn', 'editable', 'rules', 'memberCount', 'updatedAt'],
  properties: {
    id: uuid,
    key: roleKey,
    name: { type: 'string' },
    description: { type: 'string' },
    /** `owner`, `admin` and `member` cannot be deleted; `owner` cannot be edited either. */
    builtIn: { type: 'boolean' },
    /** Whether the caller may change this role (the owner role never; others within the caller's own rights). */
    editable: { type: 'boolean' },
    rules,
    memberCount: { type: 'integer' },
    updatedAt: timestamp,
  },
} as const satisfies JSONSchema;
export type RoleView = FromSchema<typeof roleView>;
export const rolePage = pageOf(roleView);

export const roleListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 100 },
    sort: { type: 'string', enum: ['name', '-name', 'updatedAt', '-updatedAt'], default: 'name' },
  },
} as const satisfies JSONSchema;
export type RoleListQuery = FromSchema<typeof roleListQuery>;

export const roleCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'name', 'rules'],
  properties: { key: roleKey, name: roleName, description: roleDescription, rules },
} as const satisfies JSONSchema;
export type RoleCreate = FromSchema<typeof roleCreate>;

export const roleUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name: roleName, description: roleDescription, rules },
} as const satisfies JSONSchema;
export type RoleUpdate = FromSchema<typeof roleUpdate>;

const localizedField = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'type'],
  properties: {
    key: ruleFieldKey,
    title: { type: 'string' },
    type: { type: 'string', enum: ['string', 'integer', 'money', 'boolean', 'uuid', 'date-time', 'uuid[]'] },
  },
} as const;

/** A ready-made data scope the role editor offers per cell; `conditions` is what it stores in the rule. */
const dataScopeView = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'conditions'],
  properties: {
    key: { type: 'string' },
    title: { type: 'string' },
    conditions: { type: ['object', 'null'], additionalProperties: true },
  },
} as const;

/** A subject as the role editor sees it: titles in the caller's language. */
export const subjectView = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'group', 'groupTitle', 'actions', 'fields', 'scopes', 'rowScoped', 'fieldScoped'],
  properties: {
    key: subjectKey,
    title: { type: 'string' },
    /** The module that declares it (`core` or a plugin's name), for grouping the matrix. */
    group: { type: 'string' },
    /** The module's name in the reader's language. */
    groupTitle: { type: 'string' },
    /** Whether rules on it may carry conditions (data scopes beyond «all»). */
    rowScoped: { type: 'boolean' },
    /** Whether rules on it may carry field lists. */
    fieldScoped: { type: 'boolean' },
    actions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title'],
        properties: { key: actionKey, title: { type: 'string' } },
      },
    },
    fields: { type: 'array', items: localizedField },
    scopes: { type: 'array', items: dataScopeView },
  },
} as const satisfies JSONSchema;
export type SubjectView = FromSchema<typeof subjectView>;

export const scopeAttributeView = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'group'],
  properties: { key: fieldKey, title: { type: 'string' }, group: { type: 'string' } },
} as const satisfies JSONSchema;

export const accessCatalog = {
  type: 'object',
  additionalProperties: false,
  required: ['subjects', 'attributes'],
  properties: {
    subjects: { type: 'array', items: subjectView },
    /** Scope attributes a member can carry (e.g. `regionIds` from the dealers plugin). */
    attributes: { type: 'array', items: scopeAttributeView },
  },
} as const satisfies JSONSchema;
export type AccessCatalog = FromSchema<typeof accessCatalog>;

/** What one user may do, for the "test as user" preview: one cell per subject × action. */
export const accessPreview = {
  type: 'object',
  additionalProperties: false,
  required: ['userId', 'roles', 'departmentIds', 'cells'],
  properties: {
    userId: uuid,
    roles: { type: 'array', items: roleKey },
    departmentIds: { type: 'array', items: uuid },
    cells: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['subject', 'action', 'access', 'conditions', 'deniedFields'],
        properties: {
          subject: subjectKey,
          action: actionKey,
          /** `all` rows, `some` (a data scope applies) or `none`. */
          access: { type: 'string', enum: ['all', 'some', 'none'] },
          /** The SQL-side condition as a query over the subject's fields, with the user's values filled in. */
          conditions: { type: ['object', 'null'], additionalProperties: true },
          /** Fields this user cannot use with this action on at least some rows. */
          deniedFields: { type: 'array', items: fieldKey },
        },
      },
    },
  },
} as const satisfies JSONSchema;
export type AccessPreview = FromSchema<typeof accessPreview>;

export const departmentView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'parentId', 'name', 'sortOrder', 'memberCount'],
  properties: {
    id: uuid,
    parentId: { type: ['string', 'null'], format: 'uuid' },
    name: { type: 'string' },
    sortOrder: { type: 'integer' },
    memberCount: { type: 'integer' },
  },
} as const satisfies JSONSchema;
export type DepartmentView = FromSchema<typeof departmentView>;

/** The whole tree as a flat list, parents before children, siblings by sort order then name. */
export const departmentList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: departmentView } },
} as const satisfies JSONSchema;
export type DepartmentList = FromSchema<typeof departmentList>;

const departmentName = { type: 'string', minLength: 1, maxLength: 60 } as const;
const sortOrder = { type: 'integer', minimum: 0, maximum: 100000 } as const;

export const departmentCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: departmentName, parentId: { type: ['string', 'null'], format: 'uuid' }, sortOrder },
} as const satisfies JSONSchema;
export type DepartmentCreate = FromSchema<typeof departmentCreate>;

export const departmentUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { name: departmentName, parentId: { type: ['string', 'null'], format: 'uuid' }, sortOrder },
} as const satisfies JSONSchema;
export type DepartmentUpdate = FromSchema<typeof departmentUpdate>;

/** Changing what a member holds: roles by key, departments by id, scope attributes by key. */
export const memberAccessUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    roles: { type: 'array', items: roleKey, maxItems: 20, uniqueItems: true },
    departmentIds: { type: 'array', items: uuid, maxItems: 50, uniqueItems: true },
    attributes: {
      type: 'object',
      maxProperties: 20,
      propertyNames: fieldKey,
      additionalProperties: { type: 'array', items: { type: 'string', maxLength: 100 }, maxItems: 500 },
    },
  },
} as const satisfies JSONSchema;
export type MemberAccessUpdate = FromSchema<typeof memberAccessUpdate>;

const auditChange = {
  type: 'object',
  additionalProperties: false,
  properties: { before: {}, after: {} },
} as const;

export const auditEntryView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'occurredAt', 'actor', 'ip', 'action', 'subject', 'recordId', 'outcome', 'changes', 'detail'],
  properties: {
    id: { type: 'string' },
    occurredAt: timestamp,
    actor: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'userId', 'displayName', 'tokenId'],
      properties: {
        kind: { type: 'string', enum: ['user', 'token', 'system'] },
        userId: { type: ['string', 'null'], format: 'uuid' },
        displayName: { type: ['string', 'null'] },
        tokenId: { type: ['string', 'null'], format: 'uuid' },
      },
    },
    ip: { type: ['string', 'null'] },
    /** e.g. `role.update`, `member.update`, `department.create`, `access.denied`. */
    action: { type: 'string' },
    subject: { type: 'string' },
    recordId: { type: ['string', 'null'] },
    outcome: { type: 'string', enum: ['ok', 'denied'] },
    changes: { type: 'object', additionalProperties: auditChange },
    detail: { type: ['object', 'null'], additionalProperties: true },
  },
} as const satisfies JSONSchema;
export type AuditEntryView = FromSchema<typeof auditEntryView>;
export const auditPage = pageOf(auditEntryView);

const auditFilterProperties = {
  actorId: uuid,
  action: { type: 'string', minLength: 1, maxLength: 60 },
  subject: subjectKey,
  recordId: { type: 'string', minLength: 1, maxLength: 100 },
  outcome: { type: 'string', enum: ['ok', 'denied'] },
  from: { type: 'string', format: 'date-time' },
  to: { type: 'string', format: 'date-time' },
} as const;

export const auditListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    ...auditFilterProperties,
    sort: { type: 'string', enum: ['occurredAt', '-occurredAt'], default: '-occurredAt' },
  },
} as const satisfies JSONSchema;
export type AuditListQuery = FromSchema<typeof auditListQuery>;

export const auditExportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...auditFilterProperties, format: { type: 'string', enum: ['csv'], default: 'csv' } },
} as const satisfies JSONSchema;
export type AuditExportQuery = FromSchema<typeof auditExportQuery>;
