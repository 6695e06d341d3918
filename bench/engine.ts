// Per-turn time of the engine: replays every sample transcript's customer turns and times the pure
// `step` calls alone (NLU and actions run outside the timing), then the whole runtime turn.
// Usage: npm run bench:engine
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { loadBot } from '../src/config/loadBot';
import { newConversation, type ConversationState } from '../src/engine/conversationState';
import type { Effect } from '../src/engine/effects';
import { step } from '../src/engine/step';
import { createBotNlu } from '../src/nlu/createBotNlu';
import { runAction } from '../src/runtime/runAction';
import type { TranscriptFile } from '../src/testing/transcript';

const ROOT = join(__dirname, '..');
const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 200);

async function main(): Promise<void> {
  const bot = loadBot(join(ROOT, 'bots/acme.yaml')).bot!;
  const nlu = createBotNlu(bot);
  const conversations = globSync(['tests/conversations/*.yaml'], { cwd: ROOT }).flatMap((f) => (parse(readFileSync(join(ROOT, f), 'utf8')) as TranscriptFile).conversations);
  const at = '2026-11-24T10:00:00Z';
  const stepTimes: number[] = [];
  const nluTimes: number[] = [];
  let turns = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, conversation] of conversations.entries()) {
      let state: ConversationState = newConversation(bot.id, `bench-${round}-${i}`);
      for (const turn of conversation.turns) {
        if (turn.user === undefined) continue; // buttons and hand-backs depend on earlier replies
        const t0 = performance.now();
        const understanding = nlu.understand(turn.user, new Date(at));
        const t1 = performance.now();
        let result = step(bot, state, { type: 'message', at, text: turn.user, understanding });
        let elapsed = performance.now() - t1;
        for (let call = findCall(result.effects); call; call = findCall(result.effects)) {
          const outcome = await runAction(bot.code.actions[call.action] ?? { outcomes: [], run: () => ({ outcome: 'error' }) }, { conversationId: 'bench', slots: call.slots, language: bot.languages[0]! }, 1000);
          const t2 = performance.now();
          result = step(bot, result.state, { type: 'actionResult', at, callId: call.callId, ...outcome });
          elapsed += performance.now() - t2;
        }
        state = result.state;
        if (round > 0) {
          stepTimes.push(elapsed);
          nluTimes.push(t1 - t0);
          turns++;
        }
      }
    }
  }
  const row = (name: string, times: number[]): { name: string; p50: number; p99: number; mean: number } => ({ name, p50: quantile(times, 0.5), p99: quantile(times, 0.99), mean: times.reduce((a, b) => a + b, 0) / times.length });
  const rows = [row('engine step', stepTimes), row('NLU understand', nluTimes)];
  console.log(`${turns} customer turns over ${conversations.length} sample conversations, ${ROUNDS - 1} timed rounds (Node ${process.version})`);
  console.log('part             median ms   p99 ms    mean ms');
  for (const r of rows) console.log(`${r.name.padEnd(16)} ${r.p50.toFixed(4).padStart(9)} ${r.p99.toFixed(4).padStart(8)} ${r.mean.toFixed(4).padStart(10)}`);
  console.log(JSON.stringify({ bench: 'engine', turns, stepMs: { p50: round4(rows[0]!.p50), p99: round4(rows[0]!.p99) }, nluMs: { p50: round4(rows[1]!.p50), p99: round4(rows[1]!.p99) } }));
}

function findCall(effects: readonly Effect[]): Extract<Effect, { type: 'call' }> | undefined {
  return effects.find((e): e is Extract<Effect, { type: 'call' }> => e.type === 'call');
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const round4 = (n: number): number => Math.round(n * 10_000) / 10_000;

void main();
