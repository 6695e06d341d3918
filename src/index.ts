// Baton's public API, what `import … from 'baton'` gives: bot code definitions, the loader, the
// engine's step function, the runtime, the NLU, the stores, the server and the transcript runner.

// A bot's code file.
export { defineAction, defineBotCode, type ActionContext, type ActionDefinition, type ActionResult, type BotCode, type ConditionFunction, type Validator } from './config/botCode';
export type { SlotValue, SlotValues } from './engine/slotValue';

// Loading a bot: YAML -> schema check -> link -> frozen CompiledBot, with every problem located.
export { loadBot, type LoadOptions, type LoadResult } from './config/loadBot';
export type { CompiledBot } from './config/compiledBot';
export { sortProblems, type Problem } from './config/problem';

// The engine: a pure step function from a state and an input to the next state and its effects.
export { step, type StepResult } from './engine/step';
export { newConversation, type ConversationState, type CustomerIdentity } from './engine/conversationState';
export type { Input } from './engine/input';
export type { Effect } from './engine/effects';

// Understanding: the bot's trained classifier and entities.
export { createBotNlu, type BotNluOptions } from './nlu/createBotNlu';
export type { BotNlu } from './runtime/botNlu';

// The runtime: conversations serialised, effects run, state saved.
export { createRuntime, type CustomerInput, type StartOptions, type Reply, type ReplySender, type Runtime, type RuntimeOptions, type TurnOutcome } from './runtime/createRuntime';
export { manualClock, shiftedClock, systemClock, type Clock } from './runtime/clock';

// Stores: memory, SQLite and Redis, one by one or as the set a server uses.
export type { ConversationStore, StoredState } from './store/conversationStore';
export { createMemoryStore, type MemoryStoreOptions } from './store/memoryStore';
export { createSqliteStore } from './store/sqliteStore';
export { createRedisStore, type RedisStoreOptions } from './store/redisStore';
export { memoryStores, openStores, sqliteStores, type BatonStores } from './store/openStores';
export { redisStores } from './store/redisStores';

// The server: the restify app with its channels, console and health routes.
export { createBatonApp, type BatonApp, type BatonAppOptions } from './server/createBatonApp';
export { defaultChannels } from '../adapters/defaultChannels';

// The handoff packet agents receive.
export { handoffPacketErrors, type HandoffPacket } from './handoff/handoffPacket';

// Conversation transcripts: the runner behind `baton test`.
export { BotCache, runTranscript, type ConversationResult, type TurnFailure } from './testing/runTranscript';

// The `baton` command itself, for scripts that run one in-process.
export { main } from './cli/main';
