// The signer of Direct Line tokens: only HS256 tokens it signed itself, unexpired and untouched,
// are accepted; everything else is "invalid" (401) or, for a genuine token past its time, "expired" (403).
import { createHmac } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { manualClock } from '../../../src/runtime/clock';
import { createTokenSigner } from '../../../adapters/directline/tokenSigner';

const SECRET = 'signer-test-secret';
/** The key the signer derives from SECRET, so the tests can build tokens that differ from its own in one way only. */
const KEY = createHmac('sha256', SECRET).update('baton directline tokens').digest();

describe('createTokenSigner', () => {
  const clock = manualClock('2026-03-02T10:00:00Z');
  const signer = createTokenSigner(SECRET, clock);
  const now = Math.floor(clock.now().getTime() / 1000);
  const claims = { iss: 'baton', conv: 'dl-a', user: 'dl_u', scope: 'conversation', iat: now, exp: now + 600 };
  const craft = (alg: string, key: Uint8Array = KEY, payload: Record<string, unknown> = claims): Promise<string> =>
    new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(key);

  it('accepts its own tokens with the claims it signed, and a token built the same way by hand', async () => {
    const token = await signer.sign({ conv: 'dl-a', user: 'dl_u', name: 'Sam', vfy: true }, 600);
    expect(JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(await signer.verify(token)).toEqual({ ok: true, claims: { conv: 'dl-a', user: 'dl_u', name: 'Sam', vfy: true, scope: 'conversation', iat: now, exp: now + 600 } });
    expect(await signer.verify(await craft('HS256'))).toMatchObject({ ok: true, claims: { conv: 'dl-a' } });
  });

  it('signs stream tokens that say so', async () => {
    const check = await signer.verify(await signer.sign({ conv: 'dl-a', user: 'dl_u', scope: 'stream' }, 120));
    expect(check).toMatchObject({ ok: true, claims: { scope: 'stream', exp: now + 120 } });
  });

  it('refuses a token signed with another secret, or by a signer with no secret', async () => {
    const other = await createTokenSigner('another-secret', clock).sign({ conv: 'dl-a', user: 'dl_u' }, 600);
    const random = await createTokenSigner(undefined, clock).sign({ conv: 'dl-a', user: 'dl_u' }, 600);
    expect(await signer.verify(other)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signer.verify(random)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses unsigned tokens (alg none) and tokens of any other algorithm, even with the right key', async () => {
    expect(await signer.verify(new UnsecuredJWT(claims).encode())).toEqual({ ok: false, reason: 'invalid' });
    for (const alg of ['HS384', 'HS512']) expect([alg, await signer.verify(await craft(alg))]).toEqual([alg, { ok: false, reason: 'invalid' }]);
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const [header, payload, signature] = (await signer.sign({ conv: 'dl-a', user: 'dl_u' }, 600)).split('.');
    const changed = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), conv: 'dl-b' })).toString('base64url');
    expect(await signer.verify(`${header}.${changed}.${signature}`)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reports a genuine token past its expiry as expired, from the second it expires', async () => {
    const token = await signer.sign({ conv: 'dl-a', user: 'dl_u' }, 60);
    const later = createTokenSigner(SECRET, manualClock(new Date((now + 59) * 1000)));
    expect((await later.verify(token)).ok).toBe(true);
    const expired = createTokenSigner(SECRET, manualClock(new Date((now + 60) * 1000)));
    expect(await expired.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses malformed tokens and tokens missing claims it needs', async () => {
    for (const token of ['', 'abc', 'a.b.c', 'a.b', `${(await signer.sign({ conv: 'dl-a', user: 'dl_u' }, 600)).slice(0, -2)}`]) {
      expect([token, await signer.verify(token)]).toEqual([token, { ok: false, reason: 'invalid' }]);
    }
    const { conv: _conv, ...noConversation } = claims;
    const { exp: _exp, ...noExpiry } = claims;
    for (const payload of [noConversation, noExpiry, { ...claims, scope: 'admin' }, { ...claims, iss: 'someone' }]) {
      expect(await signer.verify(await craft('HS256', KEY, payload))).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
