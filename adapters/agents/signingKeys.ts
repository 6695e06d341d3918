// The public keys a token issuer (the Bot Framework channel, the Emulator's Entra tenant) signs
// with, from its OpenID metadata: fetched when first needed, again once a day, and again when a
// token names a key not seen yet (at most every five minutes). A fetch that fails keeps the keys
// already held; with none held it rejects, and the request is answered 503, not 401.
import type { JWK } from 'jose';

const REFRESH_MS = 24 * 60 * 60 * 1000;
const UNKNOWN_KEY_REFRESH_MS = 5 * 60 * 1000;

export interface PublishedKey extends JWK {
  /** The channels a Bot Framework key may sign for. */
  readonly endorsements?: readonly string[];
}

export interface SigningKeys {
  /** The keys, fetched first when none are held, they are a day old, or `kid` is unknown (rate-limited). */
  current(kid: string | undefined): Promise<readonly PublishedKey[]>;
}

export function createSigningKeys(metadataUrl: string, timeoutMs: number): SigningKeys {
  let held: { readonly at: number; readonly keys: readonly PublishedKey[] } | undefined;
  let fetching: Promise<readonly PublishedKey[]> | undefined;

  const refresh = (): Promise<readonly PublishedKey[]> => {
    fetching ??= fetchKeys(metadataUrl, timeoutMs)
      .then((keys) => {
        held = { at: Date.now(), keys };
        return keys;
      }, (err: unknown) => {
        if (held) return held.keys;
        throw err;
      })
      .finally(() => { fetching = undefined; });
    return fetching;
  };

  return {
    current: async (kid) => {
      if (!held) return refresh();
      const age = Date.now() - held.at;
      const unknown = kid !== undefined && !held.keys.some((key) => key.kid === kid);
      if (age > REFRESH_MS || (unknown && age > UNKNOWN_KEY_REFRESH_MS)) return refresh();
      return held.keys;
    },
  };
}

async function fetchKeys(metadataUrl: string, timeoutMs: number): Promise<readonly PublishedKey[]> {
  const metadata = await fetchJson(metadataUrl, timeoutMs) as { jwks_uri?: unknown };
  if (typeof metadata.jwks_uri !== 'string') throw new Error(`${metadataUrl} names no jwks_uri`);
  const jwks = await fetchJson(metadata.jwks_uri, timeoutMs) as { keys?: unknown };
  if (!Array.isArray(jwks.keys)) throw new Error(`${metadata.jwks_uri} holds no keys`);
  return jwks.keys.filter((key): key is PublishedKey => typeof key === 'object' && key !== null && typeof (key as JWK).kty === 'string');
}

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}
