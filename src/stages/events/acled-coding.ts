// ACLED's derived columns: inter codes from actor categories, the interaction, civilian targeting.
import { ACLED_ACTOR_CATEGORIES, type ActorRef } from '../../article/records.ts';

/** ACLED inter code of an actor (1 state forces … 8 external/other forces), null without a category. */
export function interCode(actor: ActorRef | null): number | null {
  if (!actor?.category) return null;
  return ACLED_ACTOR_CATEGORIES.indexOf(actor.category) + 1;
}

export interface AcledInteraction {
  readonly inter1: number | null;
  readonly inter2: number | null;
  /** Two digits, lower code first ("17"); a sole actor pairs with 0 ("60"). */
  readonly interaction: string | null;
  readonly civilianTargeting: boolean;
}

/**
 * ACLED's interaction coding from the two actors: inter1 and inter2, the interaction code (ACLED
 * writes the lower inter code first, and a sole actor with 0), and civilian targeting (civilians are
 * the target: actor2 is a civilian actor).
 */
export function acledInteraction(actor1: ActorRef | null, actor2: ActorRef | null): AcledInteraction {
  const inter1 = interCode(actor1);
  const inter2 = interCode(actor2);
  let interaction: string | null = null;
  if (inter1 !== null && inter2 !== null) interaction = `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}`;
  else if (inter1 !== null || inter2 !== null) interaction = `${inter1 ?? inter2}0`;
  return { inter1, inter2, interaction, civilianTargeting: actor2?.category === 'civilians' };
}
