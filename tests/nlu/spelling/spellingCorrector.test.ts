import { spellingCorrector, trainSpellingCorrector } from '../../../src/nlu/spelling/spellingCorrector';

const BOT = trainSpellingCorrector([
  ['where', 'is', 'my', 'package'],
  ['track', 'my', 'package'],
  ['my', 'charger', 'is', 'broken'],
  ['i', 'want', 'a', 'refund'],
  ['two', 'refunds', 'please'],
  ['cancel', 'my', 'subscription'],
  ['add', 'it', 'to', 'my', 'cart'],
  ['update', 'my', 'card'],
  ['save', 'the', 'recipe'],
]);
const { correct } = BOT;

describe('spelling correction', () => {
  it('corrects a swapped, dropped, added or changed letter into the bot word', () => {
    expect(correct('pakcage')).toBe('package');
    expect(correct('pakage')).toBe('package');
    expect(correct('packagge')).toBe('package');
    expect(correct('pacjage')).toBe('package');
  });

  it('leaves a word longer than any real one as it is, even one letter from a bot word of that length', () => {
    const long = 'a'.repeat(21) + 'b'.repeat(21);
    const chat = trainSpellingCorrector([[long, 'please'], ['shorter', 'words']]);
    expect(chat.correct(long.slice(1))).toBe(long.slice(1));
    expect(chat.correct('shortr')).toBe('shorter');
    expect(correct('x'.repeat(2000))).toBe('x'.repeat(2000));
  });

  it('reaches two edits in a long word but one in a short word', () => {
    expect(correct('subscirptoin')).toBe('subscription');
    expect(correct('trcka')).toBe('trcka');
  });

  it('never makes a three-letter word longer or shorter: slang is not a typo', () => {
    const chat = trainSpellingCorrector([['ya', 'sure'], ['thanks', 'a', 'lot'], ['yes', 'please']]);
    expect(chat.correct('cya')).toBe('cya');
    expect(chat.correct('yse')).toBe('yes');
  });

  it('corrects a stop word the bot saw', () => {
    expect(correct('whree')).toBe('where');
  });

  it('prefers a bot word to a general word as near', () => {
    expect(correct('chargr')).toBe('charger');
  });

  it('prefers a nearer general word to a farther bot word', () => {
    expect(correct('reciept')).toBe('receipt');
  });

  it('never turns a known general word into a different bot word', () => {
    expect(correct('charged')).toBe('charged');
    expect(correct('tracks')).toBe('tracks');
  });

  it('leaves bot words, stop words, digits and short words alone', () => {
    expect(correct('refund')).toBe('refund');
    expect(correct('were')).toBe('were');
    expect(correct('pack4ge')).toBe('pack4ge');
    expect(correct('pakage2')).toBe('pakage2');
    expect(correct('mu')).toBe('mu');
  });

  it('leaves sounds of hesitation alone, though one swap from a bot word: "hmm" is not "mhm"', () => {
    const { correct: withMhm } = trainSpellingCorrector([['mhm'], ['uh', 'huh'], ['yes']]);
    expect(withMhm('hmm')).toBe('hmm');
    expect(withMhm('hmmm')).toBe('hmmm');
    expect(withMhm('mhmm')).toBe('mhm');
  });

  it('leaves a word alone when two bot words with different stems are as likely', () => {
    expect(correct('carx')).toBe('carx');
  });

  it('takes the more frequent bot word when it is clearly more frequent', () => {
    const frequent = spellingCorrector(['cart', 'card'], Uint32Array.from([5, 1]));
    expect(frequent.correct('carx')).toBe('cart');
  });

  it('does not count two forms of one word as a choice between words', () => {
    expect(['refund', 'refunds']).toContain(correct('refunde'));
  });

  it('leaves a word alone when nothing is near', () => {
    expect(correct('zyxwvut')).toBe('zyxwvut');
  });
});
