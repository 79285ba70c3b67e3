// An undici dispatcher that checks every address it actually connects to against the address policy.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { type AddressPolicy, addressRefusal, hostIsAllowed } from './address-policy.ts';

/** Resolves a host name to its addresses; injectable so tests can simulate DNS (and rebinding). */
export type Resolver = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Raised (inside undici's connect) when a connection would reach a refused address. */
export class BlockedAddressError extends Error {
  readonly code = 'SITREP_BLOCKED_ADDRESS';
}

export interface SafeDispatcherOptions {
  readonly policy: AddressPolicy;
  readonly resolver?: Resolver;
  readonly connectTimeoutMs: number;
  readonly headersTimeoutMs: number;
  /** Longest silence allowed between two body chunks. */
  readonly bodyTimeoutMs: number;
}

/**
 * An undici Agent whose connector refuses, before any packet is sent, a connection whose address
 * (an IP literal in the URL, or every address the host name resolves to at connect time) is not
 * allowed by `policy`. The check runs on each new connection, so redirects and DNS rebinding are
 * checked on the address actually used; the socket connects to the checked address itself.
 */
export function createSafeDispatcher(options: SafeDispatcherOptions): Agent {
  const { policy } = options;
  const resolver = options.resolver ?? systemResolver;
  const base = buildConnector({ timeout: options.connectTimeoutMs, lookup: checkedLookup(policy, resolver) });
  return new Agent({
    headersTimeout: options.headersTimeoutMs,
    bodyTimeout: options.bodyTimeoutMs,
    connections: 4,
    connect(connectOptions, callback) {
      const hostname = connectOptions.hostname.replace(/^\[|\]$/g, '');
      if (isIP(hostname)) {
        const refusal = addressRefusal(hostname, policy);
        if (refusal) {
          callback(new BlockedAddressError(`refused: ${refusal}`), null);
          return;
        }
      }
      base({ ...connectOptions, hostname }, callback);
    },
  });
}

/** A net.connect lookup that resolves through `resolver` and fails when any answer is refused. */
function checkedLookup(policy: AddressPolicy, resolver: Resolver): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    resolver(hostname).then(
      (answers) => {
        if (answers.length === 0) {
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
          return;
        }
        if (!hostIsAllowed(hostname, policy)) {
          for (const answer of answers) {
            const refusal = addressRefusal(answer.address, policy);
            if (refusal) {
              callback(new BlockedAddressError(`refused: ${hostname} resolves to ${refusal}`), '', 0);
              return;
            }
          }
        }
        const family = lookupOptions.family === 'IPv4' ? 4 : lookupOptions.family === 'IPv6' ? 6 : lookupOptions.family;
        const usable = family ? answers.filter((a) => a.family === family) : answers;
        if (usable.length === 0) {
          callback(Object.assign(new Error(`no IPv${family} address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        } else if (lookupOptions.all) {
          (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, usable.map((a) => ({ address: a.address, family: a.family })));
        } else {
          callback(null, usable[0]!.address, usable[0]!.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}
