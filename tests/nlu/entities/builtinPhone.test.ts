import { builtinValues, extractWith, london, spanOf } from './helpers';

const phones = (text: string, ctx = london) => builtinValues('phone', text, ctx);

describe('the phone builtin', () => {
  it('reads a national number in the default country as E.164, with its span', () => {
    const text = 'call me on 07911 123456 after six';
    expect(extractWith({ kind: 'builtin', name: 'phone', builtin: 'phone' }, text)).toEqual([
      { entity: 'phone', ...spanOf(text, '07911 123456'), raw: '07911 123456', value: '+447911123456', score: 1 },
    ]);
  });

  it('reads international numbers whatever the default country', () => {
    expect(phones('+1 415-555-2671 or 0044 20 7946 0958')).toEqual(['+14155552671', '+442079460958']);
  });

  it('takes the region from the locale when no default country is given', () => {
    expect(phones('my number is (415) 555-2671', { timezone: 'America/Los_Angeles', now: london.now, locale: 'en-US' })).toEqual([
      '+14155552671',
    ]);
  });

  it('finds only international numbers without a region', () => {
    expect(phones('07911 123456 or +44 7911 123456', { timezone: 'UTC', now: london.now })).toEqual(['+447911123456']);
  });

  it('reports an extension as a part', () => {
    const [match] = extractWith({ kind: 'builtin', name: 'phone', builtin: 'phone' }, 'tel +1 415-555-2671 ext. 12');
    expect(match).toMatchObject({ value: '+14155552671', parts: { extension: '12' } });
  });

  it('does not read order numbers or prices as phone numbers', () => {
    expect(phones('order #12345 cost 4.99 on 2026-11-24')).toEqual([]);
  });
});
