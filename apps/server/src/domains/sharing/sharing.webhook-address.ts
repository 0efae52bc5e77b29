import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook must never go (SSRF): the platform's own network. Private, loopback,
 * link-local (cloud metadata at 169.254.169.254, Tencent's 169.254.0.23), shared carrier space
 * (Alibaba Cloud's metadata at 100.100.100.200), multicast and reserved ranges, in IPv4 and IPv6.
 */
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

/** Names that only ever mean this machine or the provider's internal services. */
const INTERNAL_NAMES = /(^|\.)(localhost|internal|local|localdomain|intranet|lan|home\.arpa)$/i;

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 (64:ff9b::) IPv6 address. */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const head = groups.slice(0, 6);
  const mapped = head.slice(0, 5).every((g) => g === 0) && (head[5] === 0xffff || head[5] === 0);
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0);
  if (!mapped && !nat64) return null;
  const [hi, lo] = [groups[6]!, groups[7]!];
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const parts = dotted[1]!.split('.').map(Number);
    text = `${text.slice(0, -dotted[1]!.length)}${((parts[0]! << 8) | parts[1]!).toString(16)}:${((parts[2]! << 8) | parts[3]!).toString(16)}`;
  }
  const [left, right] = text.split('::') as [string, string | undefined];
  const head = left ? left.split(':') : [];
  const tail = right ? right.split(':') : [];
  const fill = right === undefined ? 0 : 8 - head.length - tail.length;
  if (fill < 0) return null;
  const groups = [...head, ...Array<string>(fill).fill('0'), ...tail].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** Whether an IP address lies inside the network (or is no address at all). */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return internal.check(address, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(address);
  if (v4 !== null) return internal.check(v4, 'ipv4');
  return internal.check(address, 'ipv6');
}

/** All addresses a host name resolves to (injected in tests: no DNS there). */
export type Resolver = (host: string) => Promise<string[]>;

export const dnsResolver: Resolver = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses: LookupAddress[]) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  );

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * Why an address may not receive webhooks because of where it points, or null: a literal inside
 * the network, an internal name, or a name any of whose addresses is inside the network.
 */
export async function internalTargetProblem(url: URL, resolve: Resolver): Promise<string | null> {
  const host = hostOf(url);
  if (isIP(host)) return isInternalAddress(host) ? '不得指向内部网络地址' : null;
  if (INTERNAL_NAMES.test(host)) return '不得指向内部网络地址';
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    return '域名无法解析';
  }
  if (addresses.length === 0) return '域名无法解析';
  return addresses.some(isInternalAddress) ? '域名解析到内部网络地址' : null;
}

const TIMEOUT_MS = 10_000;

/**
 * Sends a webhook over node:http(s) with the address check in the connection's own look-up, so a
 * name that resolves to a public address when subscribed and to an internal one later (DNS
 * rebinding) is still refused. Redirects are not followed. `allowInternal` (configuration) turns
 * the check off for a receiver inside a closed government network.
 */
export function guardedSender(options: { allowInternal: boolean; resolve?: Resolver }) {
  const resolve = options.resolve ?? dnsResolver;
  const guardedLookup: RequestOptions['lookup'] = (host, lookupOptions, callback) => {
    resolve(host).then(
      (addresses) => {
        const usable = options.allowInternal ? addresses : addresses.filter((a) => !isInternalAddress(a));
        if (usable.length === 0) {
          callback(new Error('域名解析到内部网络地址，未发送'), '', 4);
          return;
        }
        const chosen = usable[0]!;
        if ((lookupOptions as { all?: boolean }).all)
          (callback as unknown as (e: null, all: LookupAddress[]) => void)(
            null,
            usable.map((address) => ({ address, family: isIP(address) })),
          );
        else callback(null, chosen, isIP(chosen));
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
  return (request: { url: string; headers: Record<string, string>; body: string }): Promise<number> =>
    new Promise((resolvePromise, reject) => {
      const url = new URL(request.url);
      const host = hostOf(url);
      if (!options.allowInternal && isIP(host) && isInternalAddress(host)) {
        reject(new Error('地址指向内部网络，未发送'));
        return;
      }
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const outgoing = send(
        url,
        {
          method: 'POST',
          headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
          lookup: guardedLookup,
          timeout: TIMEOUT_MS,
        },
        (response) => {
          response.resume();
          resolvePromise(response.statusCode ?? 0);
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error('超时未应答')));
      outgoing.on('error', reject);
      outgoing.end(request.body);
    });
}
