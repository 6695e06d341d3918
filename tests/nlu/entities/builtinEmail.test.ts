import { builtinValues, extractWith, spanOf } from './helpers';

describe('the email builtin', () => {
  it('finds an address with its span and lower-cases the domain', () => {
    const text = 'reach me at Bob.Smith+orders@Example.CO.UK.';
    expect(extractWith({ kind: 'builtin', name: 'email', builtin: 'email' }, text)).toEqual([
      { entity: 'email', ...spanOf(text, 'Bob.Smith+orders@Example.CO.UK'), raw: 'Bob.Smith+orders@Example.CO.UK', value: 'Bob.Smith+orders@example.co.uk', score: 1 },
    ]);
  });

  it('finds several addresses and addresses in other scripts', () => {
    expect(builtinValues('email', 'a@b.io, josé@exämple.de')).toEqual(['a@b.io', 'josé@exämple.de']);
  });

  it('ignores things that are not addresses', () => {
    expect(builtinValues('email', 'me@home, @handle, a..b@c.com, x@y.z, mail@-bad.com')).toEqual([]);
  });
});
