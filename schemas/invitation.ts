import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { roleKey } from './access.ts';
import { displayName, email, pageOf, pageQueryProperties, password, timestamp, uuid } from './common.ts';

export const invitationCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'role'],
  properties: { email, role: roleKey },
} as const satisfies JSONSchema;
export type InvitationCreate = FromSchema<typeof invitationCreate>;

const invitationViewProperties = {
  id: uuid,
  email: { type: 'string' },
  role: roleKey,
  status: { type: 'string', enum: ['pending', 'accepted', 'revoked', 'expired'] },
  expiresAt: timestamp,
  createdAt: timestamp,
} as const;

export const invitationView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'email', 'role', 'status', 'expiresAt', 'createdAt'],
  properties: invitationViewProperties,
} as const satisfies JSONSchema;
export type InvitationView = FromSchema<typeof invitationView>;

/** The creation answer: the only time the token is shown. */
export const invitationIssued = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'email', 'role', 'status', 'expiresAt', 'createdAt', 'token', 'acceptPath'],
  properties: { ...invitationViewProperties, token: { type: 'string' }, acceptPath: { type: 'string' } },
} as const satisfies JSONSchema;
export type InvitationIssued = FromSchema<typeof invitationIssued>;

export const invitationListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    sort: { type: 'string', enum: ['createdAt', '-createdAt'], default: '-createdAt' },
  },
} as const satisfies JSONSchema;
export type InvitationListQuery = FromSchema<typeof invitationListQuery>;
export const invitationPage = pageOf(invitationView);

export const invitationTokenParams = {
  type: 'object',
  additionalProperties: false,
  required: ['token'],
  properties: { token: { type: 'string', minLength: 10, maxLength: 200 } },
} as const satisfies JSONSchema;
export type InvitationTokenParams = FromSchema<typeof invitationTokenParams>;

export const invitationPreview = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantName', 'email', 'role', 'roleName', 'expiresAt', 'hasAccount'],
  properties: {
    tenantName: { type: 'string' },
    email: { type: 'string' },
    role: roleKey,
    /** The role's name in the reader's language (built-in) or as the company named it (custom). */
    roleName: { type: 'string' },
    expiresAt: timestamp,
    hasAccount: { type: 'boolean' },
  },
} as const satisfies JSONSchema;
export type InvitationPreview = FromSchema<typeof invitationPreview>;

export const invitationAccept = {
  type: 'object',
  additionalProperties: false,
  required: ['token', 'password'],
  properties: {
    token: { type: 'string', minLength: 10, maxLength: 200 },
    password,
    displayName,
  },
} as const satisfies JSONSchema;
export type InvitationAccept = FromSchema<typeof invitationAccept>;
