import { createHash } from 'node:crypto';

/**
 * Query parameters that say how a reader reached a post (campaigns, ad clicks, newsletter and share ids), never which
 * post it is: Eltes's crawler finds the same post through shares, ads and mail links, each with its own of these.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'ref_src', 'ref_url', 'spm',
]);
const TRACKING_PREFIXES = ['utm_'];

/**
 * The social platforms whose posts have one address however they are linked: every host alias goes to the canonical
 * host (all of them HTTPS only), and the platform's own share parameters go.
 */
interface Platform {
  host: string;
  aliases: readonly string[];
  shareParams: readonly string[];
  /** The parameters that name the post, when only those matter (YouTube: v). */
  keepOnly?: readonly string[];
  /** Rewrites a path to the post's canonical path (X: any account's /status/<id> is the post <id>). */
  path?(path: string): string;
}

const PLATFORMS: readonly Platform[] = [
  {
    host: 'x.com',
    aliases: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    shareParams: ['s', 't'],
    // A post's id names it whatever the account's current handle: x.com/i/status/<id> is X's own address for it.
    path: (path) => path.replace(/^\/(?:[^/]+|i\/web)\/status(?:es)?\/(\d+)(?:\/.*)?$/, '/i/status/$1'),
  },
  { host: 'www.instagram.com', aliases: ['instagram.com', 'www.instagram.com', 'm.instagram.com'], shareParams: ['img_index'] },
  { host: 'www.youtube.com', aliases: ['youtube.com', 'www.youtube.com', 'm.youtube.com'], shareParams: [], keepOnly: ['v'] },
  { host: 'www.tiktok.com', aliases: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'], shareParams: ['is_from_webapp', 'sender_device', 'is_copy_url', '_r', '_t'] },
  { host: 'www.facebook.com', aliases: ['facebook.com', 'www.facebook.com', 'm.facebook.com'], shareParams: ['mibextid', 'rdid', 'share_url'] },
];

const platformOf = (host: string): Platform | undefined => PLATFORMS.find((p) => p.aliases.includes(host));

const isTracking = (name: string, platform: Platform | undefined): boolean => {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix)) || (platform?.shareParams.includes(key) ?? false);
};

/** Percent-escapes in upper case, and unreserved characters (RFC 3986 §2.3) never escaped: one spelling per path. */
const normaliseEscapes = (path: string): string =>
  path.replace(/%([0-9a-fA-F]{2})/g, (_escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : `%${hex.toUpperCase()}`;
  });

/**
 * A post's URL as one string whatever link form it came in, or null when it is not an http(s) URL with a host. Pure and
 * idempotent. The scheme and host are lower-case (the host in punycode, without a trailing dot or default port); the
 * social platforms' host aliases (twitter.com, m.youtube.com, youtu.be…) become their canonical host over https;
 * credentials, the fragment, tracking and share parameters go; the parameters left are sorted by name; a trailing
 * slash goes (the root too). Paths keep their case: on most sites it matters.
 */
export function normalisePostUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return null;
  let host = url.hostname.replace(/\.$/, '');
  if (host === '') return null;
  let path = url.pathname;
  const params = [...url.searchParams.entries()];
  // youtu.be/<id> is the video www.youtube.com/watch?v=<id>.
  if (host === 'youtu.be' && /^\/[^/]+/.test(path)) {
    params.push(['v', path.split('/')[1]]);
    host = 'youtube.com';
    path = '/watch';
  }
  const platform = platformOf(host);
  const protocol = platform ? 'https:' : url.protocol;
  if (platform) {
    host = platform.host;
    path = platform.path?.(path) ?? path;
  }
  path = normaliseEscapes(path).replace(/\/+$/, '');
  const port = url.port && !platform ? `:${url.port}` : '';
  const kept = params
    .filter(([name]) => !isTracking(name, platform) && (!platform?.keepOnly || platform.keepOnly.includes(name)))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(kept).toString();
  return `${protocol}//${host}${port}${path}${query ? `?${query}` : ''}`;
}

/** The longest reference a deliverable may have (DeliverableReferenceV1). */
export const MAX_REFERENCE_LENGTH = 300;

/**
 * The alert's deliverable reference: the normalised URL, or, when that is longer than a reference may be, its first
 * part and its SHA-256 after a `#` (which no normalised URL contains, so the two forms never meet).
 */
export function postReferenceOf(normalised: string): string {
  if (normalised.length <= MAX_REFERENCE_LENGTH) return normalised;
  const hash = createHash('sha256').update(normalised).digest('hex');
  const suffix = `#sha256=${hash}`;
  return `${normalised.slice(0, MAX_REFERENCE_LENGTH - suffix.length)}${suffix}`;
}
