// Memory of idle conversations in the memory store: 100,000 conversations of the sample bot, each
// left after a few turns (a return started, an order tracked), kept by createMemoryStore. Measures
// the heap after a full garbage collection, before and after; natural's and NLP.js have no store to
// compare, so the figure is bytes per conversation and the size of one state's JSON.
// Usage: npm run bench:idle [-- --count 100000]
import { join } from 'node:path';
import { loadBot } from '../src/config/loadBot';
import type { ConversationState } from '../src/engine/conversationState';
import { createBotNlu } from '../src/nlu/createBotNlu';
import { manualClock } from '../src/runtime/clock';
import { createRuntime } from '../src/runtime/createRuntime';
import { createMemoryStore } from '../src/store/memoryStore';
import { arg } from './loadGenerator';

const COUNT = Number(arg('count', '100000'));

function heap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with node --expose-gc: npm run bench:idle.');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const bot = loadBot(join(__dirname, '..', 'bots', 'acme.yaml')).bot!;
  const nlu = createBotNlu(bot);
  // Three typical conversations, run through the real runtime, as templates.
  const scratch = createMemoryStore();
  const runtime = createRuntime({ bot, nlu, store: scratch, clock: manualClock('2026-11-24T10:00:00Z') });
  const scripts = [['I want to return order #12346, it arrived broken'], ['where is my order', '12345'], ['how much is shipping', 'no']];
  const templates: ConversationState[] = [];
  for (const [i, script] of scripts.entries()) {
    await runtime.start(`t${i}`, { channel: 'webchat', userId: `u${i}` });
    let outcome;
    for (const text of script) outcome = await runtime.message(`t${i}`, { text });
    templates.push(outcome!.state);
  }
  const store = createMemoryStore({ maxConversations: COUNT, idleMs: 24 * 3600_000 });
  const before = heap();
  for (let i = 0; i < COUNT; i++) {
    const t = templates[i % templates.length]!;
    await store.saveState({ ...t, conversationId: `c${i}`, customer: { channel: 'webchat', userId: `user-${i}` } });
  }
  const after = heap();
  const perConversation = (after - before) / COUNT;
  const jsonBytes = Math.round(templates.reduce((n, t) => n + JSON.stringify(t).length, 0) / templates.length);
  console.log(`${COUNT} idle conversations in the memory store, Node ${process.version}`);
  console.log(`heap growth            ${(after - before) / 1048576 | 0} MB`);
  console.log(`per conversation       ${Math.round(perConversation)} bytes (a state's JSON: ${jsonBytes} bytes)`);
  console.log(JSON.stringify({ bench: 'idleConversations', count: COUNT, heapBytes: after - before, bytesPerConversation: Math.round(perConversation), stateJsonBytes: jsonBytes }));
  if ((await store.loadState('acme', `c${COUNT - 1}`)) === undefined) throw new Error('the last conversation is missing');
}

void main();
