// Direct Line tokens: JSON Web Tokens (HS256) scoped to one conversation and one user, with an
// expiry. Clients such as botframework-directlinejs read the `user` claim; only this server can
// check the signature. A stream token opens the WebSocket only; a conversation token does the rest.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
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
  sign(claims: { conv: string; user: string; name?: string; vfy?: true; scope?: TokenScope }, ttlSeconds: number): string;
  verify(token: string): TokenCheck;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

/** Signs with a key derived from `secret`, or with a random key that lives as long as the process. */
export function createTokenSigner(secret: string | undefined, clock: Clock = systemClock): TokenSigner {
  const key = secret ? createHmac('sha256', secret).update('baton directline tokens').digest() : randomBytes(32);
  const mac = (data: string): Buffer => createHmac('sha256', key).update(data).digest();
  const now = (): number => Math.floor(clock.now().getTime() / 1000);

  return {
    sign({ conv, user, name, vfy, scope = 'conversation' }, ttlSeconds) {
      const iat = now();
      const claims: TokenClaims = { conv, user, ...(name !== undefined ? { name } : {}), ...(vfy ? { vfy } : {}), scope, iat, exp: iat + ttlSeconds };
      const body = `${HEADER}.${Buffer.from(JSON.stringify({ iss: 'baton', ...claims })).toString('base64url')}`;
      return `${body}.${mac(body).toString('base64url')}`;
    },
    verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'invalid' };
      const given = Buffer.from(parts[2] ?? '', 'base64url');
      const expected = mac(`${parts[0]}.${parts[1]}`);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
      const claims = parseClaims(parts[1] ?? '');
      if (!claims) return { ok: false, reason: 'invalid' };
      return claims.exp <= now() ? { ok: false, reason: 'expired' } : { ok: true, claims };
    },
  };
}

function parseClaims(encoded: string): TokenClaims | undefined {
  try {
    const c = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<TokenClaims>;
    if (typeof c.conv !== 'string' || typeof c.user !== 'string' || typeof c.exp !== 'number' || typeof c.iat !== 'number') return undefined;
    if (c.scope !== 'conversation' && c.scope !== 'stream') return undefined;
    return { conv: c.conv, user: c.user, ...(typeof c.name === 'string' ? { name: c.name } : {}), ...(c.vfy === true ? { vfy: true as const } : {}), scope: c.scope, iat: c.iat, exp: c.exp };
  } catch {
    return undefined;
  }
}

/** Compares a presented secret with the configured one in constant time. */
export function secretMatches(given: string, secret: string): boolean {
  const a = createHmac('sha256', 'compare').update(given).digest();
  const b = createHmac('sha256', 'compare').update(secret).digest();
  return timingSafeEqual(a, b);
}
