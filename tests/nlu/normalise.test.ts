import { normalise } from '../../src/nlu';

describe('normalise', () => {
  it('lower-cases text and removes punctuation', () => {
    expect(normalise('Where is my ORDER?!')).toBe('where is my order');
  });

  it('applies Unicode NFKC so full-width letters become plain ones', () => {
    expect(normalise('ＯＲＤＥＲ １２３')).toBe('order 123');
  });

  it('strips accents', () => {
    expect(normalise('Café crème, naïve façade')).toBe('cafe creme naive facade');
  });

  it('expands English contractions, with straight or curly apostrophes', () => {
    expect(normalise("Where's my parcel? I can't find it")).toBe('where is my parcel i can not find it');
    expect(normalise('I won’t pay, we’ll see, they’re late, I’m sure')).toBe('i will not pay we will see they are late i am sure');
    expect(normalise('wheres my order, i dont know')).toBe('where is my order i do not know');
  });

  it("drops a possessive 's", () => {
    expect(normalise("John's order")).toBe('john order');
  });

  it('keeps letters and digits of other scripts and drops emoji', () => {
    expect(normalise('Привет 👋 你好 #12345')).toBe('привет 你好 12345');
  });

  it('returns an empty string for punctuation or emoji only', () => {
    expect(normalise('?!... 🙂🙂')).toBe('');
  });
});
