import { VersionDeprecation } from './define-adapter';

/**
 * Headers a deprecated native version answers with: `Deprecation` as an RFC 9651 date (`@<unix seconds>`,
 * RFC 9745 §2.1), `Sunset` as an HTTP date (RFC 8594 §3), and links to the successor version's callbacks.
 */
export function deprecationHeaders(partnerId: string, deprecation: VersionDeprecation): Record<string, string> {
  const deprecatedAt = Date.parse(deprecation.deprecatedAt);
  const sunsetAt = Date.parse(deprecation.sunsetAt);
  if (Number.isNaN(deprecatedAt) || Number.isNaN(sunsetAt)) throw new Error(`${partnerId}: deprecation dates must be ISO date-times`);
  return {
    Deprecation: `@${Math.floor(deprecatedAt / 1000)}`,
    Sunset: new Date(sunsetAt).toUTCString(),
    Link: `</${partnerId}/v${deprecation.successor}/callbacks>; rel="successor-version"`,
  };
}
