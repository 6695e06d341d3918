// A message holding the value a question asks for says something more only with words of its own:
// not the question's words, not the slot's label, not filler.
import type { CompiledSlot } from '../../src/config/compiledBot';
import { saysMoreThanValue } from '../../src/engine/saysMoreThanValue';
import { ENGLISH } from '../../src/language/languages';
import type { EntityMatch } from '../../src/nlu/entities/entitySpec';

const day = { name: 'start_date', label: 'Start date', ask: ['From which day should the freeze start?'], entity: 'date' } as unknown as CompiledSlot;
const order = { name: 'order_id', label: 'Order number', ask: ['Which order is it? It looks like #12345.'], entity: 'order_id' } as unknown as CompiledSlot;

function valueIn(text: string, raw: string, entity: string): EntityMatch[] {
  const start = text.indexOf(raw);
  return [{ entity, value: raw, raw, start, end: start + raw.length }];
}

describe('whether a message says more than the value asked for', () => {
  it('does when it names another matter around the value', () => {
    expect(saysMoreThanValue('I cannot make my spin class tomorrow', day, valueIn('I cannot make my spin class tomorrow', 'tomorrow', 'date'), ENGLISH)).toBe(true);
  });

  it('does not for the value alone, with filler, or with words of the question and the label', () => {
    expect(saysMoreThanValue('tomorrow', day, valueIn('tomorrow', 'tomorrow', 'date'), ENGLISH)).toBe(false);
    expect(saysMoreThanValue('from tomorrow', day, valueIn('from tomorrow', 'tomorrow', 'date'), ENGLISH)).toBe(false);
    expect(saysMoreThanValue('start the freeze tomorrow', day, valueIn('start the freeze tomorrow', 'tomorrow', 'date'), ENGLISH)).toBe(false);
    expect(saysMoreThanValue('order 12346', order, valueIn('order 12346', '12346', 'order_id'), ENGLISH)).toBe(false);
    expect(saysMoreThanValue('the order number is #12346', order, valueIn('the order number is #12346', '#12346', 'order_id'), ENGLISH)).toBe(false);
  });
});
