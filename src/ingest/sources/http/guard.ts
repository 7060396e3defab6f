// Which addresses a fetch may reach. A sources.yaml row or a URL given to `sitrep ingest` must not turn Sitrep
// into a way to read the machine's own services or a cloud metadata endpoint (169.254.169.254): loopback, private,
// link-local and other special addresses are refused unless the sources file or --allow-private allows that class.
// The check runs on every address a name resolves to, and the address checked is the one connected to.
import { BlockList, isIP } from 'node:net';

/** Classes of address a fetch may be allowed to reach. `allow_private: true` allows loopback and private;
 *  link-local (where cloud metadata lives) only when named. */
export type AddressClass = 'loopback' | 'private' | 'link-local';
export const ADDRESS_CLASSES: readonly AddressClass[] = ['loopback', 'private', 'link-local'];

function blockList(entries: [string, number, 'ipv4' | 'ipv6'][]): BlockList {
  const list = new BlockList();
  for (const [net, prefix, type] of entries) list.addSubnet(net, prefix, type);
  return list;
}

const CLASSES: Record<AddressClass, BlockList> = {
  loopback: blockList([
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ]),
  private: blockList([
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['100.64.0.0', 10, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ]),
  'link-local': blockList([
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ]),
};

/** Never reachable, whatever is allowed: "this network", multicast, reserved, documentation and benchmark ranges. */
const NEVER = blockList([
  ['0.0.0.0', 8, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
]);

/** '::ffff:127.0.0.1' is 127.0.0.1: an IPv4-mapped address is judged as the IPv4 address it carries. */
function unmapped(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return { address: m[1]!, type: 'ipv4' };
  return { address, type: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/** Why an address may not be reached, or null when it may. */
export function refusedAddress(address: string, allow: ReadonlySet<AddressClass>): string | null {
  if (isIP(address) === 0) return `not an IP address: ${address}`;
  const { address: a, type } = unmapped(address);
  if (NEVER.check(a, type)) return `${address} is a reserved address`;
  for (const cls of ADDRESS_CLASSES) {
    if (CLASSES[cls].check(a, type) && !allow.has(cls)) {
      const how =
        cls === 'link-local' ? 'allow_private: [link-local]' : 'allow_private in sources.yaml or --allow-private';
      return `${address} is a ${cls} address (refused unless ${how})`;
    }
  }
  return null;
}

/** sources.yaml's allow_private (true, or a list of classes) or --allow-private to the set of allowed classes. */
export function allowedClasses(value: unknown): Set<AddressClass> {
  if (value === true) return new Set(['loopback', 'private']);
  if (Array.isArray(value)) {
    return new Set(value.filter((v): v is AddressClass => (ADDRESS_CLASSES as readonly unknown[]).includes(v)));
  }
  return new Set();
}
