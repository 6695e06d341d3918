// `baton chat [manifest] [--debug]`: talk to a bot in the terminal. Quick replies are numbered (type
// the number), handoffs show the packet's summary, and --debug shows intent, confidence, state and
// slots after each turn. `/handback [flow.state]` plays the agent giving the conversation back.
import { describeOutOfScope } from '../nlu/describeOutOfScope';
import { createInterface } from 'node:readline';
import { createBotNlu } from '../nlu/createBotNlu';
import { visibleSlots } from '../engine/conversationState';
import { createRuntime, type TurnOutcome } from '../runtime/createRuntime';
import { createMemoryStore } from '../store/memoryStore';
import type { CommandIO } from './commandIO';
import { loadCommandBot } from './loadCommandBot';

export async function chatCommand(args: readonly string[], flags: { debug: boolean }, io: CommandIO, input: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const loaded = loadCommandBot('chat', args[0], io);
  if (!loaded) return 1;
  const { bot } = loaded;
  const runtime = createRuntime({ bot, nlu: createBotNlu(bot), store: createMemoryStore() });
  const id = 'console';
  let buttons: Array<{ title: string; payload: string }> = [];
  const show = (outcome: TurnOutcome): void => {
    buttons = [];
    for (const reply of outcome.replies) {
      io.out(`${bot.name}> ${reply.text}`);
      if (reply.card) {
        io.out(`  [${reply.card.title}${reply.card.subtitle ? ` - ${reply.card.subtitle}` : ''}]${reply.card.text ? ` ${reply.card.text}` : ''}`);
        for (const link of reply.card.links ?? []) io.out(`  -> ${link.title}: ${link.url}`);
      }
      if (reply.quickReplies) {
        buttons = [...reply.quickReplies];
        io.out(`  ${buttons.map((b, i) => `${i + 1}) ${b.title}`).join('   ')}`);
      }
    }
    if (outcome.handoff) {
      const p = outcome.handoff.packet;
      const what = outcome.handoff.mode === 'queue' ? `handed over to the ${p.queue} queue` : `kept as a ticket for the ${p.queue} queue`;
      io.out(`-- ${what} (reason ${p.reason}, frustration ${p.frustration.level}): ${p.summary}`);
    }
    for (const effect of outcome.effects) if (effect.type === 'forward') io.out('-- (sent to the agent)');
    if (flags.debug) io.out(debugLine(outcome));
    if (outcome.state.status === 'ended') io.out('-- conversation ended');
  };
  io.out(`Chatting with ${bot.name}. Type a message, a number to press a button, /handback [flow.state] or /quit.`);
  show(await runtime.start(id));
  const lines = createInterface({ input, terminal: false });
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    if (line.startsWith('/handback')) {
      const [flow, state] = (line.split(/\s+/)[1] ?? '').split('.');
      show(await runtime.handBack(id, { ...(flow ? { flow } : {}), ...(state ? { state } : {}), agent: 'console' }));
      continue;
    }
    const pressed = /^\d+$/.test(line) ? buttons[Number(line) - 1] : undefined;
    io.out(`you> ${pressed ? pressed.title : line}`);
    show(await runtime.message(id, pressed ? { text: pressed.title, payload: pressed.payload } : { text: line }));
  }
  return 0;
}

function debugLine(outcome: TurnOutcome): string {
  const u = outcome.understanding;
  const top = u?.intents.slice(0, 2).map((i) => `${i.name} ${i.confidence.toFixed(2)}`).join(', ') ?? '-';
  const frame = outcome.state.stack[outcome.state.stack.length - 1];
  const where = frame ? `${frame.flow}.${frame.state}${frame.waiting ? ` (waiting: ${frame.waiting.kind}${'slot' in frame.waiting ? ` ${frame.waiting.slot}` : ''})` : ''}` : 'no flow';
  const entities = u?.entities.map((e) => `${e.entity}=${JSON.stringify(e.value)}`).join(' ') ?? '';
  return `   [intent: ${top}${u?.byPattern ? ' (pattern)' : ''}${u?.outOfScope ? ` (out of scope${u.reason ? `: ${describeOutOfScope(u.reason)}` : ''})` : ''} | state: ${where} | slots: ${JSON.stringify(visibleSlots(outcome.state, outcome.state.stack[outcome.state.stack.length - 1]?.flow))}${entities ? ` | entities: ${entities}` : ''}]`;
}
