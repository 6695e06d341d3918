import { BUILTIN_ENTITIES as LOADER_BUILTINS } from '../../../src/config/compiledBot';
import { BUILTIN_ENTITIES, type EntityContext } from '../../../src/nlu/entities';
import { createBotNlu } from '../../../src/nlu/createBotNlu';
import { manualClock } from '../../../src/runtime/clock';
import { createRuntime } from '../../../src/runtime/createRuntime';
import { createMemoryStore } from '../../../src/store/memoryStore';
import { allSlotValues } from '../../../src/engine/conversationState';
import { BASE_FILES, makeFixture } from '../../support/botFixture';
import { builtinValues, extractWith, london, spanOf } from './helpers';

const ranges = (text: string, ctx: EntityContext = london) => builtinValues('date_range', text, ctx);
const range = (start: string, end = start) => ({ start, end });
const at = (iso: string): EntityContext => ({ ...london, now: new Date(iso) });

describe('the date_range builtin (now: Tuesday 24 November 2026, 10:00 in London)', () => {
  it.each([
    ['last month', range('2026-10-01', '2026-10-31')],
    ['in November', range('2026-11-01', '2026-11-30')],
    ['November', range('2026-11-01', '2026-11-30')],
    ['this week', range('2026-11-23', '2026-11-29')],
    ['next week', range('2026-11-30', '2026-12-06')],
    ['last week', range('2026-11-16', '2026-11-22')],
    ['between 1 and 5 December', range('2026-12-01', '2026-12-05')],
    ['from 1 to 5 December', range('2026-12-01', '2026-12-05')],
    ['1-5 December', range('2026-12-01', '2026-12-05')],
    ['since Monday', range('2026-11-23', '2026-11-24')],
    ['this weekend', range('2026-11-28', '2026-11-29')],
    ['today', range('2026-11-24')],
    ['tomorrow', range('2026-11-25')],
    ['next week tuesday', range('2026-12-01')],
    ['tuesday next week', range('2026-12-01')],
    ['on 3 December', range('2026-12-03')],
    ['Friday', range('2026-11-27')],
  ])('reads "%s" as %j', (text, expected) => {
    expect(ranges(text)).toEqual([expected]);
  });

  it('reads a period inside a sentence, with its span', () => {
    const text = 'I was charged twice last month, can you check?';
    expect(extractWith({ kind: 'builtin', name: 'period', builtin: 'date_range' }, text)).toEqual([
      { entity: 'period', ...spanOf(text, 'last month'), raw: 'last month', value: range('2026-10-01', '2026-10-31'), score: 1 },
    ]);
  });

  it('covers "since" in the span of "since Monday"', () => {
    const [match] = extractWith({ kind: 'builtin', name: 'period', builtin: 'date_range' }, 'nothing has arrived since Monday');
    expect(match).toMatchObject({ raw: 'since Monday', value: range('2026-11-23', '2026-11-24') });
  });

  it('reads "since Monday" on a Sunday as from the Monday before', () => {
    expect(ranges('since Monday', at('2026-11-29T10:00:00Z'))).toEqual([range('2026-11-23', '2026-11-29')]);
  });

  it('reads "since 3 December" before that day as from 3 December a year ago', () => {
    expect(ranges('since 3 December')).toEqual([range('2025-12-03', '2026-11-24')]);
  });

  it('reads weeks from Monday to Sunday on any day, Sunday included', () => {
    const sunday = at('2026-11-29T10:00:00Z');
    expect(ranges('this week', sunday)).toEqual([range('2026-11-23', '2026-11-29')]);
    expect(ranges('this weekend', sunday)).toEqual([range('2026-11-28', '2026-11-29')]);
    expect(ranges('next week', sunday)).toEqual([range('2026-11-30', '2026-12-06')]);
  });

  it('reads "next week tuesday" and "tuesday next week" on a Thursday as the Tuesday of the next week', () => {
    const thursday = at('2026-11-26T10:00:00Z');
    expect(ranges('next week tuesday', thursday)).toEqual([range('2026-12-01')]);
    expect(ranges('tuesday next week', thursday)).toEqual([range('2026-12-01')]);
    expect(ranges('last week on friday', thursday)).toEqual([range('2026-11-20')]);
  });

  it('reads a range of months, and a range given backwards, in order', () => {
    expect(ranges('from October to December')).toEqual([range('2026-10-01', '2026-12-31')]);
    expect(ranges('from 5 to 1 December')).toEqual([range('2026-12-01', '2026-12-05')]);
  });

  it('reads a range across the new year', () => {
    expect(ranges('from 28 December to 3 January')).toEqual([range('2026-12-28', '2027-01-03')]);
  });

  it.each(['order 12345 arrived broken', 'call me at 3pm', 'between you and me, it broke', ''])('finds no period in "%s"', (text) => {
    expect(ranges(text)).toEqual([]);
  });

  it('reads days in the bot time zone, not in UTC', () => {
    const tokyo = { timezone: 'Asia/Tokyo', now: new Date('2026-11-29T20:00:00Z') }; // 05:00 on Monday 30 November in Tokyo
    expect(ranges('today', tokyo)).toEqual([range('2026-11-30')]);
    expect(ranges('this week', tokyo)).toEqual([range('2026-11-30', '2026-12-06')]);
    expect(ranges('last month', tokyo)).toEqual([range('2026-10-01', '2026-10-31')]);
  });

  it('is a builtin the loader and the entity extractor both know', () => {
    expect(BUILTIN_ENTITIES).toContain('date_range');
    expect([...LOADER_BUILTINS]).toEqual([...BUILTIN_ENTITIES]);
  });
});

describe('a slot with entity: date_range', () => {
  const fixture = makeFixture({
    'bots/shop.yaml': BASE_FILES['bots/shop.yaml']!.replace('start: hello', 'start: hello\ntimezone: Europe/London'),
    'intents/main.yaml': BASE_FILES['intents/main.yaml']!.replace('  track:', '  statement:\n    examples: [I need a statement, send me a statement of my account]\n  track:'),
    'flows/statement.yaml': `flow: statement
trigger: statement
slots:
  period: { entity: date_range, ask: Which period should it cover? }
states:
  start:
    collect: [period]
    next: done
  done:
    say: Your statement for {{period}} is on its way.
    next: end
`,
  });
  afterAll(() => fixture.remove());

  it('is filled from the period the customer names, and shown readably', async () => {
    const { bot, problems } = fixture.load();
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const runtime = createRuntime({ bot: bot!, nlu: createBotNlu(bot!), store: createMemoryStore(), clock: manualClock('2026-11-24T10:00:00Z') });
    const asked = await runtime.message('c1', { text: 'I need a statement' });
    expect(asked.replies.map((r) => r.text)).toEqual(['Which period should it cover?']);
    const answered = await runtime.message('c1', { text: 'between 1 and 5 December please' });
    expect(allSlotValues(answered.state).period).toEqual(range('2026-12-01', '2026-12-05'));
    expect(answered.replies.map((r) => r.text)).toContain('Your statement for December 1–5 is on its way.');
  });
});
