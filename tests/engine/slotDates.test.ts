// A slot's `dates` setting picks which "Friday" a customer means: the coming one for an appointment
// (the default), the last one for "when did it start?", the closest with `any`. Monday 7 December 2026.
import { allSlotValues } from '../../src/engine/conversationState';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { manualClock } from '../../src/runtime/clock';
import { createRuntime } from '../../src/runtime/createRuntime';
import { createMemoryStore } from '../../src/store/memoryStore';
import { makeFixture } from '../support/botFixture';
import { TINY_BOT_FILES } from '../support/tinyBot';

const flow = (dates: string) => `flow: visit
trigger: book_visit
slots:
  visit_on: { entity: date,${dates} ask: Which day?, confirm: true }
states:
  start:
    collect: [visit_on]
    next: done
  done:
    say: "See you on {{visit_on}}."
    next: end
`;

const files = (dates: string) => ({
  ...TINY_BOT_FILES,
  'bots/shop.yaml': TINY_BOT_FILES['bots/shop.yaml']!.replace('start: hello', 'start: hello\nlocale: en-IE\ntimezone: Europe/Dublin'),
  'intents/visit.yaml': 'intents:\n  book_visit:\n    examples: [book a visit, I want to come in, can I make an appointment, book me in please, I need an appointment]\n',
  'flows/visit.yaml': flow(dates),
});

async function visitOn(dates: string, answer = 'Friday'): Promise<{ slot: unknown; replies: string[] }> {
  const fixture = makeFixture(files(dates));
  try {
    const { bot, problems } = fixture.load({ code: null });
    if (!bot) throw new Error(problems.map((p) => `${p.code} ${p.message}`).join('; '));
    const runtime = createRuntime({ bot, nlu: createBotNlu(bot), store: createMemoryStore(), clock: manualClock('2026-12-07T11:00:00Z') });
    expect((await runtime.message('c1', { text: 'I need an appointment' })).replies.map((r) => r.text)).toEqual(['Which day?']);
    const answered = await runtime.message('c1', { text: answer });
    return { slot: allSlotValues(answered.state).visit_on, replies: answered.replies.map((r) => r.text) };
  } finally {
    fixture.remove();
  }
}

describe('a date slot\'s dates setting, on Monday 7 December 2026', () => {
  it('reads "Friday" as the coming Friday by default, and repeats it back as people write it', async () => {
    expect(await visitOn('')).toEqual({ slot: '2026-12-11', replies: ['Just to check: Friday 11 December. Is that right?'] });
  });

  it('reads "Friday" as the coming Friday with future', async () => {
    expect((await visitOn(' dates: future,')).slot).toBe('2026-12-11');
  });

  it('reads "Friday" as the last Friday with past', async () => {
    expect(await visitOn(' dates: past,')).toEqual({ slot: '2026-12-04', replies: ['Just to check: Friday 4 December. Is that right?'] });
  });

  it('reads "Friday" as the closest Friday with any', async () => {
    expect((await visitOn(' dates: any,')).slot).toBe('2026-12-04');
  });

  it('leaves "next Friday" and "last Friday" as the customer said them, whatever the setting', async () => {
    expect((await visitOn(' dates: past,', 'next Friday')).slot).toBe('2026-12-18');
    expect((await visitOn('', 'last Friday')).slot).toBe('2026-12-04');
  });

  it('reads a day of the year without a year as the coming one, with the year shown', async () => {
    expect(await visitOn('', '3 December')).toEqual({ slot: '2027-12-03', replies: ['Just to check: Friday 3 December 2027. Is that right?'] });
  });
});

describe('the loader and the dates setting', () => {
  it('refuses it on a slot that holds no dates, and names the slot', () => {
    const fixture = makeFixture({ ...files(''), 'flows/visit.yaml': flow('').replace('visit_on: { entity: date,', 'visit_on: { entity: email, dates: past,') });
    try {
      const { bot, problems } = fixture.load({ code: null });
      expect(bot).toBeUndefined();
      expect(problems.map((p) => [p.code, p.message])).toEqual([['BATON_SLOT_DATES', 'Slot "visit_on" says how to read dates, but its entity "email" holds no dates.']]);
    } finally {
      fixture.remove();
    }
  });

  it('refuses a value it does not know, naming the ones it does', () => {
    const fixture = makeFixture(files(' dates: later,'));
    try {
      const { bot, problems } = fixture.load({ code: null });
      expect(bot).toBeUndefined();
      expect(problems).toHaveLength(1);
      expect(problems[0]!.code).toMatch(/^BATON_SCHEMA/);
      expect(`${problems[0]!.message} ${problems[0]!.hint ?? ''}`).toMatch(/future.*past.*any/);
    } finally {
      fixture.remove();
    }
  });

  it('gives the compiled date slot its setting, and other slots none', () => {
    const fixture = makeFixture({ ...files(' dates: past,'), 'flows/visit.yaml': flow(' dates: past,').replace('slots:\n', 'slots:\n  email: { entity: email }\n') });
    try {
      const { bot } = fixture.load({ code: null });
      expect(bot!.flows['visit']!.slots['visit_on']!.dates).toBe('past');
      expect(bot!.flows['visit']!.slots['email']!.dates).toBeUndefined();
    } finally {
      fixture.remove();
    }
  });
});
