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

  it('show a date range as its first and last day in British English, with the year, without a bot', () => {
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-01', end: '2026-12-05' } })).toBe('1–5 December 2026');
    expect(renderTemplate('{{p}}', { p: { start: '2026-09-28', end: '2026-10-04' } })).toBe('28 September – 4 October 2026');
  });

  it('show a date range of one day as that day', () => {
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-03', end: '2026-12-03' } })).toBe('Thursday 3 December 2026');
  });

  it('show the year on both ends of a date range across the new year', () => {
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-28', end: '2027-01-03' } })).toBe('28 December 2026 – 3 January 2027');
  });

  it('show a date range in the style given: the locale\'s order, and no year within the current one', () => {
    const irish = { locale: 'en-IE', timezone: 'Europe/Dublin', year: 2026 };
    const american = { locale: 'en-US', timezone: 'America/New_York', year: 2026 };
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-01', end: '2026-12-05' } }, irish)).toBe('1–5 December');
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-01', end: '2026-12-05' } }, american)).toBe('December 1–5');
    expect(renderTemplate('{{p}}', { p: { start: '2026-11-30', end: '2026-12-06' } }, american)).toBe('November 30 – December 6');
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-28', end: '2027-01-03' } }, american)).toBe('December 28, 2026 – January 3, 2027');
    expect(renderTemplate('{{p}}', { p: { start: '2027-03-01', end: '2027-03-05' } }, irish)).toBe('1–5 March 2027');
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-11', end: '2026-12-11' } }, irish)).toBe('Friday 11 December');
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-01', end: '2026-12-05' } }, { locale: 'de-DE', timezone: 'Europe/Berlin', year: 2026 })).toBe('1.–5. Dezember');
  });

  it('show an object with a start and an end that are not days as JSON', () => {
    expect(renderTemplate('{{p}}', { p: { start: 'soon', end: '2026-12-03' } })).toBe('{"start":"soon","end":"2026-12-03"}');
    expect(renderTemplate('{{p}}', { p: { start: '2026-02-30', end: '2026-03-01' } })).toBe('{"start":"2026-02-30","end":"2026-03-01"}');
    expect(renderTemplate('{{p}}', { p: { start: '2026-12-05', end: '2026-12-01' } })).toBe('{"start":"2026-12-05","end":"2026-12-01"}');
  });
});
