import type { UserView } from '@tessera/schemas/auth';
import type { User } from '../entities/user.ts';

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email ?? null,
    mobile: user.mobile ?? null,
    displayName: user.displayName,
    locale: user.locale === 'en-US' ? 'en-US' : 'zh-CN',
  };
}
