// The settings that tickets and demos read from the environment: SMTP_URL with BATON_MAIL_FROM for
// emailed answers, and BATON_NOW, the time the server's clock starts at and runs on from.
import { manualClock, shiftedClock } from '../../src/runtime/clock';
import { serverSettingsFromEnv } from '../../src/server/serverSettingsFromEnv';

describe('ticket and demo settings', () => {
  it('has no mail and the real time when nothing is set', () => {
    const settings = serverSettingsFromEnv({});
    expect(settings.mail).toBeUndefined();
    expect(settings.startAt).toBeUndefined();
  });

  it('reads the SMTP server and the From address together', () => {
    expect(serverSettingsFromEnv({ SMTP_URL: 'smtp://user:pw@mail.example.com:587', BATON_MAIL_FROM: 'Acme <support@acme.test>' }).mail)
      .toEqual({ url: 'smtp://user:pw@mail.example.com:587', from: 'Acme <support@acme.test>' });
  });

  it('refuses an SMTP_URL without a From address, a From address alone, and a URL that is not SMTP, naming the variable', () => {
    expect(() => serverSettingsFromEnv({ SMTP_URL: 'smtp://127.0.0.1:25' })).toThrow(/BATON_MAIL_FROM/);
    expect(() => serverSettingsFromEnv({ BATON_MAIL_FROM: 'support@acme.test' })).toThrow(/SMTP_URL/);
    expect(() => serverSettingsFromEnv({ SMTP_URL: 'http://mail.example.com', BATON_MAIL_FROM: 'support@acme.test' })).toThrow(/SMTP_URL/);
  });

  it('starts the clock at BATON_NOW and lets it run on, and refuses a time it cannot read', () => {
    const startAt = serverSettingsFromEnv({ BATON_NOW: '2026-11-29T10:00:00Z' }).startAt!;
    expect(startAt.toISOString()).toBe('2026-11-29T10:00:00.000Z');
    const real = manualClock('2026-12-07T01:00:00Z');
    const clock = shiftedClock(startAt, real);
    expect(clock.now().toISOString()).toBe('2026-11-29T10:00:00.000Z');
    real.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-11-29T10:01:30.000Z');
    expect(() => serverSettingsFromEnv({ BATON_NOW: 'sunday' })).toThrow(/BATON_NOW/);
    expect(() => serverSettingsFromEnv({ BATON_NOW: '2026-13-45T99:00:00Z' })).toThrow(/BATON_NOW/);
  });
});
