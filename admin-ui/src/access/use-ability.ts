import { useSession } from '../session/use-session.ts';
import { type AppAbility, abilityOf } from './ability.ts';

/** The signed-in user's ability; `can(action, subject)` decides which buttons a page shows. */
export function useAbility(): AppAbility {
  return abilityOf(useSession());
}
