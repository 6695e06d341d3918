// Branch conditions of flows: a registered condition's name, or comparisons of slots joined by
// and/or/not. Parsed once at load into a tree; evaluated by the engine against slot values.

export type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type Literal = string | number | boolean;

export type Condition =
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'compare'; readonly slot: string; readonly op: Comparison; readonly value: Literal }
  | { readonly kind: 'isSet'; readonly slot: string; readonly negate: boolean }
  | { readonly kind: 'not'; readonly operand: Condition }
  | { readonly kind: 'all' | 'any'; readonly operands: readonly Condition[] };

export class ConditionSyntaxError extends Error {}

const TOKEN = /\s*(?:(==|!=|<=|>=|<|>|\(|\))|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(-?\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*))/y;

export function parseCondition(text: string): Condition {
  const tokens = tokenise(text);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const next = (): string => {
    const t = tokens[i++];
    if (t === undefined) throw new ConditionSyntaxError(`"${text}" ends too early.`);
    return t;
  };
  const orExpr = (): Condition => {
    const operands = [andExpr()];
    while (peek() === 'or') { i++; operands.push(andExpr()); }
    return operands.length === 1 ? operands[0]! : { kind: 'any', operands };
  };
  const andExpr = (): Condition => {
    const operands = [unary()];
    while (peek() === 'and') { i++; operands.push(unary()); }
    return operands.length === 1 ? operands[0]! : { kind: 'all', operands };
  };
  const unary = (): Condition => {
    const t = next();
    if (t === 'not') return { kind: 'not', operand: unary() };
    if (t === '(') {
      const inner = orExpr();
      if (next() !== ')') throw new ConditionSyntaxError(`"${text}" is missing a closing parenthesis.`);
      return inner;
    }
    if (!/^[a-z][a-z0-9_]*$/.test(t)) throw new ConditionSyntaxError(`"${text}": expected a slot or condition name, found ${t}.`);
    const op = peek();
    if (op === 'is') {
      i++;
      const negate = peek() === 'not';
      if (negate) i++;
      if (next() !== 'set') throw new ConditionSyntaxError(`"${text}": write "${t} is set" or "${t} is not set".`);
      return { kind: 'isSet', slot: t, negate };
    }
    if (op !== undefined && ['==', '!=', '<', '<=', '>', '>='].includes(op)) {
      i++;
      return { kind: 'compare', slot: t, op: op as Comparison, value: literal(next(), text) };
    }
    return { kind: 'named', name: t };
  };
  const tree = orExpr();
  if (i < tokens.length) throw new ConditionSyntaxError(`"${text}": unexpected ${tokens[i]}.`);
  return tree;
}

function tokenise(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new ConditionSyntaxError(`"${text}": cannot read "${text.slice(start).trim()}".`);
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  }
  if (tokens.length === 0) throw new ConditionSyntaxError('The condition is empty.');
  return tokens;
}

function literal(token: string, text: string): Literal {
  if (/^["']/.test(token)) return token.slice(1, -1).replace(/\\(.)/g, '$1');
  if (/^-?\d/.test(token)) return Number(token);
  if (token === 'true' || token === 'false') return token === 'true';
  if (/^[a-z][a-z0-9_]*$/i.test(token)) return token;
  throw new ConditionSyntaxError(`"${text}": ${token} is not a value.`);
}

/** The slots and condition names a condition refers to, for the loader's checks. */
export function conditionReferences(cond: Condition): { slots: string[]; names: string[] } {
  const slots: string[] = [];
  const names: string[] = [];
  const walk = (c: Condition): void => {
    if (c.kind === 'named') names.push(c.name);
    else if (c.kind === 'compare' || c.kind === 'isSet') slots.push(c.slot);
    else if (c.kind === 'not') walk(c.operand);
    else c.operands.forEach(walk);
  };
  walk(cond);
  return { slots, names };
}

export type SlotValues = Readonly<Record<string, unknown>>;

export function evaluateCondition(cond: Condition, slots: SlotValues, named: (name: string) => boolean): boolean {
  switch (cond.kind) {
    case 'named': return named(cond.name);
    case 'isSet': return (slots[cond.slot] !== undefined && slots[cond.slot] !== null) !== cond.negate;
    case 'not': return !evaluateCondition(cond.operand, slots, named);
    case 'all': return cond.operands.every((c) => evaluateCondition(c, slots, named));
    case 'any': return cond.operands.some((c) => evaluateCondition(c, slots, named));
    case 'compare': return compare(slots[cond.slot], cond.op, cond.value);
  }
}

function compare(actual: unknown, op: Comparison, expected: Literal): boolean {
  if (actual === undefined || actual === null) return op === '!=';
  const a = typeof expected === 'number' ? Number(actual) : typeof expected === 'boolean' ? actual === true || actual === 'true' : String(actual).toLowerCase();
  const b = typeof expected === 'string' ? expected.toLowerCase() : expected;
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
  }
}
