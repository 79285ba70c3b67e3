// Query parameter objects that refuse unknown names (with a suggestion), and zod issues as one-line messages.
import { z } from '@hono/zod-openapi';
import { closestMatch } from '../util/closest-match.ts';

/** Why `names` are not parameters of a schema whose parameters are `known`. */
export function unknownParameterMessage(names: readonly string[], known: readonly string[]): string {
  return names.map((name) => {
    const guess = closestMatch(name, known);
    return `unknown parameter "${name}"${guess ? `; did you mean "${guess}"?` : ''}`;
  }).join('; ') + (known.length ? ` (known: ${known.join(', ')})` : ' (this route takes no parameters)');
}

/** A query object over `shape` that answers unknown parameter names with a validation error. */
export function strictParams<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownParameterMessage(issue.keys, known) : undefined),
  });
}

/** One line per problem, e.g. "since: must be a YYYY-MM-DD date", for error messages. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
