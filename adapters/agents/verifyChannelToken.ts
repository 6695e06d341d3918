// Checks a request's Bot Framework token before the Agents SDK acts on the activity, as the
// botbuilder channel does: a token the Bot Framework channel signed (keys endorsed for the
// activity's channel, for this app, for the activity's service URL), or one the Emulator's Entra
// tenant (or the app's own tenant) signed for this app. The SDK's own check cannot be pointed at
// other key locations, compares only the service URL's host, and reads no endorsements, so it is
// not used. A missing, malformed, forged or expired token is a 401; failing to fetch the signing
// keys is our side's problem (503, logged), so the channel retries instead of the bot treating it as forged.
import type { Activity } from 'botbuilder';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import type { Verification } from '../botframework/messagesEndpoint';
import type { AgentsTokenSettings } from './agentsAuth';
import { createSigningKeys, type SigningKeys } from './signingKeys';

/** The tenants whose Entra tokens the Bot Framework Emulator sends. */
const EMULATOR_TENANTS = ['d6d49420-f39b-4df7-a1dc-d59a935871db', 'f8cdef31-a31e-4b4a-93e4-5f571e91255a'];
const entraIssuers = (tenant: string): string[] => [`https://sts.windows.net/${tenant}/`, `https://login.microsoftonline.com/${tenant}/v2.0`];
const CLOCK_TOLERANCE_S = 300;
const KEYS_TIMEOUT_MS = 10_000;

/** What the SDK is told of the caller: the verified claims, or none for an unsigned request. */
export type CallerIdentity = JWTPayload;

export type ChannelTokenCheck = (activity: Activity, authorization: string) => Promise<Verification<CallerIdentity>>;

class Rejected extends Error {}

export function createChannelTokenCheck(settings: AgentsTokenSettings): ChannelTokenCheck {
  const channelKeys = createSigningKeys(settings.channelMetadataUrl, KEYS_TIMEOUT_MS);
  const emulatorKeys = createSigningKeys(settings.emulatorMetadataUrl, KEYS_TIMEOUT_MS);
  const tenantKeys = settings.tenantId ? createSigningKeys(`https://login.microsoftonline.com/${settings.tenantId}/v2.0/.well-known/openid-configuration`, KEYS_TIMEOUT_MS) : undefined;
  const emulatorIssuers = EMULATOR_TENANTS.flatMap(entraIssuers);
  const tenantIssuers = settings.tenantId ? entraIssuers(settings.tenantId) : [];

  const keysFor = (issuer: string): { keys: SigningKeys; channel: boolean } => {
    if (issuer === settings.channelIssuer) return { keys: channelKeys, channel: true };
    if (emulatorIssuers.includes(issuer)) return { keys: emulatorKeys, channel: false };
    if (tenantKeys && tenantIssuers.includes(issuer)) return { keys: tenantKeys, channel: false };
    throw new Rejected(`token from an unknown issuer`);
  };

  return async (activity, authorization) => {
    if (authorization.trim() === '' && settings.appId === '') return { ok: true, result: {} };
    let fetched = false;
    try {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
      if (!token) throw new Rejected('no bearer token');
      const { header, claims } = decoded(token);
      if (header.alg !== 'RS256') throw new Rejected('not an RS256 token');
      if (settings.appId === '' || claims.aud !== settings.appId) throw new Rejected('token for another app');
      const issuer = String(claims.iss ?? '');
      const { keys, channel } = keysFor(issuer);
      const published = await keys.current(header.kid);
      fetched = true;
      const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: published.map((k) => ({ ...k })) }), {
        issuer, audience: settings.appId, algorithms: ['RS256'], clockTolerance: CLOCK_TOLERANCE_S, requiredClaims: ['exp'],
      });
      if (channel) {
        const endorsements = published.find((k) => k.kid === header.kid)?.endorsements;
        if (endorsements !== undefined && !endorsements.includes(activity.channelId)) throw new Rejected('key not endorsed for the channel');
        if (payload.serviceurl !== activity.serviceUrl) throw new Rejected('token for another service URL');
        return { ok: true, result: payload };
      }
      if ((payload.appid ?? payload.azp) !== settings.appId) throw new Rejected('token for another app');
      // Replies are then sent with the Bot Framework scope, as for the channel's own tokens.
      const { appid: _appid, azp: _azp, ...identity } = payload;
      return { ok: true, result: identity };
    } catch (err) {
      if (err instanceof Rejected || (fetched || isJoseError(err))) {
        return { ok: false, status: 401, code: 'unauthorized', message: 'The request does not carry a valid Bot Framework token for this bot.' };
      }
      return { ok: false, status: 503, code: 'auth_unavailable', message: "The request's token could not be checked right now; try again.", cause: err };
    }
  };
}

/** The token's header and claims, unverified, to choose the keys; a token that does not decode is rejected. */
function decoded(token: string): { header: ReturnType<typeof decodeProtectedHeader>; claims: JWTPayload } {
  try {
    return { header: decodeProtectedHeader(token), claims: decodeJwt(token) };
  } catch {
    throw new Rejected('not a JWT');
  }
}

/** jose's verdicts (malformed, bad signature, expired, no such key) carry a code starting ERR_J. */
function isJoseError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_J');
}
