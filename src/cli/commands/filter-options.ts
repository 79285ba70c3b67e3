// Event filter flags for `events` and `export`: the API's query parameters under the same names (--event-type or --event_type).
import { usageError } from '../../errors/catalogue.ts';
import { describeIssues, eventFilterShape, eventListParams, eventQueryFromParams, INCLUDE_FLAGGED } from '../../services/event-filter.ts';
import type { EventQuery } from '../../storage/store.ts';
import { stringOption, type OptionSpec, type ParsedArgs } from '../command.ts';

const flagOf = (param: string) => param.replace(/_/g, '-');

/** The filter flags: one per API parameter; the include_flagged switch takes no value. */
export function filterOptions(extra: readonly string[] = []): OptionSpec {
  const options: OptionSpec = {};
  for (const param of [...Object.keys(eventFilterShape), ...extra]) options[flagOf(param)] = { type: param === INCLUDE_FLAGGED ? 'boolean' : 'string' };
  return options;
}

/** Help lines listing the filter flags. */
export const FILTER_USAGE = [
  '  filters (the API\'s parameters, same names; values any case):',
  '    --since DAY --until DAY --country NAME --admin1 NAME --near LAT,LON,KM --actor ID|NAME',
  '    --type TYPE (event or sub-event type) --event-type TYPE --sub-event-type SUBTYPE',
  '    --min-fatalities N --flags negated,hypothetical,historical --q TEXT --updated-since ISO-TIME',
  '    --article-id ID',
  '  --include-flagged  also list negated, hypothetical and historical events (left out by default)',
].join('\n');

/**
 * The store query for the filter flags in `args` (and `extra` page parameters such as sort), validated by
 * the API's schema; a bad value is a usage error naming the flag.
 */
export function eventQueryFromArgs(args: ParsedArgs, extra: readonly string[] = []): EventQuery {
  const params: Record<string, string> = {};
  for (const param of [...Object.keys(eventFilterShape), ...extra]) {
    const value = param === INCLUDE_FLAGGED ? (args.values[flagOf(param)] ? 'true' : undefined) : stringOption(args, flagOf(param));
    if (value !== undefined) params[param] = value;
  }
  const parsed = eventListParams.safeParse(params);
  if (!parsed.success) throw usageError(describeIssues(parsed.error).replace(/(^|; )(\w+):/g, (_, sep: string, p: string) => `${sep}--${flagOf(p)}:`));
  return eventQueryFromParams(parsed.data);
}
