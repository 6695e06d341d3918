// In a queue that needs the customer's language, a waiting customer's place and wait are counted among
// the conversations in their language (only those share their agents), and told in that language.
import { join } from 'node:path';
import { loadBot } from '../../src/config/loadBot';
import { announcePositions } from '../../src/handoff/announcePositions';
import type { HandoffPacket } from '../../src/handoff/handoffPacket';
import { HandoffService } from '../../src/handoff/handoffService';
import { manualClock } from '../../src/runtime/clock';
import { openSqliteDatabase } from '../../src/store/openSqliteDatabase';
import { createSqliteHandoffStore } from '../../src/store/sqliteHandoffStore';

const bot = loadBot(join(__dirname, '../fixtures/bilingualHandoff/bots/shop.yaml')).bot!;
const packet = (conversationId: string, language: string, queue = 'orders') => ({ conversationId, queue, priority: 50, language }) as unknown as HandoffPacket;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('queue places in a queue that needs the customer\'s language', () => {
  it('are counted and estimated among the conversations in the same language, and told in it', async () => {
    const db = openSqliteDatabase(':memory:');
    try {
      const clock = manualClock('2026-11-24T10:00:00Z');
      const service = new HandoffService(createSqliteHandoffStore(db), clock);
      const told: string[] = [];
      announcePositions(service, () => bot, async (conversationId, replies) => { told.push(`${conversationId}: ${replies[0]!.text}`); return true; });
      const enqueued = [];
      for (const [id, language] of [['e1', 'en'], ['s1', 'es'], ['e2', 'en'], ['s2', 'es']] as const) {
        enqueued.push(await service.enqueue(bot.id, packet(id, language), 'queue'));
        clock.advance(1000);
      }
      await settle();
      // Spanish s2 is second among the Spanish, whatever English conversations wait before her.
      expect((await service.position(enqueued[3]!, (other) => other.packet.language === 'es')).position).toBe(2);

      clock.advance(2 * 60_000 - 4000); // s1 waited 2 minutes
      await service.claim(enqueued[1]!.id, 'sofia', 3);
      await settle();
      // Only s2 moved up; the English ones kept their places among the English.
      expect(told).toEqual(['s2: Eres el número 1 de la cola; la espera es de unos 2 minutos. Lo que escribas ahora le llegará al agente.']);

      clock.advance(8 * 60_000 + 1000); // e1 waited 10 minutes
      await service.claim(enqueued[0]!.id, 'ann', 3);
      await settle();
      // e2's wait comes from the English claim (10 minutes), not the average with the Spanish one.
      expect(told.slice(1)).toEqual(["e2: You're number 1 in the queue; the wait is about 10 minutes. Anything you write now goes to the agent."]);
    } finally {
      db.close();
    }
  });

  it('are counted among the whole queue where it does not need the language, told in each customer\'s language', async () => {
    const db = openSqliteDatabase(':memory:');
    try {
      const clock = manualClock('2026-11-24T10:00:00Z');
      const service = new HandoffService(createSqliteHandoffStore(db), clock);
      const told: string[] = [];
      announcePositions(service, () => bot, async (conversationId, replies) => { told.push(`${conversationId}: ${replies[0]!.text}`); return true; });
      const first = await service.enqueue(bot.id, packet('e1', 'en', 'general'), 'queue');
      clock.advance(1000);
      await service.enqueue(bot.id, packet('s1', 'es', 'general'), 'queue');
      await settle();
      await service.claim(first.id, 'ann', 3);
      await settle();
      expect(told).toEqual([expect.stringMatching(/^s1: Eres el número 1 de la cola; la espera es de menos de un minuto\./)]);
    } finally {
      db.close();
    }
  });
});
