import { builtinValues, extractWith, spanOf } from './helpers';

describe('the url builtin', () => {
  it('finds an address with a scheme and leaves sentence punctuation out of the span', () => {
    const text = 'see https://acme.com/returns?id=5.';
    expect(extractWith({ kind: 'builtin', name: 'url', builtin: 'url' }, text)).toEqual([
      { entity: 'url', ...spanOf(text, 'https://acme.com/returns?id=5'), raw: 'https://acme.com/returns?id=5', value: 'https://acme.com/returns?id=5', score: 1 },
    ]);
  });

  it('finds addresses starting with www and bare domains with a common ending', () => {
    expect(builtinValues('url', 'try www.acme.co.uk/help or acme.com, (https://x.org/a_(b))')).toEqual([
      'https://www.acme.co.uk/help',
      'https://acme.com/',
      'https://x.org/a_(b)',
    ]);
  });

  it('does not read email domains, file names or missing spaces as addresses', () => {
    expect(builtinValues('url', 'bob@acme.com e.g. file.txt node.js Thanks.in the meantime')).toEqual([]);
  });
});
