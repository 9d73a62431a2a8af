/**
 * Generated from contracts/http/core/jwks.v1.schema.json by `npm run contracts:types`.
 * Do not edit: change the contract (a published one only by adding a new version beside it) and regenerate.
 */

/**
 * Answer of GET /.well-known/jwks.json (core API v6): the public keys that verify the access tokens the hub issues to partners (RFC 7517). A token's kid header names its key; during a key rotation the set holds the old key and the new one.
 */
export interface JsonWebKeySetV1 {
  /**
   * The signing keys, public parts only.
   *
   * @minItems 1
   */
  keys: {
    /**
     * Key type: OKP for Ed25519, EC for P-256.
     */
    kty: "OKP" | "EC";
    /**
     * The curve.
     */
    crv: "Ed25519" | "P-256";
    /**
     * The public key (OKP) or its x coordinate (EC), base64url.
     */
    x: string;
    /**
     * The y coordinate, base64url; EC keys only.
     */
    y?: string;
    /**
     * The key's id: its RFC 7638 thumbprint, as the token's kid header names it.
     */
    kid: string;
    /**
     * The algorithm tokens signed with this key use.
     */
    alg: "EdDSA" | "ES256";
    /**
     * Always sig: the key verifies signatures.
     */
    use: "sig";
  }[];
}
