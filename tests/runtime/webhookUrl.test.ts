// Where a webhook is called: an absolute URL as written, a path on the address of the server that
// runs the bot, and nowhere when no server runs it.
import { webhookUrl } from '../../src/runtime/webhookUrl';

describe('webhookUrl', () => {
  it('keeps an absolute URL whatever the server', () => {
    expect(webhookUrl('https://api.example.com/hooks/address', 'http://127.0.0.1:4100')).toBe('https://api.example.com/hooks/address');
    expect(webhookUrl('http://127.0.0.1:3979/hooks/address', undefined)).toBe('http://127.0.0.1:3979/hooks/address');
  });

  it('calls a path on the server that runs the bot, on its port', () => {
    expect(webhookUrl('/sample/address', 'http://127.0.0.1:4100')).toBe('http://127.0.0.1:4100/sample/address');
    expect(webhookUrl('/sample/address?v=2', 'http://[::1]:3978')).toBe('http://[::1]:3978/sample/address?v=2');
  });

  it('has nowhere to call a path when no server runs the bot', () => {
    expect(webhookUrl('/sample/address', undefined)).toBeUndefined();
  });
});
