// Direct Line tokens: JSON Web Tokens (HS256, signed and checked by jose) scoped to one conversation
// and one user, with an expiry. Clients such as botframework-directlinejs read the `user` claim; only
// this server can check the signature. A stream token opens the WebSocket only; a conversation token
// does the rest.
import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { systemClock, type Clock } from '../../src/runtime/clock';

export type TokenScope = 'conversation' | 'stream';

export interface TokenClaims {
  readonly conv: string;
  readonly user: string;
  readonly name?: string;
  /** The user id was given by a holder of the secret. */
  readonly vfy?: true;
  readonly scope: TokenScope;
  readonly iat: number;
  readonly exp: number;
}

export type TokenCheck = { readonly ok: true; readonly claims: TokenClaims } | { readonly ok: false; readonly reason: 'invalid' | 'expired' };

export interface TokenSigner {
  sign(claims: { conv: string; user: string; name?: string; vfy?: true; scope?: TokenScope }, ttlSeconds: number): Promise<string>;
  verify(token: string): Promise<TokenCheck>;
}

const ISSUER = 'baton';
const HEADER = { alg: 'HS256', typ: 'JWT' } as const;

/**
 * Signs with a key derived from `secret`; without one, with the key `storedKey` gives (read once, on
 * first use, and asked again only if that failed), or else a random key that lives as long as the process.
 */
export function createTokenSigner(secret: string | undefined, clock: Clock = systemClock, storedKey?: () => Promise<Uint8Array>): TokenSigner {
  let keyPromise: Promise<KeyObject> | undefined = secret || !storedKey
    ? Promise.resolve(createSecretKey(secret ? createHmac('sha256', secret).update('baton directline tokens').digest() : randomBytes(32)))
    : undefined;
  const keyOf = (): Promise<KeyObject> => {
    if (keyPromise) return keyPromise;
    const asked = storedKey!().then((bytes) => createSecretKey(bytes));
    asked.catch(() => { if (keyPromise === asked) keyPromise = undefined; });
    return (keyPromise = asked);
  };
  const now = (): number => Math.floor(clock.now().getTime() / 1000);

  return {
    sign({ conv, user, name, vfy, scope = 'conversation' }, ttlSeconds) {
      const iat = now();
      const claims: TokenClaims = { conv, user, ...(name !== undefined ? { name } : {}), ...(vfy ? { vfy } : {}), scope, iat, exp: iat + ttlSeconds };
      return keyOf().then((key) => new SignJWT({ iss: ISSUER, ...claims }).setProtectedHeader(HEADER).sign(key));
    },
    async verify(token) {
      const key = await keyOf();
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: [HEADER.alg], typ: HEADER.typ, issuer: ISSUER, requiredClaims: ['exp', 'iat'], currentDate: clock.now() });
        const claims = readClaims(payload);
        return claims ? { ok: true, claims } : { ok: false, reason: 'invalid' };
      } catch (err) {
        return { ok: false, reason: err instanceof errors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
  };
}

function readClaims(c: JWTPayload): TokenClaims | undefined {
  if (typeof c.conv !== 'string' || typeof c.user !== 'string' || typeof c.exp !== 'number' || typeof c.iat !== 'number') return undefined;
  if (c.scope !== 'conversation' && c.scope !== 'stream') return undefined;
  return { conv: c.conv, user: c.user, ...(typeof c.name === 'string' ? { name: c.name } : {}), ...(c.vfy === true ? { vfy: true as const } : {}), scope: c.scope, iat: c.iat, exp: c.exp };
}
