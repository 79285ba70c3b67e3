// `sitrep claims`: list stored claims as a table, JSON Lines (--json), or grouped by subject (--by-subject).
import { usageError } from '../../errors/catalogue.ts';
import { claimToJSON, listClaims } from '../../services/claims-service.ts';
import { claimTimelines } from '../../incidents/claim-timeline.ts';
import type { StoredClaim } from '../../storage/store.ts';
import { stringOption, type Command } from '../command.ts';
import { openExistingStore } from './db-option.ts';
import { formatTable } from './events-command.ts';

function range(c: { low: number | null; high: number | null }): string {
  if (c.low === null && c.high === null) return '';
  if (c.high === null) return `${c.low}+`;
  return c.low === c.high ? String(c.low) : `${c.low ?? '?'}-${c.high}`;
}

/** Who a claim is from, as a reader should see it: the named source, else the outlet stating it; denials marked. */
function sourceOf(c: StoredClaim): string {
  const who = c.attributedTo ?? (c.sourceKind === 'outlet' ? `(${c.outlet ?? 'the outlet'} itself)` : '(unattributed)');
  return c.denied ? `${who}; denied${c.deniedBy ? ` by ${c.deniedBy}` : ''}` : who;
}

function oneLine(text: string, n: number): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`;
}

export const claimsCommand: Command = {
  name: 'claims',
  summary: 'List stored claims (table, JSON Lines with --json, grouped with --by-subject)',
  usage: 'sitrep claims [--json] [--by-subject] [--subject TEXT] [--limit N] [--db PATH]',
  options: { json: { type: 'boolean' }, 'by-subject': { type: 'boolean' }, subject: { type: 'string' }, limit: { type: 'string' } },
  allowPositionals: false,
  async run(args, io) {
    const limitText = stringOption(args, 'limit');
    const limit = limitText === undefined ? Infinity : Number(limitText);
    if (!(limit > 0)) throw usageError(`--limit must be a positive number, got "${limitText}"`);
    const subject = stringOption(args, 'subject')?.toLowerCase();
    const store = await openExistingStore(args, io);
    try {
      const claims: StoredClaim[] = [];
      for await (const c of listClaims(store)) {
        if (subject && !c.subject.toLowerCase().includes(subject)) continue;
        claims.push(c);
      }
      if (args.values['by-subject']) {
        const groups = claimTimelines(claims).slice(0, limit);
        if (args.values.json) {
          for (const g of groups) {
            const claimsJSON = g.entries.map((e) => ({ ...claimToJSON(e.claim), conflicts_with: e.conflictsWith }));
            io.stdout(`${JSON.stringify({ subject: g.subject, low: g.low, high: g.high, conflicts: g.conflicts, claims: claimsJSON })}\n`);
          }
        } else {
          for (const g of groups) {
            io.stdout(`${g.subject}  (${g.entries.length} claims${range(g) ? `, ${range(g)}` : ''}${g.conflicts ? `, ${g.conflicts} in conflict` : ''})\n`);
            for (const { claim: c, conflictsWith } of g.entries) {
              io.stdout(`  ${c.date ?? '?'}  ${range(c) || oneLine(c.text ?? '', 40)}  ${sourceOf(c)}  [${c.outlet ?? c.articleId}]${conflictsWith.length ? '  CONFLICTS' : ''}\n`);
            }
          }
          io.stdout(`${groups.length} subjects\n`);
        }
        return 0;
      }
      const shown = claims.slice(0, limit);
      if (args.values.json) {
        for (const c of shown) io.stdout(`${JSON.stringify(claimToJSON(c))}\n`);
      } else {
        io.stdout(formatTable(shown.map((c) => [c.date ?? '', oneLine(c.subject, 40), c.counted ?? '', range(c), oneLine(sourceOf(c), 30), oneLine(c.text ?? c.evidence[0]?.text ?? '', 50)]),
          ['date', 'subject', 'counted', 'range', 'source', 'statement']));
        io.stdout(`${shown.length} claims\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
