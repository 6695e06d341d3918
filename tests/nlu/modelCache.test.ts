// The trained-model cache: an unchanged bot starts from the file, any change to what training
// reads trains anew, and a damaged file is trained over rather than trusted.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { createBotNlu } from '../../src/nlu/createBotNlu';
import { fileModelCache, trainingKey, type ModelCache } from '../../src/nlu/modelCache';

const bot = loadBot(join(__dirname, '..', '..', 'bots', 'acme.yaml')).bot!;
const NOW = new Date('2026-11-24T10:00:00Z');
/** The sample bot trains one model per language it serves (English, Spanish and German). */
const MODELS = bot.languages.length;

function counting(cache: ModelCache): ModelCache & { hits: number; writes: number } {
  const c = { hits: 0, writes: 0, get: (k: string) => { const m = cache.get(k); if (m) c.hits++; return m; }, set: (k: string, m: Parameters<ModelCache['set']>[1]) => { c.writes++; cache.set(k, m); } };
  return c;
}

describe('the trained-model cache', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'baton-models-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('trains an unchanged bot once and then understands from the stored model exactly as after training', () => {
    const first = counting(fileModelCache(dir, bot.id));
    const trained = createBotNlu(bot, { cache: first });
    expect(MODELS).toBe(3);
    expect([first.hits, first.writes]).toEqual([0, MODELS]);
    expect(readdirSync(dir)).toEqual(['acme.model.json']);
    const second = counting(fileModelCache(dir, bot.id));
    const loaded = createBotNlu(bot, { cache: second });
    expect([second.hits, second.writes]).toEqual([MODELS, 0]);
    for (const text of ['where is my parcel', 'I want my money back', 'talk to a person please', 'purple elephants']) {
      expect(loaded.understand(text, NOW)).toEqual(trained.understand(text, NOW));
    }
  });

  it('keys a training run by its inputs, so a changed example trains anew', () => {
    expect(trainingKey({ examples: [{ text: 'hi', label: 'greet' }] })).toBe(trainingKey({ examples: [{ text: 'hi', label: 'greet' }] }));
    expect(trainingKey({ examples: [{ text: 'hi', label: 'greet' }] })).not.toBe(trainingKey({ examples: [{ text: 'hello', label: 'greet' }] }));
    const cache = fileModelCache(dir, bot.id);
    createBotNlu(bot, { cache });
    const changed = { ...bot, training: [...bot.training, { ...bot.training[0]!, text: 'a brand new way to ask' }] };
    const after = counting(fileModelCache(dir, bot.id));
    createBotNlu(changed, { cache: after });
    // Only the main language's examples changed: the other languages' models come from the file.
    expect([after.hits, after.writes]).toEqual([MODELS - 1, 1]);
  });

  it('trains anew when what masks the examples changes, though the examples are the same', () => {
    createBotNlu(bot, { cache: fileModelCache(dir, bot.id) });
    const [name, entity] = Object.entries(bot.entities).find(([, e]) => e.kind === 'regex')!;
    const entityChanged = { ...bot, entities: { ...bot.entities, [name]: { ...entity, pattern: '#?X\\d{9}' } } } as typeof bot;
    const zoneChanged = { ...bot, timezone: bot.timezone === 'Asia/Tokyo' ? 'Europe/Dublin' : 'Asia/Tokyo' };
    for (const changed of [entityChanged, zoneChanged]) {
      const after = counting(fileModelCache(dir, bot.id));
      createBotNlu(changed, { cache: after });
      expect([after.hits, after.writes]).toEqual([MODELS - 1, 1]);
    }
    const unchanged = counting(fileModelCache(dir, bot.id));
    createBotNlu(zoneChanged, { cache: unchanged });
    expect([unchanged.hits, unchanged.writes]).toEqual([MODELS, 0]);
  });

  it('trains over a damaged model file instead of failing', () => {
    writeFileSync(join(dir, 'acme.model.json'), '{"key": "x", "model": "not a model');
    const cache = counting(fileModelCache(dir, bot.id));
    expect(createBotNlu(bot, { cache }).understand('where is my parcel', NOW).intents[0]?.name).toBe('order_status');
    expect([cache.hits, cache.writes]).toEqual([0, MODELS]);
  });
});
