// BATON_PUBLIC_URL: where customers' channels reach the server. An http(s) address is kept without
// its trailing slash; anything else stops the start with words naming the variable.
import { serverSettingsFromEnv } from '../../src/server/serverSettingsFromEnv';

describe('BATON_PUBLIC_URL', () => {
  it('is absent when unset or empty', () => {
    expect(serverSettingsFromEnv({}).publicUrl).toBeUndefined();
    expect(serverSettingsFromEnv({ BATON_PUBLIC_URL: '  ' }).publicUrl).toBeUndefined();
  });

  it('keeps an http(s) address, with a path, without its trailing slash', () => {
    expect(serverSettingsFromEnv({ BATON_PUBLIC_URL: 'https://bot.example.com/' }).publicUrl).toBe('https://bot.example.com');
    expect(serverSettingsFromEnv({ BATON_PUBLIC_URL: ' https://example.com/support/bot/ ' }).publicUrl).toBe('https://example.com/support/bot');
    expect(serverSettingsFromEnv({ BATON_PUBLIC_URL: 'http://10.0.0.5:3978' }).publicUrl).toBe('http://10.0.0.5:3978');
  });

  it.each(['bot.example.com', 'ftp://bot.example.com', 'https://bot.example.com/?a=1', 'https://bot.example.com/#x', 'https://user:pw@bot.example.com'])('refuses %s', (given) => {
    expect(() => serverSettingsFromEnv({ BATON_PUBLIC_URL: given })).toThrow(`BATON_PUBLIC_URL must be the http(s) address customers' channels reach this server at, such as https://bot.example.com, not "${given}".`);
  });
});
