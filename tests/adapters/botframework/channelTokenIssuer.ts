// A local stand-in for the Bot Framework channel's token issuer: it publishes OpenID metadata and a
// signing key (endorsed for msteams) as login.botframework.com does, and signs RS256 tokens the
// way the channel signs the requests it posts to a bot. Point the bot's
// ToBotFromChannelOpenIdMetadataUrl setting at `metadataUrl`.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface ChannelTokenIssuer {
  readonly metadataUrl: string;
  /** Settings for the channel, after the app's own (MicrosoftAppId, MicrosoftAppPassword). */
  readonly settings: Readonly<Record<string, string>>;
  /** A token for `appId` and `serviceUrl`; `key: 'other'` signs with a key nobody published. */
  sign(claims: { aud: string; serviceurl: string; iss?: string; expiresIn?: number }, key?: 'published' | 'other'): string;
  close(): Promise<void>;
}

const KID = 'stand-in-key';

export async function startChannelTokenIssuer(endorsements: readonly string[] = ['msteams']): Promise<ChannelTokenIssuer> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = published.publicKey.export({ format: 'jwk' });
  const server = createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    if (req.url === '/v1/.well-known/openidconfiguration') return json(res, { issuer: CHANNEL_ISSUER, jwks_uri: `http://127.0.0.1:${port}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    if (req.url === '/v1/keys') return json(res, { keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements }] });
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const metadataUrl = `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`;
  return {
    metadataUrl,
    settings: {
      ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.com',
      OAuthUrl: 'https://api.botframework.com',
      CallerId: 'urn:botframework:azure',
    },
    sign: ({ aud, serviceurl, iss = CHANNEL_ISSUER, expiresIn = 3600 }, key = 'published') => {
      const now = Math.floor(Date.now() / 1000);
      return signRs256({ iss, aud, serviceurl, nbf: now - 60, iat: now - 60, exp: now + expiresIn }, key === 'published' ? published.privateKey : other.privateKey);
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function signRs256(claims: Record<string, unknown>, privateKey: KeyObject): string {
  const encode = (part: unknown): string => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: KID })}.${encode(claims)}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}

/** Separate calls: restify, loaded in the same process, replaces writeHead with one returning nothing. */
function json(res: ServerResponse, body: unknown): void {
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}
