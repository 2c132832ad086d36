export * from './access.ts';
export * from './api-token.ts';
export * from './auth.ts';
export * from './common.ts';
export * from './invitation.ts';
export * from './member.ts';
export * from './message.ts';
export * from './tenant.ts';
