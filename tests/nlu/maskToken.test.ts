// The token that stands for an entity's kind stays one token through the text pipeline, is distinct
// per kind, and is no word a customer writes or an example holds.
import { join } from 'node:path';
import { BUILTIN_ENTITIES, type CompiledBot } from '../../src/config/compiledBot';
import { loadBot } from '../../src/config/loadBot';
import { isEnglishWord } from '../../src/nlu/entities/englishWords';
import { entitySpecs } from '../../src/nlu/createBotNlu';
import { maskEntities } from '../../src/nlu/maskEntities';
import { maskToken } from '../../src/nlu/maskToken';
import { normalise, stem, tokenise } from '../../src/nlu';

const acme = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot as CompiledBot;
const names = [...BUILTIN_ENTITIES, 'order_id', 'orderid', 'order-id', 'order id', 'postcode', 'tracking_number', 'ticket'];

describe('the mask token of an entity kind', () => {
  it.each(names)('of "%s" comes out of normalising, tokenising and stemming as itself', (name) => {
    const token = maskToken(name);
    const words = tokenise(normalise(`where is ${token}, please?`));
    expect(words).toEqual(['where', 'is', token, 'please']);
    expect(stem(token)).toBe(token);
  });

  it('differs for every kind, names that differ only in punctuation included', () => {
    expect(new Set(names.map(maskToken)).size).toBe(names.length);
  });

  it('is no English word, nor a word of any example of the sample bot', () => {
    const exampleWords = new Set(acme.training.flatMap((e) => tokenise(normalise(e.text))));
    for (const name of names) {
      const token = maskToken(name);
      expect(isEnglishWord(token)).toBe(false);
      expect(exampleWords.has(token)).toBe(false);
      expect(exampleWords.has(stem(token))).toBe(false);
    }
  });

  it('replaces an email address with a token that is not the word "email"', () => {
    const text = 'write to jane@example.com today';
    const masked = maskEntities(text, [{ entity: 'email', start: 9, end: 25, raw: 'jane@example.com', value: 'jane@example.com' }]);
    expect(tokenise(normalise(masked))).toEqual(['write', 'to', maskToken('email'), 'today']);
    expect(tokenise(normalise(masked))).not.toContain('email');
  });

  it('is given to every masked kind of the sample bot', () => {
    const masked = entitySpecs(acme).filter((s) => s.kind !== 'values').map((s) => s.name);
    expect(masked).toEqual(expect.arrayContaining(['email', 'order_id']));
  });
});
