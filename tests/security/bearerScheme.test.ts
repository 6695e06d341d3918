// The auth scheme is case-insensitive (RFC 9110 §11.1): `bearer`, `Bearer` and `BEARER` open the
// agent API, the metrics and Direct Line alike, over a real port; another scheme still answers 401.
import { bearerToken } from '../../src/server/bearerToken';
import { callJson, startAgentConsoleServer, type AgentConsoleServer } from '../support/agentConsoleServer';

const SCHEMES = ['bearer', 'Bearer', 'BEARER', 'bEaReR'];

describe('bearerToken', () => {
  it('reads the token whatever the case of the scheme, and nothing from another scheme', () => {
    for (const scheme of SCHEMES) expect(bearerToken(`${scheme} abc.def`)).toBe('abc.def');
    expect(bearerToken('Bearer  abc \t')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearerabc')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe('the bearer scheme in any case, over HTTP', () => {
  let srv: AgentConsoleServer;
  beforeAll(async () => {
    process.env.BATON_METRICS_TOKEN = 'scrape-secret';
    srv = await startAgentConsoleServer({ directLineSecret: 'dl-secret' });
  });
  afterAll(async () => {
    delete process.env.BATON_METRICS_TOKEN;
    await srv.close();
  });
  const get = (path: string, authorization: string) => fetch(`${srv.url}${path}`, { headers: { authorization } });

  it('opens the agent API', async () => {
    const token = (await callJson(srv.url, 'POST', '/api/agent/login', { agentId: 'ann', password: 'ann-password' })).json.token as string;
    for (const scheme of SCHEMES) expect((await get('/api/agent/queue', `${scheme} ${token}`)).status).toBe(200);
    expect((await get('/api/agent/queue', `Basic ${token}`)).status).toBe(401);
  });

  it('opens the metrics', async () => {
    for (const scheme of SCHEMES) expect((await get('/metrics', `${scheme} scrape-secret`)).status).toBe(200);
    expect((await get('/metrics', 'bearer wrong')).status).toBe(401);
  });

  it('opens Direct Line with the secret', async () => {
    for (const scheme of SCHEMES) {
      const res = await fetch(`${srv.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `${scheme} dl-secret` } });
      expect(res.status).toBe(201);
    }
  });
});
