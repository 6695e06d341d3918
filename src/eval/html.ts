// Markup built so that text can never become markup: `html` is a tagged template whose
// interpolated strings and numbers are always escaped; only values that are themselves `html`
// results (or `trusted` constants written in this codebase) are inserted as they are.

export class SafeHtml {
  readonly #markup: string;
  /** Use `html` or `trusted`; the constructor is not for text. */
  constructor(markup: string, brand: typeof BRAND) {
    if (brand !== BRAND) throw new TypeError('SafeHtml is made by html`...` or trusted()');
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

const BRAND = Symbol('SafeHtml');

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => (out += render(v) + (strings[i + 1] ?? '')));
  return new SafeHtml(out, BRAND);
}

/** Markup written in this codebase (a style sheet); never pass text from a bot or a customer. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup, BRAND);
}
