// Message templates: placeholders found at load, filled at run time.
import { renderTemplate, templateReferences, TemplateError } from '../../src/engine/template';

describe('templates', () => {
  it('find the slots a text refers to', () => {
    expect(templateReferences('Order {{order_id}} goes to {{ address }}.')).toEqual(['order_id', 'address']);
    expect(templateReferences('No placeholders.')).toEqual([]);
  });

  it.each(['{{ order id }}', '{{}}', 'a {{ b', 'c }} d', '{{Order}}'])('reject the malformed "%s"', (text) => {
    expect(() => templateReferences(text)).toThrow(TemplateError);
  });

  it('fill values, money and unset slots', () => {
    expect(renderTemplate('{{a}}, {{ b }}, [{{c}}]', { a: 'x', b: { amount: 4.99, currency: 'GBP' } })).toBe('x, 4.99 GBP, []');
  });
});
