// Conflicting estimates: two claims on one subject and unit, dated within 31 days, whose low–high ranges do not overlap.

export interface Estimate {
  id: string;
  subject: string;
  unit: string | null;
  date: string | null;
  low: number | null;
  high: number | null;
  best: number | null;
}

const WINDOW_MS = 31 * 86_400_000;

function range(e: Estimate): [number, number] | null {
  const low = e.low ?? e.best ?? e.high;
  const high = e.high ?? e.best ?? e.low;
  return low === null || high === null ? null : [Math.min(low, high), Math.max(low, high)];
}

/**
 * For each claim id, the ids of the claims it conflicts with (absent when none). Undated claims and
 * claims without a figure never conflict: there is nothing to compare. The API returns no such field,
 * so the UI computes it; quadratic per subject and unit, which is fine for the hundreds a subject holds.
 */
export function conflictingEstimates(claims: readonly Estimate[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const usable = claims.flatMap((c) => {
    const r = range(c);
    const t = c.date ? Date.parse(c.date) : NaN;
    return r && !Number.isNaN(t) ? [{ c, r, t }] : [];
  });
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i]!;
      const b = usable[j]!;
      if (a.c.subject !== b.c.subject || (a.c.unit ?? '') !== (b.c.unit ?? '')) continue;
      if (Math.abs(a.t - b.t) > WINDOW_MS) continue;
      if (a.r[1] >= b.r[0] && b.r[1] >= a.r[0]) continue; // the ranges overlap
      out.set(a.c.id, [...(out.get(a.c.id) ?? []), b.c.id]);
      out.set(b.c.id, [...(out.get(b.c.id) ?? []), a.c.id]);
    }
  }
  return out;
}
