// Branch conditions: parsed once at load, evaluated against slot values.
import { conditionReferences, ConditionSyntaxError, evaluateCondition, parseCondition } from '../../src/engine/condition';

const eval_ = (text: string, slots: Record<string, unknown>, named: Record<string, boolean> = {}): boolean =>
  evaluateCondition(parseCondition(text), slots, (n) => named[n] ?? false);

describe('branch conditions', () => {
  it('compare slots with strings, numbers and booleans', () => {
    expect(eval_('reason == "damaged"', { reason: 'Damaged' })).toBe(true);
    expect(eval_("reason != 'damaged'", { reason: 'wrong item' })).toBe(true);
    expect(eval_('total > 50', { total: 60 })).toBe(true);
    expect(eval_('total <= 50', { total: '60' })).toBe(false);
    expect(eval_('vip == true', { vip: true })).toBe(true);
  });

  it('test whether a slot is set', () => {
    expect(eval_('email is set', { email: 'a@b.c' })).toBe(true);
    expect(eval_('email is not set', {})).toBe(true);
    expect(eval_('total > 5', {})).toBe(false);
  });

  it('join with and, or, not and parentheses, with and binding tighter', () => {
    expect(eval_('a is set or b is set and c is set', { a: 1 })).toBe(true);
    expect(eval_('(a is set or b is set) and c is set', { a: 1 })).toBe(false);
    expect(eval_('not is_vip and total > 10', { total: 20 }, { is_vip: false })).toBe(true);
  });

  it('list the slots and condition names they use', () => {
    expect(conditionReferences(parseCondition('is_vip or (total > 5 and email is set)'))).toEqual({ slots: ['total', 'email'], names: ['is_vip'] });
  });

  it.each(['', 'total >', 'total > > 5', '(a is set', 'a is maybe', '"x" == a', 'a == 5 b'])('reject "%s" with a syntax error', (text) => {
    expect(() => parseCondition(text)).toThrow(ConditionSyntaxError);
  });
});
