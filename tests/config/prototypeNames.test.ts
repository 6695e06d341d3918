// Names that every JavaScript object inherits (`constructor`) or that set its prototype
// (`__proto__`) are names like any other to the loader: never taken for a definition that exists,
// never lost.
import { danglingReferences } from '../support/danglingReferences';
import { BASE_FILES, makeFixture } from '../support/botFixture';

const manifest = BASE_FILES['bots/shop.yaml']!;
const track = BASE_FILES['flows/track.yaml']!;

function load(changes: Record<string, string>) {
  const fixture = makeFixture(changes);
  try {
    const { bot, problems } = fixture.load();
    return { bot, codes: problems.map((p) => p.code) };
  } finally {
    fixture.remove();
  }
}

describe('a name that every object inherits', () => {
  it.each([
    ['the start flow', { 'bots/shop.yaml': manifest.replace('start: hello', 'start: constructor') }, 'BATON_UNKNOWN_FLOW'],
    ['a validator', { 'flows/track.yaml': track.replace('ask: Which order? }', 'ask: Which order?, validate: constructor }') }, 'BATON_UNKNOWN_VALIDATOR'],
    ['an entity', { 'flows/track.yaml': track.replace('entity: order_id', 'entity: constructor') }, 'BATON_UNKNOWN_ENTITY'],
    ['a condition', { 'flows/hello.yaml': 'flow: hello\ntrigger: greet\nstates:\n  start:\n    branch:\n      - when: constructor\n        next: end\n      - else: end\n' }, 'BATON_UNKNOWN_CONDITION'],
  ])('is reported as unknown when it names %s that is not defined', (_what, changes, code) => {
    const { bot, codes } = load(changes);
    expect(codes).toContain(code);
    expect(bot).toBeUndefined();
  });

  it('names a flow that is linked and started like any other', () => {
    const { bot, codes } = load({
      'flows/hello.yaml': BASE_FILES['flows/hello.yaml']!.replace('flow: hello', 'flow: constructor'),
      'bots/shop.yaml': manifest.replace('start: hello', 'start: constructor'),
    });
    expect(codes).toEqual([]);
    expect(Object.hasOwn(bot!.flows, 'constructor')).toBe(true);
    expect(bot!.triggers.greet).toBe('constructor');
    expect(danglingReferences(bot!)).toEqual([]);
  });

  it('names an intent that triggers a flow, without being taken for a trigger already in use', () => {
    const { bot, codes } = load({
      'intents/main.yaml': BASE_FILES['intents/main.yaml']!.replace('greet:', 'constructor:'),
      'flows/hello.yaml': BASE_FILES['flows/hello.yaml']!.replace('trigger: greet', 'trigger: constructor'),
    });
    expect(codes).toEqual([]);
    expect(Object.hasOwn(bot!.triggers, 'constructor')).toBe(true);
    expect(bot!.triggers.constructor).toBe('hello');
  });

  it('names a webhook without being taken for an action of the code', () => {
    const { codes } = load({ 'bots/shop.yaml': `${manifest}webhooks:\n  constructor: { url: "http://127.0.0.1:9/", outcomes: [ok] }\n` });
    expect(codes).toEqual([]);
  });
});

it('keeps an entity value named __proto__ as a value, and the values an ordinary object', () => {
  const { bot, codes } = load({ 'intents/main.yaml': BASE_FILES['intents/main.yaml']!.replace('entities:\n', 'entities:\n  size:\n    values: { __proto__: [x], small: [s] }\n') });
  expect(codes).toEqual([]);
  const size = bot!.entities.size!;
  expect(size.kind === 'values' && Object.entries(size.values)).toEqual([['__proto__', ['x']], ['small', ['s']]]);
  expect(size.kind === 'values' && Object.getPrototypeOf(size.values)).toBe(Object.prototype);
});
