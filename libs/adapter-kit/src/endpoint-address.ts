import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a partner endpoint must never be (SSRF): loopback, private networks, link-local (cloud metadata at
 * 169.254.169.254), carrier-grade NAT, "this network", and their IPv6 counterparts. Outside dev and test the hub only
 * calls partners on the public internet.
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10]] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why a configured endpoint URL is not one the hub may call, or undefined; `demo` allows plain http and loopback. */
export function endpointUrlProblem(value: string, demo: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (url.username || url.password) return 'must not carry credentials';
  if (demo) return undefined;
  if (url.protocol !== 'https:') return 'must be https outside dev and test';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host)) return 'must not be a loopback, private or link-local address outside dev and test';
  return undefined;
}

/**
 * Checked before each delivery outside dev and test: the name may resolve somewhere else than when the hub started
 * (DNS rebinding). A connection opened after the check could still be re-pointed; the check keeps a misconfigured or
 * hijacked name from reaching the hub's own network on any attempt where it already resolves there.
 */
export async function resolvesToPrivateAddress(value: string): Promise<string | undefined> {
  const host = new URL(value).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  return addresses.find((a) => isPrivateAddress(a.address))?.address;
}
