// Statements that are not one event: aggregates over a span of time, habits, campaigns, launches, accusations and analysis.
import { compileCue, occurs } from './typing/cue-syntax.ts';

/** Time expressions that cover a span rather than a point: what they frame is a tally or a trend. */
export const SPAN_TIME = compileCue(
  'in recent (days|weeks|months|years)|in the (past|last|coming) (few |several |two |three |\\d+ )?(days|weeks|months|years)|' +
    'over the (past|last) ~ (days?|weeks?|months?|years?|decades?)|(so far|earlier) this year|this year|last year|since \\d{4}|' +
    'since (its|the) (start|beginning|rise|fall|defeat|collapse|inception|founding)|since (then|the start of)|' +
    '(years?|months?|decades?)[- ]long|for (years|decades|months|weeks|several (days|weeks|months))|' +
    'in the first (\\w+ )?(days|weeks|months|half) of|throughout|in (the )?(past|recent) years|at (its|the) (height|peak)',
);
/** Words that make a statement habitual or iterative. */
const HABIT = compileCue(
  'every (day|week|month|night|year)|each (day|week|month)|daily|weekly|nightly|regularly|routinely|frequently|often|' +
    'sporadic(ally)?|repeatedly|periodically|occasional(ly)?|increasingly|on a daily basis|almost daily|' +
    'still (carry|carries|launch|launches|mount|mounts|conduct|conducts|stage|stages)|continues? to|continued to|keep(s)? (on )?',
);
/** A count of attacks (not of people): "43 terrorist acts", "numerous attacks", "a wave of bombings". */
const EVENT_TALLY = compileCue(
  '(\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of|numerous|many|multiple|several|' +
    'repeated|a (series|wave|spate|string|number) of|frequent) (\\w+ )?(\\w+ )?(attacks|bombings|operations|acts|incidents|assaults|ambushes|explosions|killings|kidnappings|abductions)',
);
/** Campaigns and insurgencies are contexts, not events. */
const CAMPAIGN = compileCue(
  '(bombing|military|air|insurgent|terror|terrorist|counter-?terrorism|counter-?insurgency|kidnapping|assassination) campaign|' +
    'campaign of|insurgency|its campaign|a campaign|the campaign|war on|fight against|battle against|years of (war|fighting|conflict)',
);
/** Launching or announcing an operation reports a plan, not what it did. */
const LAUNCH = compileCue(
  '(launch|launched|launches|launching|announce[ds]?|announcing|began|begin|begins|start(ed|s)?|kick(ed)? off) (a |an |the |its |their )?(\\w+ ){0,3}(campaign|operation|offensive|drive|push)',
);
/** Preparing for an operation is a plan; a report's findings are a statement. */
const PLAN = compileCue('in preparation for|preparations for|(ahead|in advance) of (a|an|the) (planned |expected |imminent )?(attack|offensive|assault|operation)|poised to|gearing up');
const REPORT_FINDING = /\b(?:report|study|survey|assessment|analysis|estimate|investigation)s?\b[^.;]{0,60}?\b(?:found|finds|showed|shows|estimated|estimates|concluded|concludes|suggested|suggests|documented|documents)\b/i;
/** Accusations and denials report a claim about events, not an event. */
const ACCUSATION = compileCue('accus(e|es|ed|ing) ~ of|blam(e|es|ed|ing) ~ for|alleg(e|es|ed|ing) that|deni(ed|es) (that|any|responsibility)');
/** Progressive aspect ("are slipping across", "are carrying out"): what is going on, not an event that happened. */
const PROGRESSIVE = /\b(?:is|are|am|was being|were being|has been|have been|had been)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?(?!being\b|going to\b)\w+ing\b/i;
/** Plural event nouns: a month-long tally when only a month dates them ("protests in January"). */
const PLURAL_EVENTS = /\b(?:protests|demonstrations|attacks|clashes|bombings|strikes|airstrikes|raids|killings|kidnappings|abductions|assassinations|ambushes|operations|incidents)\b/i;
/** Perfect aspect ("have been ambushed", "has witnessed") with nothing dating it: a trend unless a count pins it down. */
const PERFECT = /\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ed|seen|witnessed|suffered|borne|taken|fought|grown)\b/i;
/** "said that planes had bombed …": the past perfect of reported speech is a past event shifted back, not a trend. */
const BACKSHIFT = /\b(?:said|told|reported|added|stated|confirmed|claimed|alleged)\b[^.;]{0,80}?\bthat\s+[^.;]{0,80}?\bhad\s+(?!been\b)/i;
/** A time of day: "at around 3 am", "at about 13.00", "at 9:30 pm". */
const CLOCK_TIME = /\b(?:at|around|about)\s+(?:around\s+|about\s+)?\d{1,2}(?:[.:]\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\b\.?)/i;
/** A circumstance phrase ("amid a spate of attacks", up to the next comma): the setting of what the clause reports. */
const CIRCUMSTANCE = /\bamid(?:st)?\b[^,;]*/gi;
const COUNT = /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|scores|hundreds|several)\b/i;

/** Attacks in the plural as what someone carries out, with no date: "sleeper cells have carried out attacks". */
const UNDATED_ATTACKS = compileCue('(carried|carry|carries|carrying) out (\\w+ )?(attacks|bombings|assaults|ambushes|killings|kidnappings|assassinations|abductions)|(launched|launches|conducted|conducts|staged|stages|mounted|mounts) (\\w+ )?(attacks|bombings|assaults|ambushes)');

export type GenericReason = 'span' | 'habit' | 'tally' | 'campaign' | 'launch' | 'plan' | 'report' | 'accusation' | 'trend' | 'quote';

/** What a mention's date says, for genericReason: a day or week, only a month, or nothing of its own. */
export type DateGrain = 'day' | 'month' | 'none';

/**
 * Why a clause states something other than one event, or null when it may report one. `clause` is
 * the mention's clause, `sentence` the whole sentence, `grain` how finely the text dates it, `quoted`
 * whether the clause is inside quotation marks. Spans of time and tallies of attacks make aggregates ("139 killed since
 * February", "43 terrorist acts"); habits ("bombs every week") and campaigns are generic; launching
 * an operation is a plan; accusations are claims; an undated perfect with no count ("have been
 * ambushed … by the militants") is a trend, an undated progressive ("are slipping across") a
 * state of affairs; plural events dated only by a month are a tally; undated quotes are statements.
 */
export function genericReason(fullClause: string, sentence: string, grain: DateGrain, quoted = false): GenericReason | null {
  // "at around 3 am": a time of day pins the clause to one occurrence.
  const dated = grain !== 'none' || CLOCK_TIME.test(fullClause);
  // "… killed eight civilians, amid a war of words over a spate of recent attacks": the circumstance is not the event.
  const clause = fullClause.replace(CIRCUMSTANCE, ' ');
  if (occurs(HABIT, clause)) return 'habit';
  if (occurs(EVENT_TALLY, clause)) return 'tally';
  if (occurs(CAMPAIGN, clause) && !COUNT.test(clause)) return 'campaign';
  if (occurs(SPAN_TIME, clause) && !dated) return 'span';
  if (occurs(LAUNCH, clause)) return 'launch';
  if (occurs(PLAN, clause)) return 'plan';
  if (REPORT_FINDING.test(clause)) return 'report';
  if (occurs(ACCUSATION, sentence)) return 'accusation';
  if (!dated && PERFECT.test(clause) && !COUNT.test(clause) && !BACKSHIFT.test(clause)) return 'trend';
  if (!dated && occurs(UNDATED_ATTACKS, clause)) return 'tally';
  if (!dated && (PROGRESSIVE.test(clause) || (/^\W*(?:and|or|while)\s+\w+ing\b/i.test(clause) && PROGRESSIVE.test(sentence)))) return 'habit';
  if (grain === 'month' && PLURAL_EVENTS.test(clause)) return 'span';
  if (!dated && quoted) return 'quote';
  return null;
}
