// A real server on the default SQLite store, its data on a small disk that fills up under a bounded
// load and then has room again: turns answer 503 while the disk is full, /readyz 503, both recover
// without a restart once there is room, and no message the server acknowledged is lost.
import { join } from 'node:path';
import { createSqliteStore } from '../../src/store/sqliteStore';
import { startBaton } from '../support/batonProcess';
import { reportFigures } from '../support/faultFigures';
import { CAN_MOUNT, mountSmallDisk } from '../support/smallDisk';
import { firstAnswerAfter, startTurnLoad } from '../support/turnLoad';

const MANIFEST = join(__dirname, '..', '..', 'bots', 'acme.yaml');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

(CAN_MOUNT ? describe : describe.skip)('a server whose disk fills up', () => {
  it('answers 503 while full, recovers without a restart, and loses no acknowledged turn', async () => {
    const disk = mountSmallDisk(16);
    const server = await startBaton(MANIFEST, { BATON_DATA_DIR: disk.dir, BATON_TURNS_PER_MINUTE: '100000', BATON_TURNS_PER_MINUTE_PER_ADDRESS: '100000' });
    try {
      const load = startTurnLoad(server.url, 10);
      await sleep(2000);
      const fullAt = Date.now();
      disk.fill();
      await sleep(6000);
      const roomAt = Date.now();
      disk.empty();
      await sleep(3000);
      await load.stop();
      const { answers } = load;
      const fullTurns = answers.filter((a) => a.path === '/api/chat' && a.startedAt >= fullAt + 1000 && a.startedAt + a.ms <= roomAt);

      const figures = {
        fullTurnTo503: firstAnswerAfter(answers, '/api/chat', fullAt, (s) => s === 503),
        fullReadyTo503: firstAnswerAfter(answers, '/readyz', fullAt, (s) => s === 503),
        roomTurnTo200: firstAnswerAfter(answers, '/api/chat', roomAt, (s) => s === 200),
        roomReadyTo200: firstAnswerAfter(answers, '/readyz', roomAt, (s) => s === 200),
        turnsWhileFull: fullTurns.length,
        answered200WhileFull: fullTurns.filter((a) => a.status === 200).length,
        turns: answers.filter((a) => a.path === '/api/chat').length,
        status500: answers.filter((a) => a.status === 500 || a.status === 0).length,
      };
      reportFigures('disk-full', figures);

      expect(figures.turnsWhileFull).toBeGreaterThan(10);
      for (const turn of fullTurns) expect(turn.status).toBe(503);
      expect(figures.fullReadyTo503).toBeLessThan(2000);
      expect(figures.roomTurnTo200).toBeLessThan(2000);
      expect(figures.roomReadyTo200).toBeLessThan(2000);
      expect(figures.status500).toBe(0);

      await server.stop();
      const store = createSqliteStore(join(disk.dir, 'acme.db'));
      try {
        const acknowledged = load.acknowledged();
        expect(acknowledged.size).toBe(10);
        for (const [conversationId, texts] of acknowledged) {
          const stored = (await store.transcript('acme', conversationId)).filter((e) => e.from === 'customer').map((e) => e.text);
          expect(stored.filter((t) => texts.includes(t))).toEqual(texts);
        }
      } finally {
        await store.close();
      }
    } finally {
      await server.kill();
      disk.unmount();
    }
  }, 120_000);
});
