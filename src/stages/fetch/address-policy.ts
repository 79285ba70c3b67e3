// Which network addresses sitrep may connect to: public unicast only, unless the allow setting names a host or range.
import ipaddr from 'ipaddr.js';

/** The parsed `allow-hosts` setting: host names (exact, or "*.suffix") and CIDR ranges. */
export interface AddressPolicy {
  readonly hostNames: readonly string[];
  readonly ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

export const DENY_ALL_PRIVATE: AddressPolicy = { hostNames: [], ranges: [] };

/**
 * Parse a comma- or space-separated allow list: "feeds.local, 127.0.0.1/32, ::1, *.lan".
 * A bare address means that single address. Throws on an entry that is neither a host name nor
 * an address or CIDR range (a typo in a security setting should stop the run, not be ignored).
 */
export function parseAllowList(value: string): AddressPolicy {
  const hostNames: string[] = [];
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const raw of value.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase().replace(/^\[|\]$/g, '');
    if (!entry) continue;
    if (entry.includes('/')) {
      if (!ipaddr.isValidCIDR(entry)) throw new Error(`allow-hosts: "${raw}" is not a valid CIDR range`);
      ranges.push(normalizeRange(ipaddr.parseCIDR(entry)));
    } else if (ipaddr.isValid(entry)) {
      const address = unmap(ipaddr.parse(entry));
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/.test(entry)) {
      hostNames.push(entry.replace(/\.$/, ''));
    } else {
      throw new Error(`allow-hosts: "${raw}" is neither a host name nor an address range`);
    }
  }
  return { hostNames, ranges };
}

/** True when the allow list names this host (exactly, or through a "*.suffix" entry). */
export function hostIsAllowed(host: string, policy: AddressPolicy): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return policy.hostNames.some((entry) =>
    entry.startsWith('*.') ? name.endsWith(entry.slice(1)) : name === entry,
  );
}

/**
 * Why connecting to `address` (a literal IPv4 or IPv6 address) is refused, or null when it is
 * allowed. Only public unicast addresses pass, after unwrapping IPv4-mapped IPv6 forms; loopback,
 * private, link-local, CGNAT, unique-local, unspecified, multicast, broadcast, reserved and the
 * IPv6 forms that embed an IPv4 address (IPv4-compatible, NAT64, 6to4, Teredo) are refused unless a range in the
 * allow list covers the address.
 */
export function addressRefusal(address: string, policy: AddressPolicy): string | null {
  const literal = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(literal)) return `"${address}" is not an IP address`;
  const parsed = unmap(ipaddr.parse(literal));
  for (const [network, bits] of policy.ranges) {
    if (network.kind() === parsed.kind() && parsed.match(network, bits)) return null;
  }
  const compatible = ipv4Compatible(parsed);
  if (compatible) return `address ${parsed.toString()} is an IPv4-compatible IPv6 address (deprecated) embedding ${compatible}, which sitrep does not connect to (see the allow-hosts setting)`;
  const range = parsed.range();
  if (range === 'unicast') return null;
  return `address ${parsed.toString()} is ${describeRange(range)}, which sitrep does not connect to (see the allow-hosts setting)`;
}

/**
 * The IPv4 address an IPv4-compatible IPv6 address (::/96 other than :: and ::1, deprecated by RFC 4291)
 * embeds, else null. ipaddr.js counts these as unicast, yet a stack may route them to the embedded address.
 */
function ipv4Compatible(address: ipaddr.IPv4 | ipaddr.IPv6): string | null {
  if (address.kind() !== 'ipv6') return null;
  const parts = (address as ipaddr.IPv6).parts;
  if (parts.slice(0, 6).some((p) => p !== 0)) return null;
  if (parts[6] === 0 && parts[7]! <= 1) return null; // :: and ::1 have ranges of their own
  return [parts[6]! >> 8, parts[6]! & 0xff, parts[7]! >> 8, parts[7]! & 0xff].join('.');
}

function unmap(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address;
}

function normalizeRange([network, bits]: [ipaddr.IPv4 | ipaddr.IPv6, number]): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  if (network.kind() === 'ipv6' && (network as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    return [(network as ipaddr.IPv6).toIPv4Address(), bits - 96];
  }
  return [network, bits];
}

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private-network address',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a carrier-grade NAT address',
  uniqueLocal: 'a unique-local address',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  rfc6052: 'a NAT64 address embedding an IPv4 address',
  rfc6145: 'an IPv4-translated address',
  '6to4': 'a 6to4 address embedding an IPv4 address',
  teredo: 'a Teredo address embedding an IPv4 address',
};

function describeRange(range: string): string {
  return RANGE_NAMES[range] ?? `a special-purpose address (${range})`;
}
