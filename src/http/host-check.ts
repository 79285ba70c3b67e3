// The Host-header check against DNS rebinding: a request must name the server by a name it was started for.
import ipaddr from 'ipaddr.js';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './error-handler.ts';

/** True when `address` (a literal IPv4 or IPv6 address) is a loopback address, IPv4-mapped forms included. */
export function isLoopbackAddress(address: string): boolean {
  const literal = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(literal)) return false;
  return ipaddr.process(literal).range() === 'loopback';
}

/** True for the wildcard addresses (0.0.0.0, ::) a server listens on to take every interface. */
export function isWildcardAddress(address: string): boolean {
  const literal = address.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(literal) && ipaddr.process(literal).range() === 'unspecified';
}

/** The host part of a Host header or URL authority, lower-case, IPv6 in brackets: "[::1]:8080" → "[::1]". */
export function hostPart(authority: string): string {
  const host = authority.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.replace(/:\d*$/, '').replace(/\.$/, '');
}

function asHostName(nameOrAddress: string): string {
  const bare = nameOrAddress.toLowerCase().replace(/^\[|\]$/g, '');
  return ipaddr.IPv6.isValid(bare) ? `[${ipaddr.IPv6.parse(bare).toString()}]` : bare.replace(/\.$/, '');
}

/**
 * The Host names a server accepts: the --host it was started with, the address it is bound to, and
 * `extra` (the server-names setting); on loopback also localhost, 127.0.0.1 and [::1]. Null (any
 * name) for a wildcard bind without extra names: reads there need the token anyway.
 */
export function acceptedHostNames(given: string, bound: string, extra: readonly string[] = []): ReadonlySet<string> | null {
  if (isWildcardAddress(bound) && extra.length === 0) return null;
  const names = [given, bound, ...extra];
  if (isLoopbackAddress(bound)) names.push('localhost', '127.0.0.1', '::1');
  return new Set(names.filter((n) => n && !isWildcardAddress(n)).map(asHostName));
}

/**
 * Middleware refusing (421, invalid_request) a request whose Host header, or the host of its
 * absolute request target, is missing or not among `accepted`. A DNS-rebinding page sends its own
 * name ("attacker.example:8080") and is refused before any route runs. `accepted` null: no check.
 */
export function hostHeaderCheck(accepted: ReadonlySet<string> | null): MiddlewareHandler {
  return async (c, next) => {
    if (accepted) {
      const header = c.req.header('host');
      const targetHost = hostPart(new URL(c.req.url).host);
      const named = header === undefined ? null : asHostName(hostPart(header));
      if (named === null || !accepted.has(named) || !accepted.has(asHostName(targetHost))) {
        const shown = (header ?? '(none)').slice(0, 100);
        return c.json(errorBody('invalid_request', `this server does not answer to the Host ${JSON.stringify(shown)}; it answers to ${[...accepted].join(', ')} (add names with SITREP_SERVER_NAMES)`), 421);
      }
    }
    await next();
  };
}
