import type { ApiTokenView } from '@tessera/schemas/api-token';
import type { ApiToken } from '../entities/api-token.ts';

export function toApiTokenView(token: ApiToken): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    role: token.role,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
