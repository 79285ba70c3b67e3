// The claims stage: attributed statements — counts with subject, range and speaker, and claims of responsibility, victory or defeat.
import { withRecords } from '../../article/article.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { quantitativeClaims } from './quantitative-claims.ts';
import { qualitativeClaims } from './qualitative-claims.ts';

export const CLAIMS_VERSION = '0.3.0';

/**
 * Stage factory. Requires `sentences`; reads `quantities`, `sources`, `places`, `dates`, `actors`
 * and the article's events when present (without `sources` it falls back to cue patterns such as
 * "according to X"; without `quantities` it yields only qualitative claims). Assigns `claims`,
 * ordered by position; a teaser article gets none.
 */
export function claimsStage(): Stage {
  const producedBy = `claims@${CLAIMS_VERSION}`;
  return {
    id: 'claims',
    version: CLAIMS_VERSION,
    requires: ['sentences'],
    assigns: ['claims'],
    apply(article) {
      // A teaser is another story's blurb: its figures are that story's, told out of context.
      if (article.meta.role === 'teaser') return withRecords(article, { claims: [] });
      const claims = [...quantitativeClaims(article, producedBy), ...qualitativeClaims(article, producedBy)];
      claims.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
      return withRecords(article, { claims });
    },
  };
}
