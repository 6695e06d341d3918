// Message templates: `{{slot}}` placeholders, checked at load and filled by the engine.
import { dateRangeText } from './dateRangeText';
import { PLAIN_STYLE, type TextStyle } from './textStyle';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** A slot name, or a detail of a saved reply such as `customer.name` (which a flow's templates never allow). */
const NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/;

export class TemplateError extends Error {}

/** The names a template refers to; throws TemplateError for a malformed placeholder. */
export function templateReferences(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (!NAME.test(name)) throw new TemplateError(`"{{${name}}}" is not a placeholder: write {{slot_name}}.`);
    names.push(name);
  }
  const rest = template.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) throw new TemplateError('A "{{" or "}}" has no partner.');
  return names;
}

/**
 * Fills placeholders; a value that is not set renders as an empty string. `values` is a record, or a
 * function asked for each placeholder's value only (slot values by their entity: see slotText.ts).
 */
export function renderTemplate(template: string, values: Readonly<Record<string, unknown>> | ((name: string) => unknown), style: TextStyle = PLAIN_STYLE): string {
  const valueOf = typeof values === 'function' ? values : (name: string): unknown => values[name];
  return template.replace(PLACEHOLDER, (_, name: string) => displayValue(valueOf(name.trim()), style));
}

/** How a value reads in a text by its shape: money as "25 GBP", a date range as "1–5 December 2026" (see dateRangeText.ts). */
export function displayValue(value: unknown, style: TextStyle = PLAIN_STYLE): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('amount' in v && 'currency' in v) return `${String(v.amount)} ${String(v.currency)}`;
    const range = dateRangeText(v, style);
    if (range !== undefined) return range;
    return JSON.stringify(value);
  }
  return String(value);
}
